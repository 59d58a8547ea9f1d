import type { Curvature, Runner } from '../../src/index.ts';

const MAX_POINTS = 600;
export const DIRECTION_COLORS = ['#ff922b', '#4dc3ff'] as const;

/**
 * |e_k(t)| = |v_kᵀ(w_t − w*)| against the step on a log axis for both Hessian eigen-directions
 * (steep first), one dot per step, red where the error changed sign since the previous step.
 */
export function drawEigenChart(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  runner: Runner,
  c: Curvature,
  center: readonly [number, number],
  colors: { text: string; grid: string; flip: string },
): void {
  ctx.clearRect(0, 0, width, height);
  const h = runner.history;
  const n = h.length;
  const left = 52;
  const right = width - 8;
  const top = 8;
  const bottom = height - 20;
  ctx.font = '12px system-ui, sans-serif';
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const error = (k: number, i: number) =>
    c.eigenvectors[k]![0] * (h.w1[i]! - center[0]) + c.eigenvectors[k]![1] * (h.w2[i]! - center[1]);
  const log = (e: number) => Math.log10(Math.max(1e-16, Math.abs(e)));
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < 2; k++) {
    for (let i = 0; i < n; i += stride) {
      lo = Math.min(lo, log(error(k, i)));
      hi = Math.max(hi, log(error(k, i)));
    }
  }
  lo = Math.floor(lo);
  hi = Math.max(lo + 1, Math.ceil(hi));
  const x = (i: number) => left + ((right - left) * i) / Math.max(1, n - 1);
  const y = (v: number) => bottom - ((bottom - top) * (v - lo)) / (hi - lo);
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.text;
  const every = Math.max(1, Math.ceil((hi - lo) / 5));
  for (let d = lo; d <= hi; d += every) {
    ctx.beginPath();
    ctx.moveTo(left, y(d));
    ctx.lineTo(right, y(d));
    ctx.stroke();
    ctx.fillText(`1e${d}`, 4, y(d) + 4);
  }
  ctx.fillText('0', left, height - 5);
  ctx.fillText(String(n - 1), right - ctx.measureText(String(n - 1)).width, height - 5);
  for (let k = 0; k < 2; k++) {
    ctx.strokeStyle = DIRECTION_COLORS[k]!;
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (let i = 0; i < n; i += stride) {
      if (i === 0) ctx.moveTo(x(i), y(log(error(k, i))));
      else ctx.lineTo(x(i), y(log(error(k, i))));
    }
    ctx.stroke();
    for (let i = 0; i < n; i += stride) {
      const flipped = i > 0 && error(k, i) * error(k, i - 1) < 0;
      ctx.fillStyle = flipped ? colors.flip : DIRECTION_COLORS[k]!;
      ctx.beginPath();
      ctx.arc(x(i), y(log(error(k, i))), flipped ? 2.5 : 1.5, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
}
