import { paneCaptures } from '../scene/capture-port.ts';
import { download } from './download.ts';
import { composeFrame, frameCanvas, screenLayout } from './compose.ts';

/**
 * Saves the panes as on screen, with their axes, tick values and labels drawn in, as a PNG at
 * `scale` × their CSS size (1× or 2× for slides). False when there is no 3-D view to save.
 */
export function savePng(scale: number, titles?: readonly string[]): boolean {
  const panes = paneCaptures();
  if (panes.length === 0) return false;
  const layout = screenLayout(panes, scale, titles);
  const { canvas, ctx } = frameCanvas(layout);
  composeFrame(ctx, panes, layout);
  canvas.toBlob((blob) => {
    if (blob)
      download(URL.createObjectURL(blob), `error-surface-lab${scale > 1 ? `@${scale}x` : ''}.png`);
  }, 'image/png');
  return true;
}
