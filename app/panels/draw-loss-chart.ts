import { minimumLoss, type Runner } from '../../src/index.ts';
import { formatNumber } from '../format.ts';

/** Most points drawn; longer runs are strided. */
const MAX_POINTS = 1200;

export interface ChartColors {
  axis: string;
  text: string;
  line: string;
  grid: string;
}

/**
 * Draws L − L* against the step on a log axis (L* = the surface's lowest known loss; gaps below
 * 1e-16 are drawn at 1e-16). Pure drawing on a 2-D context; nothing is allocated per point.
 */
export function drawLossChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  runner: Runner,
  colors: ChartColors,
  empty: string,
): void {
  ctx.clearRect(0, 0, width, height);
  const h = runner.history;
  const n = h.length;
  const left = 52;
  const bottom = height - 22;
  const top = 8;
  const right = width - 8;
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillStyle = colors.text;
  if (n < 2) {
    ctx.fillText(empty, left, (top + bottom) / 2);
    return;
  }
  const floor = 1e-16;
  const lmin = minimumLoss(runner.config.surface);
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i += stride) {
    const g = Math.log10(Math.max(floor, h.losses[i]! - lmin));
    if (g < lo) lo = g;
    if (g > hi) hi = g;
  }
  const last = Math.log10(Math.max(floor, h.losses[n - 1]! - lmin));
  lo = Math.floor(Math.min(lo, last));
  hi = Math.ceil(Math.max(hi, last));
  if (hi === lo) hi = lo + 1;
  const x = (i: number) => left + ((right - left) * i) / (n - 1);
  const y = (g: number) => bottom - ((bottom - top) * (g - lo)) / (hi - lo);
  // Decade grid lines and labels.
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  const every = Math.max(1, Math.ceil((hi - lo) / 6));
  for (let d = lo; d <= hi; d += every) {
    ctx.beginPath();
    ctx.moveTo(left, y(d));
    ctx.lineTo(right, y(d));
    ctx.stroke();
    ctx.fillText(`1e${d}`, 4, y(d) + 4);
  }
  ctx.strokeStyle = colors.axis;
  ctx.beginPath();
  ctx.moveTo(left, top);
  ctx.lineTo(left, bottom);
  ctx.lineTo(right, bottom);
  ctx.stroke();
  ctx.fillText('0', left, bottom + 15);
  const endLabel = formatNumber(n - 1);
  ctx.fillText(endLabel, right - ctx.measureText(endLabel).width, bottom + 15);
  ctx.strokeStyle = colors.line;
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = 0; i < n; i += stride) {
    const yy = y(Math.log10(Math.max(floor, h.losses[i]! - lmin)));
    if (i === 0) ctx.moveTo(x(i), yy);
    else ctx.lineTo(x(i), yy);
  }
  ctx.lineTo(x(n - 1), y(last));
  ctx.stroke();
}
