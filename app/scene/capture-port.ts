// The capture port: each scene registers how to draw itself for an export (the scene owns the
// WebGL renderer); app/export/ reads the registered captures. The scene imports nothing of export.
import type { PlacedLabel } from './label-board.tsx';

/** How a pane's scene draws itself for an export. */
export interface PaneCapture {
  /** The pane's size on screen, in CSS pixels. */
  size(): { width: number; height: number };
  /**
   * Renders the scene into a width × height (CSS pixels) view at `scale` device pixels per CSS
   * pixel, running the scene's per-frame updates first, and calls `draw` with the WebGL canvas and
   * the labels placed for that view; the on-screen view is restored when `draw` returns.
   */
  render(
    width: number,
    height: number,
    scale: number,
    draw: (image: CanvasImageSource, labels: readonly PlacedLabel[]) => void,
  ): void;
}

const captures = new Map<number, PaneCapture>();

/** Scenes register how to capture themselves (they own the WebGL renderer). */
export function registerCapture(pane: number, capture: PaneCapture): () => void {
  captures.set(pane, capture);
  return () => {
    if (captures.get(pane) === capture) captures.delete(pane);
  };
}

/** The captures of the panes on screen, in pane order (none without WebGL). */
export function paneCaptures(): PaneCapture[] {
  return [...captures.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
}
