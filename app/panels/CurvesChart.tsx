import { useEffect, useRef } from 'react';
import { drawCurves, type Curve } from './draw-curves.ts';
import { prepareCanvas } from './prepare-canvas.ts';

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
    const c = prepareCanvas(canvas.current);
    if (!c) return;
    drawCurves(c.ctx, c.width, c.height, curves, { text: '#c4d0e0', grid: '#222d42' });
  }, [curves]);
  return (
    <canvas ref={canvas} className="curves" role="img" aria-label={label} data-testid={testId} />
  );
}
