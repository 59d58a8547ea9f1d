/**
 * Sizes a canvas's backing store to its CSS size × devicePixelRatio and returns a context drawing
 * in CSS pixels, with that size; null without a 2-D context.
 */
export function prepareCanvas(
  el: HTMLCanvasElement | null,
): { ctx: CanvasRenderingContext2D; width: number; height: number } | null {
  const ctx = el?.getContext('2d');
  if (!el || !ctx) return null;
  const dpr = window.devicePixelRatio || 1;
  const width = el.clientWidth;
  const height = el.clientHeight;
  el.width = Math.round(width * dpr);
  el.height = Math.round(height * dpr);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return { ctx, width, height };
}
