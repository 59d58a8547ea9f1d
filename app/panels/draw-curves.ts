/** One line of a chart. */
export interface Curve {
  xs: readonly number[];
  ys: readonly number[];
  color: string;
  dash?: number[];
}

/** Lines against a linear x axis and a log10 y axis (values ≤ 0 drawn at 1e-16); pure drawing. */
export function drawCurves(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  curves: readonly Curve[],
  colors: { text: string; grid: string },
): void {
  ctx.clearRect(0, 0, width, height);
  const left = 50;
  const right = width - 8;
  const top = 8;
  const bottom = height - 20;
  const ly = (v: number) => Math.log10(Math.max(1e-16, v));
  let x1 = 1;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of curves) {
    for (const x of c.xs) x1 = Math.max(x1, x);
    for (const y of c.ys) {
      lo = Math.min(lo, ly(y));
      hi = Math.max(hi, ly(y));
    }
  }
  if (!Number.isFinite(lo)) return;
  lo = Math.floor(lo);
  hi = Math.max(lo + 1, Math.ceil(hi));
  const x = (v: number) => left + ((right - left) * v) / x1;
  const y = (v: number) => bottom - ((bottom - top) * (ly(v) - lo)) / (hi - lo);
  ctx.font = '11px system-ui, sans-serif';
  ctx.strokeStyle = colors.grid;
  ctx.fillStyle = colors.text;
  ctx.lineWidth = 1;
  const every = Math.max(1, Math.ceil((hi - lo) / 4));
  for (let d = lo; d <= hi; d += every) {
    ctx.beginPath();
    ctx.moveTo(left, y(10 ** d));
    ctx.lineTo(right, y(10 ** d));
    ctx.stroke();
    ctx.fillText(`1e${d}`, 4, y(10 ** d) + 4);
  }
  ctx.fillText('0', left, height - 5);
  ctx.fillText(String(x1), right - ctx.measureText(String(x1)).width, height - 5);
  ctx.lineWidth = 2;
  for (const c of curves) {
    ctx.strokeStyle = c.color;
    ctx.setLineDash(c.dash ?? []);
    ctx.beginPath();
    c.xs.forEach((xv, k) =>
      k === 0 ? ctx.moveTo(x(xv), y(c.ys[k]!)) : ctx.lineTo(x(xv), y(c.ys[k]!)),
    );
    ctx.stroke();
  }
  ctx.setLineDash([]);
}
