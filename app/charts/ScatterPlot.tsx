import { useEffect, useRef } from 'react';
import { formatNumber } from '../ui/format.ts';
import { prepareCanvas } from '../ui/prepare-canvas.ts';
import './charts.css';

/** A small scatter plot of (x, y) pairs: `background` in grey, `points` in colour, axes with their ranges. */
export function ScatterPlot({
  points,
  background,
  label,
  testId,
}: {
  points: Float64Array;
  background?: Float64Array;
  label: string;
  testId?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = prepareCanvas(canvas.current);
    if (!c) return;
    const { ctx, width: w, height: h } = c;
    ctx.clearRect(0, 0, w, h);
    const all = background ? [background, points] : [points];
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const set of all) {
      for (let k = 0; k < set.length; k += 2) {
        x0 = Math.min(x0, set[k]!);
        x1 = Math.max(x1, set[k]!);
        y0 = Math.min(y0, set[k + 1]!);
        y1 = Math.max(y1, set[k + 1]!);
      }
    }
    if (!(x1 > x0)) [x0, x1] = [x0 - 1, x0 + 1];
    if (!(y1 > y0)) [y0, y1] = [y0 - 1, y0 + 1];
    const pad = 18;
    // The extreme dots sit inside the frame, not on it: data is inset by a dot and a gap.
    const inset = pad + 6;
    const px = (x: number) => inset + ((w - 2 * inset) * (x - x0)) / (x1 - x0);
    const py = (y: number) => h - inset - ((h - 2 * inset) * (y - y0)) / (y1 - y0);
    ctx.strokeStyle = '#34435e';
    ctx.strokeRect(pad, pad, w - 2 * pad, h - 2 * pad);
    ctx.fillStyle = '#9fb0c8';
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillText(`x1 ${formatNumber(x0, 3)} … ${formatNumber(x1, 3)}`, pad, h - 4);
    ctx.save();
    ctx.translate(11, h - pad);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText(`x2 ${formatNumber(y0, 3)} … ${formatNumber(y1, 3)}`, 0, 0);
    ctx.restore();
    const draw = (set: Float64Array, color: string, r: number) => {
      ctx.fillStyle = color;
      for (let k = 0; k < set.length; k += 2) {
        ctx.beginPath();
        ctx.arc(px(set[k]!), py(set[k + 1]!), r, 0, 2 * Math.PI);
        ctx.fill();
      }
    };
    if (background) draw(background, 'rgba(160,175,200,0.35)', 2);
    draw(points, '#ff922b', 3.5);
  }, [points, background]);
  return (
    <canvas ref={canvas} className="scatter" role="img" aria-label={label} data-testid={testId} />
  );
}
