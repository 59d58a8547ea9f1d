import { whenGpuIdle } from './gpu-idle.ts';

/**
 * Paces a pane's surface updates by its GPU. With batch normalization in training the surface
 * changes every step (a new mini-batch): its heights, colours and normals are computed and sent to
 * the GPU again. Sent while the GPU is still drawing the last ones, the upload would wait for it
 * on the main thread (seconds a frame on a software rasterizer); so a new surface is prepared only
 * once the GPU has finished drawing the one before, in a task of its own (not the frame's), and
 * drawn in the next frame; meanwhile the pane keeps showing the last one (the runs go on moving).
 * A GPU that keeps up sees a new surface every other frame.
 */
export interface SurfacePacing {
  /** The landscape version the surface and its contours show. */
  shown: number;
  /** Whether a new surface may be prepared now; if not, `invalidate` is called once it may. */
  ready(invalidate: () => void): boolean;
  /** Runs `prepare` in a task of its own (no other is prepared meanwhile); it calls `sent`. */
  prepare(prepare: () => void): void;
  /** A new surface (`version`) is set: the next frame sends it. */
  sent(version: number): void;
  /** At the end of each frame's update: a surface sent is fenced after this frame's drawing. */
  frame(gl: WebGLRenderingContext | WebGL2RenderingContext): void;
  dispose(): void;
}

export function createSurfacePacing(): SurfacePacing {
  let busy = false;
  let fenceDue = false;
  let waiting: (() => void) | null = null;
  let cancel = () => {};
  let preparing = 0;
  let fencing = 0;
  return {
    shown: -1,
    ready(invalidate) {
      if (busy) waiting = invalidate;
      return !busy;
    },
    prepare(prepare) {
      busy = true;
      window.clearTimeout(preparing);
      preparing = window.setTimeout(() => {
        prepare();
        // Nothing was set (the grid was rebuilt meanwhile, and drawn at once): free again.
        if (!fenceDue) busy = false;
      }, 0);
    },
    sent(version) {
      this.shown = version;
      busy = true;
      fenceDue = true;
    },
    frame(gl) {
      if (!fenceDue) return;
      fenceDue = false;
      // The fence goes in after this frame's drawing calls (this runs before the frame's render).
      window.clearTimeout(fencing);
      fencing = window.setTimeout(() => {
        cancel();
        cancel = whenGpuIdle(gl, () => {
          busy = false;
          const redraw = waiting;
          waiting = null;
          redraw?.();
        });
      }, 0);
    },
    dispose() {
      window.clearTimeout(preparing);
      window.clearTimeout(fencing);
      cancel();
    },
  };
}
