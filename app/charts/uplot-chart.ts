import uPlot, { type AlignedData, type Axis, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { logTicks, niceTicks } from '../../src/index.ts';
import type { ChartData, ChartSpec } from './chart-spec.ts';
import { tickText } from './chart-spec.ts';

/** Colours of the axes, from the page's chart variables. */
function palette(el: HTMLElement) {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    axis: v('--chart-axis', '#8496b0'),
    text: v('--chart-text', '#c4d0e0'),
    grid: v('--chart-grid', '#222d42'),
  };
}

/** Hooks a chart calls back (outside React). */
export interface ChartHooks {
  /** The pointer is over data row `idx` (null: it left). */
  hover(idx: number | null): void;
  /** A click at data row `idx`. */
  click?(idx: number): void;
}

/**
 * A uPlot chart of `spec` in `el`: axes with round ticks (powers of ten on log axes, shared with
 * the scene's height axis), text at `fontSize` CSS pixels with axis sizes measured from it (so no
 * label is cut), dashed vertical marks, and a hover read-out through `hooks`.
 */
export function createChart(
  el: HTMLElement,
  spec: ChartSpec,
  fontSize: number,
  hooks: ChartHooks,
): {
  setData(data: ChartData): void;
  setSize(width: number, height: number): void;
  destroy(): void;
} {
  const colors = palette(el);
  const font = `${fontSize}px system-ui, sans-serif`;
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = font;
  const splits =
    (log: boolean, integer: boolean) => (_u: uPlot, _i: number, min: number, max: number) =>
      log
        ? logTicks(min, max, 2)
        : niceTicks(min, max, 4).filter((v) => !integer || Number.isInteger(v));
  const axis = (log: boolean, label: string, side: 'x' | 'y', integer = false): Axis => ({
    stroke: colors.text,
    font,
    labelFont: font,
    label,
    labelSize: fontSize * 1.5,
    labelGap: 2,
    gap: 4,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { stroke: colors.axis, width: 1, size: 4 },
    splits: splits(log, integer),
    values: (_u, ticks) => ticks.map((v) => (v === null ? '' : tickText(v, log))),
    // Room for the widest tick label (y) or one line of text (x): never cut, at any font size.
    size: (_u, values) =>
      side === 'y'
        ? Math.ceil(Math.max(0, ...(values ?? []).map((v) => measure.measureText(v).width)) + 12)
        : Math.ceil(fontSize * 1.6),
  });
  const width = spec.lineWidth ?? 2;
  const options: Options = {
    width: el.clientWidth,
    height: el.clientHeight,
    pxAlign: 0,
    legend: { show: false },
    padding: [fontSize * 0.6, fontSize, 0, 0],
    cursor: { points: { size: 8 }, drag: { x: false, y: false } },
    scales: {
      x: { time: false, distr: spec.x.log ? 3 : 1 },
      y: { distr: spec.y.log ? 3 : 1 },
    },
    axes: [
      axis(!!spec.x.log, spec.x.label, 'x', !!spec.x.integer),
      axis(!!spec.y.log, spec.y.label, 'y'),
    ],
    series: [
      {},
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        width: s.dots ? 0 : width,
        dash: s.dash,
        spanGaps: false,
        paths: s.dots ? () => null : undefined,
        points: s.dots
          ? { show: true, size: 2 * (s.dotSize ?? 3.5), fill: s.color, stroke: s.color, width: 0 }
          : { show: false },
      })),
    ],
    hooks: {
      setCursor: [(u) => hooks.hover(u.cursor.idx ?? null)],
      draw: [
        (u) => {
          const ctx = u.ctx;
          const r = uPlot.pxRatio;
          ctx.save();
          ctx.font = `${fontSize * r}px system-ui, sans-serif`;
          ctx.setLineDash([5 * r, 4 * r]);
          ctx.lineWidth = r;
          (spec.marks ?? []).forEach((m, k) => {
            const x = u.valToPos(m.x, 'x', true);
            if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
            ctx.strokeStyle = m.color;
            ctx.fillStyle = m.color;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            const w = ctx.measureText(m.label).width;
            const tx = Math.min(x + 4 * r, u.bbox.left + u.bbox.width - w);
            ctx.fillText(m.label, tx, u.bbox.top + (k + 1) * fontSize * 1.2 * r);
          });
          ctx.restore();
        },
      ],
    },
  };
  const chart = new uPlot(options, [[]], el);
  if (hooks.click) {
    const click = hooks.click;
    chart.over.addEventListener('click', () => {
      const idx = chart.cursor.idx;
      if (idx !== null && idx !== undefined) click(idx);
    });
  }
  return {
    setData: (data) => chart.setData(data as AlignedData),
    setSize: (w, h) => chart.setSize({ width: w, height: h }),
    destroy: () => chart.destroy(),
  };
}
