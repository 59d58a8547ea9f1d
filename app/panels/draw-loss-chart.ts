import { minimumLoss, type Runner } from '../../src/index.ts';
import { formatNumber } from '../format.ts';

/** Most points drawn per curve; longer runs are strided. */
const MAX_POINTS = 1200;
/** Gaps below this are drawn at it (a log axis has no zero). */
const FLOOR = 1e-16;

/** One curve: a run, its colour and its dash pattern. */
export interface ChartSeries {
  runner: Runner;
  color: string;
  dash: number[];
}

export interface ChartColors {
  axis: string;
  text: string;
  grid: string;
  /** Width of the curves (thicker in presenter mode). */
  lineWidth?: number;
}

const gapAt = (r: Runner, lmin: number, i: number) =>
  Math.log10(Math.max(FLOOR, r.history.losses[i]! - lmin));

/**
 * Draws L − L* against the step on a log axis for every series (L* = the lowest known loss of the
 * run's surface), sharing one x axis (the longest run) and one y axis. Pure drawing on a 2-D context.
 */
export function drawLossChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  series: readonly ChartSeries[],
  colors: ChartColors,
  empty: string,
): void {
  ctx.clearRect(0, 0, width, height);
  const left = 52;
  const bottom = height - 22;
  const top = 8;
  const right = width - 8;
  ctx.font = '12px system-ui, sans-serif';
  ctx.fillStyle = colors.text;
  const steps = Math.max(0, ...series.map((s) => s.runner.history.length - 1));
  if (steps < 1) {
    ctx.fillText(empty, left, (top + bottom) / 2);
    return;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const n = s.runner.history.length;
    const lmin = minimumLoss(s.runner.config.surface);
    const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
    for (let i = 0; i < n; i += stride) {
      const g = gapAt(s.runner, lmin, i);
      lo = Math.min(lo, g);
      hi = Math.max(hi, g);
    }
    const last = gapAt(s.runner, lmin, n - 1);
    lo = Math.min(lo, last);
    hi = Math.max(hi, last);
  }
  lo = Math.floor(lo);
  hi = Math.ceil(hi);
  if (hi === lo) hi = lo + 1;
  const x = (i: number) => left + ((right - left) * i) / steps;
  const y = (g: number) => bottom - ((bottom - top) * (g - lo)) / (hi - lo);
  // Decade grid lines and labels.
  ctx.strokeStyle = colors.grid;
  ctx.lineWidth = 1;
  ctx.setLineDash([]);
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
  const endLabel = formatNumber(steps);
  ctx.fillText(endLabel, right - ctx.measureText(endLabel).width, bottom + 15);
  ctx.lineWidth = colors.lineWidth ?? 2;
  for (const s of series) {
    const n = s.runner.history.length;
    const lmin = minimumLoss(s.runner.config.surface);
    const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
    ctx.strokeStyle = s.color;
    ctx.setLineDash(s.dash);
    ctx.beginPath();
    for (let i = 0; i < n; i += stride) {
      if (i === 0) ctx.moveTo(x(i), y(gapAt(s.runner, lmin, i)));
      else ctx.lineTo(x(i), y(gapAt(s.runner, lmin, i)));
    }
    ctx.lineTo(x(n - 1), y(gapAt(s.runner, lmin, n - 1)));
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
