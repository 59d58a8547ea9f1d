/**
 * Opens the renderer's shared GPU context now (call it while the GPU is idle). The page's 2-D
 * canvases (charts, scatter plots, maps) are drawn on the GPU, the browser's default, and the
 * first one shown needs that context: opened later, behind a scene's frames, the call would block
 * the main thread until the GPU had drawn them (seconds on a software rasterizer). One pixel of a
 * 2-D canvas, shown for two frames (transparent, out of the way) and removed.
 */
export function openSharedGpuContext(): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.cssText =
    'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0.01;pointer-events:none';
  canvas.getContext('2d')?.fillRect(0, 0, 1, 1);
  document.body.append(canvas);
  requestAnimationFrame(() => requestAnimationFrame(() => canvas.remove()));
}
