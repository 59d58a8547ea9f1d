import { useEffect, useRef } from 'react';
import './charts.css';
import { SUMMARY_INTERVAL_MS } from '../lab/engine/driver.ts';
import { useLab } from '../lab/react/use-lab.tsx';
import { chartFontSize, type ChartData, type ChartSpec } from './chart-spec.ts';

/** A live chart's feed: the current rows, and how to be told they changed (returns unsubscribe). */
export interface ChartFeed {
  data(): ChartData | null;
  subscribe?(changed: () => void): () => void;
}

/** Redraws at most this often (ms) while the data keeps changing: as often as the readouts change. */
const THROTTLE = SUMMARY_INTERVAL_MS;

type Chart = Awaited<typeof import('./uplot-chart.ts')>['createChart'] extends (
  ...a: never[]
) => infer R
  ? R
  : never;

/**
 * A chart drawn by uPlot, loaded after the scene's first frame (its ~50 KB are not needed for it;
 * the box keeps its CSS height meanwhile, so nothing moves when it arrives). The rows come from
 * `feed` outside React renders, throttled; the hover read-out is written into a line below the
 * chart, also outside React. Built again when `spec`, the page's font size or the theme changes.
 */
export function UChart({
  spec,
  feed,
  readout,
  onPick,
  className,
  label,
  testId,
}: {
  spec: ChartSpec;
  feed: ChartFeed;
  /** The read-out for data row idx. */
  readout(idx: number): string;
  /** A click on data row idx. */
  onPick?(idx: number): void;
  className: string;
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const line = useRef<HTMLParagraphElement>(null);
  const presenter = useLab((s) => s.page.presenter);
  // uPlot is fetched once the scene has drawn its first frame: it is not needed for that frame.
  const sceneReady = useLab((s) => s.sceneReady);
  // The axes take the theme's colours when they are built: build again when it changes.
  const theme = useLab((s) => s.theme);
  const readoutRef = useRef(readout);
  readoutRef.current = readout;
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  useEffect(() => {
    const el = box.current;
    if (!el || !sceneReady) return;
    let chart: Chart | null = null;
    let cancelled = false;
    let timer = 0;
    let last = 0;
    const draw = () => {
      timer = 0;
      last = performance.now();
      const data = feed.data();
      el.dataset.empty = String(!data || data[0].length === 0);
      if (chart && data) chart.setData(data);
    };
    const schedule = () => {
      if (timer) return;
      timer = window.setTimeout(draw, Math.max(0, THROTTLE - (performance.now() - last)));
    };
    const unsubscribe = feed.subscribe?.(schedule);
    const observer = new ResizeObserver(() => chart?.setSize(el.clientWidth, el.clientHeight));
    void import('./uplot-chart.ts').then(({ createChart }) => {
      if (cancelled) return;
      const fontSize = chartFontSize();
      el.dataset.fontSize = String(fontSize); // read by the browser tests (≥ 18 px when presenting)
      chart = createChart(el, spec, fontSize, {
        hover: (idx) => {
          if (line.current) line.current.textContent = idx === null ? '' : readoutRef.current(idx);
        },
        click: (idx) => pickRef.current?.(idx),
      });
      observer.observe(el);
      draw();
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
      observer.disconnect();
      window.clearTimeout(timer);
      chart?.destroy();
    };
  }, [spec, feed, presenter, sceneReady, theme]);
  return (
    <div className="uchart">
      <div
        ref={box}
        className={`uchart-box ${className}`}
        role="img"
        aria-label={label}
        data-testid={testId}
        data-empty-text={spec.empty}
      />
      <p
        ref={line}
        className="chart-readout"
        aria-live="off"
        data-testid={testId && `${testId}-readout`}
      />
    </div>
  );
}
