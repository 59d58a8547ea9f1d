/**
 * A training path (α_t, β_t) placed by `px`, `py`: the line in `color` on a white edge, a white
 * ring at the start and a filled dot at the end (the lab's maps and the main view's flat map).
 */
export function drawPath(
  ctx: CanvasRenderingContext2D,
  path: { alpha: ArrayLike<number>; beta: ArrayLike<number> },
  color: string,
  px: (a: number) => number,
  py: (b: number) => number,
): void {
  const last = path.alpha.length - 1;
  if (last < 0) return;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3.5;
  tracePath(ctx, path, px, py);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  tracePath(ctx, path, px, py);
  ctx.fillStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(px(path.alpha[0]!), py(path.beta[0]!), 5, 0, 2 * Math.PI);
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(px(path.alpha[last]!), py(path.beta[last]!), 4.5, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}

/** The path's polyline, as one sub-path. */
function tracePath(
  ctx: CanvasRenderingContext2D,
  path: { alpha: ArrayLike<number>; beta: ArrayLike<number> },
  px: (a: number) => number,
  py: (b: number) => number,
) {
  ctx.beginPath();
  for (let t = 0; t < path.alpha.length; t++) {
    const x = px(path.alpha[t]!);
    const y = py(path.beta[t]!);
    if (t === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}
