import type { PlacedLabel } from '../scene/label-board.tsx';
import type { PaneCapture } from '../scene/capture-port.ts';

/** An export view: the panes side by side, width × height CSS pixels, drawn at `scale`. */
export interface FrameLayout {
  width: number;
  height: number;
  scale: number;
  /** A title over each pane (compare layout), or none. */
  titles?: readonly string[];
}

/** The scene's background and the page's text colour (dark or light theme). */
function pageColors(): { background: string; text: string } {
  const scene = document.querySelector('.scene');
  return {
    background: scene ? getComputedStyle(scene).backgroundColor : '#0d1320',
    text: getComputedStyle(document.body).color || '#e8edf5',
  };
}
const TITLE_SIZE = 16;

/** A halo that sets off text of `color` (a CSS rgb() colour): dark behind light text, else light. */
function haloFor(color: string): string {
  const [r = 255, g = 255, b = 255] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 128 ? 'rgb(0 0 0 / 75%)' : 'rgb(255 255 255 / 75%)';
}

/** Draws labels at `scale` with a halo, as the page draws them with a text shadow. */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly PlacedLabel[],
  scale: number,
  dx = 0,
  dy = 0,
): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    ctx.font = l.font.replace(/\b[\d.]+px\b/, `${l.fontSize * scale}px`);
    const x = (dx + l.box.x + l.box.w / 2) * scale;
    const y = (dy + l.box.y + l.box.h / 2) * scale;
    if (l.background) {
      ctx.fillStyle = l.background;
      ctx.fillRect(
        (dx + l.box.x) * scale,
        (dy + l.box.y) * scale,
        l.box.w * scale,
        l.box.h * scale,
      );
    }
    ctx.lineWidth = 3 * scale;
    ctx.strokeStyle = haloFor(l.color);
    ctx.strokeText(l.text, x, y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, x, y);
  }
  ctx.restore();
}

/**
 * Draws one frame of the panes into `ctx` (sized width·scale × height·scale): each pane renders
 * into its share of the width (below a title strip when titled), then its labels are drawn over it.
 */
export function composeFrame(
  ctx: CanvasRenderingContext2D,
  panes: readonly PaneCapture[],
  layout: FrameLayout,
): void {
  const { width, height, scale, titles } = layout;
  const top = titles ? TITLE_SIZE * 1.8 : 0;
  const paneWidth = width / Math.max(1, panes.length);
  const colors = pageColors();
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width * scale, height * scale);
  panes.forEach((pane, k) => {
    const x = k * paneWidth;
    pane.render(Math.round(paneWidth), Math.round(height - top), scale, (image, labels) => {
      ctx.drawImage(
        image,
        x * scale,
        top * scale,
        Math.round(paneWidth) * scale,
        Math.round(height - top) * scale,
      );
      drawLabels(ctx, labels, scale, x, top);
    });
    const title = titles?.[k];
    if (title) {
      ctx.save();
      ctx.font = `600 ${TITLE_SIZE * scale}px system-ui, sans-serif`;
      ctx.fillStyle = colors.text;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'center';
      ctx.fillText(title, (x + paneWidth / 2) * scale, (top / 2) * scale, paneWidth * scale);
      ctx.restore();
    }
  });
}

/**
 * The on-screen layout of the panes for a still image at `scale`: their summed width, their
 * height, and titles when there are several.
 */
export function screenLayout(
  panes: readonly PaneCapture[],
  scale: number,
  titles?: readonly string[],
): FrameLayout {
  const sizes = panes.map((p) => p.size());
  const height = Math.max(1, ...sizes.map((s) => s.height));
  const width = Math.max(1, ...sizes.map((s) => s.width)) * Math.max(1, panes.length);
  return {
    width,
    height: height + (titles ? TITLE_SIZE * 1.8 : 0),
    scale,
    titles,
  };
}

/** A canvas holding one frame of `layout`. */
export function frameCanvas(layout: FrameLayout): {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
} {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * layout.scale);
  canvas.height = Math.round(layout.height * layout.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas');
  return { canvas, ctx };
}
