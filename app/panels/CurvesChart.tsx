import { useEffect, useRef } from 'react';
import { drawCurves, type Curve } from './draw-curves.ts';

/** A small log-scale line chart, redrawn when its curves change. */
export function CurvesChart({
  curves,
  label,
  testId,
}: {
  curves: readonly Curve[];
  label: string;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.round(el.clientWidth * dpr);
    el.height = Math.round(el.clientHeight * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawCurves(ctx, el.clientWidth, el.clientHeight, curves, { text: '#c4d0e0', grid: '#222d42' });
  }, [curves]);
  return (
    <canvas ref={canvas} className="curves" role="img" aria-label={label} data-testid={testId} />
  );
}
