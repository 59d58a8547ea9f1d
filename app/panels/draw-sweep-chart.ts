import type { SweepPoint } from '../../src/index.ts';
import { formatNumber } from '../format.ts';

export interface SweepMarks {
  /** 2/λ_max and 2/(λ_max+λ_min), drawn where the surface is quadratic. */
  stabilityLimit: number | null;
  bestRate: number | null;
  labels: { limit: string; best: string; loss: string; steps: string };
  colors: {
    text: string;
    axis: string;
    grid: string;
    converged: string;
    incomplete: string;
    diverged: string;
    limit: string;
  };
}

/** Where the plot sits on the canvas, to map a click back to a rate. */
export interface SweepLayout {
  left: number;
  right: number;
  lo: number;
  hi: number;
}

/**
 * Two plots sharing a log learning-rate axis: the final L − L* (top) and the steps taken (bottom),
 * one dot per rate coloured by outcome (converged, still going, diverged), with the theoretical
 * limits as vertical lines. Returns the layout for hit-testing.
 */
export function drawSweepChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  points: readonly SweepPoint[],
  marks: SweepMarks,
): SweepLayout {
  ctx.clearRect(0, 0, width, height);
  const left = 56;
  const right = width - 10;
  const lo = Math.log10(points[0]!.learningRate);
  const hi = Math.log10(points[points.length - 1]!.learningRate);
  const x = (rate: number) => left + ((right - left) * (Math.log10(rate) - lo)) / (hi - lo || 1);
  const mid = height / 2;
  const plots = [
    {
      top: 18,
      bottom: mid - 12,
      value: (p: SweepPoint) => Math.max(1e-16, p.finalGap),
      label: marks.labels.loss,
    },
    {
      top: mid + 14,
      bottom: height - 24,
      value: (p: SweepPoint) => Math.max(1, p.steps),
      label: marks.labels.steps,
    },
  ];
  ctx.font = '12px system-ui, sans-serif';
  for (const plot of plots) {
    const values = points.map((p) => Math.log10(plot.value(p)));
    const vlo = Math.floor(Math.min(...values));
    const vhi = Math.max(vlo + 1, Math.ceil(Math.max(...values)));
    const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - vlo)) / (vhi - vlo);
    ctx.fillStyle = marks.colors.text;
    ctx.fillText(plot.label, left, plot.top - 5);
    ctx.strokeStyle = marks.colors.grid;
    ctx.lineWidth = 1;
    const every = Math.max(1, Math.ceil((vhi - vlo) / 4));
    for (let d = vlo; d <= vhi; d += every) {
      ctx.beginPath();
      ctx.moveTo(left, y(d));
      ctx.lineTo(right, y(d));
      ctx.stroke();
      ctx.fillText(`1e${d}`, 4, y(d) + 4);
    }
    points.forEach((p, k) => {
      ctx.fillStyle =
        p.status === 'converged'
          ? marks.colors.converged
          : p.status === 'diverged'
            ? marks.colors.diverged
            : marks.colors.incomplete;
      ctx.beginPath();
      ctx.arc(x(p.learningRate), y(values[k]!), 3.5, 0, 2 * Math.PI);
      ctx.fill();
    });
  }
  // Theoretical limits.
  ctx.setLineDash([5, 4]);
  ctx.strokeStyle = marks.colors.limit;
  ctx.fillStyle = marks.colors.limit;
  for (const [rate, label, dy] of [
    [marks.stabilityLimit, marks.labels.limit, 0],
    [marks.bestRate, marks.labels.best, 14],
  ] as const) {
    if (rate === null || Math.log10(rate) < lo || Math.log10(rate) > hi) continue;
    ctx.beginPath();
    ctx.moveTo(x(rate), 14);
    ctx.lineTo(x(rate), height - 24);
    ctx.stroke();
    const text = `${label} = ${formatNumber(rate, 3)}`;
    const tx = Math.min(right - ctx.measureText(text).width, x(rate) + 4);
    ctx.fillText(text, tx, mid - 2 + dy);
  }
  ctx.setLineDash([]);
  // Learning-rate axis.
  ctx.strokeStyle = marks.colors.axis;
  ctx.fillStyle = marks.colors.text;
  ctx.beginPath();
  ctx.moveTo(left, height - 24);
  ctx.lineTo(right, height - 24);
  ctx.stroke();
  for (let d = Math.ceil(lo); d <= Math.floor(hi); d++) {
    ctx.fillText(`1e${d}`, x(10 ** d) - 10, height - 8);
  }
  return { left, right, lo, hi };
}
