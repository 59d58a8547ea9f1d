import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useDriver } from '../sim/driver-context.ts';
import { drawLossChart } from './draw-loss-chart.ts';

/** The live loss curve. Redrawn on the driver's notifications (outside React renders), at most once a frame. */
export function LossChart() {
  const t = useT();
  const driver = useDriver();
  const canvas = useRef<HTMLCanvasElement>(null);
  const emptyText = t('chartEmpty');
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const ctx = el.getContext('2d');
    if (!ctx) return;
    let pending = 0;
    let drawnVersion = -1;
    const draw = () => {
      pending = 0;
      const dpr = window.devicePixelRatio || 1;
      const w = el.clientWidth;
      const h = el.clientHeight;
      if (el.width !== Math.round(w * dpr) || el.height !== Math.round(h * dpr)) {
        el.width = Math.round(w * dpr);
        el.height = Math.round(h * dpr);
        drawnVersion = -1;
      }
      if (drawnVersion === driver.runVersion) return;
      drawnVersion = driver.runVersion;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const style = getComputedStyle(el);
      drawLossChart(
        ctx,
        w,
        h,
        driver.runner,
        {
          axis: style.getPropertyValue('--chart-axis') || '#888',
          text: style.getPropertyValue('--chart-text') || '#ccc',
          line: style.getPropertyValue('--chart-line') || '#f59f00',
          grid: style.getPropertyValue('--chart-grid') || '#333',
        },
        emptyText,
      );
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    const unsubscribe = driver.subscribe(schedule);
    const observer = new ResizeObserver(() => {
      drawnVersion = -1;
      schedule();
    });
    observer.observe(el);
    schedule();
    return () => {
      unsubscribe();
      observer.disconnect();
      cancelAnimationFrame(pending);
    };
  }, [driver, emptyText]);
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
