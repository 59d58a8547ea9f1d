import { useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDriver } from '../sim/driver-context.ts';
import { useDriverCanvas } from '../sim/use-driver-canvas.ts';
import { useLab } from '../store/store.ts';
import { PANE_DASHES, RUN_COLORS } from '../sim/run-colors.ts';
import { drawLossChart } from './draw-loss-chart.ts';

/** The live loss curve. Redrawn on the driver's notifications (outside React renders), at most once a frame. */
export function LossChart() {
  const t = useT();
  const driver = useDriver();
  const canvas = useRef<HTMLCanvasElement>(null);
  const emptyText = t('chartEmpty');
  const presenter = useLab((s) => s.page.presenter);
  // Redrawn only when the run has moved or the canvas was resized.
  const drawn = useRef(-1);
  useDriverCanvas(
    canvas,
    (el, ctx, resized) => {
      const dpr = window.devicePixelRatio || 1;
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (resized) {
        el.width = Math.round(w * dpr);
        el.height = Math.round(h * dpr);
      } else if (drawn.current === driver.runVersion) return;
      drawn.current = driver.runVersion;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const style = getComputedStyle(el);
      const series = driver.panes.flatMap((p) =>
        p.runners.map((runner, k) => ({
          runner,
          color: RUN_COLORS[k % RUN_COLORS.length]!,
          dash: PANE_DASHES[p.id] ?? [],
        })),
      );
      drawLossChart(
        ctx,
        w,
        h,
        series,
        {
          axis: style.getPropertyValue('--chart-axis') || '#888',
          text: style.getPropertyValue('--chart-text') || '#ccc',
          grid: style.getPropertyValue('--chart-grid') || '#333',
          lineWidth: presenter ? 4 : 2,
        },
        emptyText,
      );
    },
    [emptyText, presenter],
  );
  return (
    <figure className="chart card">
      <figcaption>
        {t('chartTitle')} <span className="muted">· {t('chartAxis')}</span>
      </figcaption>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`${t('chartTitle')}: ${t('chartAxis')}`}
        data-testid="loss-chart"
      />
    </figure>
  );
}
