/**
 * The page's 2-D canvases (charts, scatter plots, maps) are small and redrawn often: drawn on the
 * CPU (`willReadFrequently`) they need no GPU context. An accelerated one would open the renderer's
 * GPU context on its first drawing, a call that waits until the GPU has finished everything queued
 * before it (seconds, behind the scene's first frames on a software rasterizer), and every page
 * would pay that wait on its main thread.
 */
const SETTINGS: CanvasRenderingContext2DSettings = { willReadFrequently: true };

/** The 2-D context of `el`, drawn on the CPU (null without one). */
export function context2d(el: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return el.getContext('2d', SETTINGS);
}

/**
 * Runs `make` (a library that creates its own canvases, such as uPlot) with every 2-D context it
 * creates drawn on the CPU; the canvas prototype is restored before this returns.
 */
export function withCpuCanvases<T>(make: () => T): T {
  const proto = HTMLCanvasElement.prototype;
  const original = proto.getContext;
  proto.getContext = function (this: HTMLCanvasElement, id: string, options?: unknown) {
    return id === '2d'
      ? original.call(this, id, { ...(options as object), ...SETTINGS })
      : original.call(this, id, options);
  } as typeof original;
  try {
    return make();
  } finally {
    proto.getContext = original;
  }
}

/**
 * Opens the renderer's shared GPU context now (call it while the GPU is idle): the first 2-D canvas shown
 * needs it (even one drawn on the CPU, to hand its pixels to the compositor), and opening it later,
 * behind a scene's frames, would block the main thread until the GPU had drawn them. One pixel of
 * a canvas drawn on the CPU, shown for two frames (transparent, out of the way) and removed.
 */
export function openSharedGpuContext(): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none';
  context2d(canvas)?.fillRect(0, 0, 1, 1);
  document.body.append(canvas);
  requestAnimationFrame(() => requestAnimationFrame(() => canvas.remove()));
}
