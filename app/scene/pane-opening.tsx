import { useCallback, useEffect, useRef, useState } from 'react';
import { openSharedGpuContext } from '../ui/canvas-2d.ts';
import { SCENE_IDLE_MARK } from '../perf/first-frame.ts';
import { whenGpuIdle } from './gpu-idle.ts';

/** The WebGL context a pane draws with. */
export type PaneGl = WebGLRenderingContext | WebGL2RenderingContext;

/** What the opening of the panes needs of a pane's canvas (from R3F's state). */
export interface PaneCanvas {
  gl: PaneGl;
  setFrameloop(mode: 'demand' | 'never'): void;
  invalidate(): void;
}

/**
 * Opens the panes one after another. A pane's WebGL context and its first frame ask the GPU for
 * answers (its limits, each shader's link), and an answer waits until the GPU has finished all it
 * was given before: on a software rasterizer, seconds of another pane's drawing, spent blocking
 * the main thread. So each pane opens only once the GPU has finished the one before, with the
 * panes already open holding their drawing meanwhile (even while playing; the runs go on), and
 * they all draw again once the last has drawn its first frame. Once the first pane's frame is
 * finished, the renderer's shared GPU context is opened (while the GPU is idle) and
 * SCENE_IDLE_MARK marked (the panels load then). With one pane nothing is held.
 */
export function usePaneOpening(ids: readonly string[]): {
  /** Whether pane `k` may create its canvas. */
  isOpen(k: number): boolean;
  /** Pane `id`'s canvas was created (or removed: null). */
  onCanvas(id: string, canvas: PaneCanvas | null): void;
  /** Pane `id` drew its first frame with `gl` (called in a task after that frame). */
  onFirstFrame(id: string, gl: PaneGl): void;
} {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const opened = useRef(open);
  opened.current = open;
  const canvases = useRef(new Map<string, PaneCanvas>());
  const pending = useRef(new Set<() => void>());
  const held = useRef(false);
  const order = useRef(ids);
  order.current = ids;
  useEffect(() => {
    const waits = pending.current;
    return () => waits.forEach((cancel) => cancel());
  }, []);

  /** Calls `then` once the GPU has finished everything given to every one of `gls`. */
  const afterGpu = useCallback((gls: PaneGl[], then: () => void) => {
    let left = gls.length;
    if (left === 0) then();
    for (const gl of gls) {
      const cancel = whenGpuIdle(gl, () => {
        pending.current.delete(cancel);
        if (--left === 0) then();
      });
      pending.current.add(cancel);
    }
  }, []);

  const onFirstFrame = useCallback(
    (id: string, gl: PaneGl) =>
      afterGpu([gl], () => {
        const list = order.current;
        if (id === list[0] && performance.getEntriesByName(SCENE_IDLE_MARK).length === 0) {
          openSharedGpuContext();
          performance.mark(SCENE_IDLE_MARK);
        }
        const next = list[list.indexOf(id) + 1];
        const all = [...canvases.current.values()];
        if (next === undefined || opened.current.has(next)) {
          if (held.current)
            for (const c of all) {
              c.setFrameloop('demand');
              c.invalidate();
            }
          held.current = false;
          return;
        }
        held.current = true;
        for (const c of all) c.setFrameloop('never');
        afterGpu(
          all.map((c) => c.gl),
          () => setOpen((o) => new Set([...o, next])),
        );
      }),
    [afterGpu],
  );

  const onCanvas = useCallback((id: string, canvas: PaneCanvas | null) => {
    if (canvas) canvases.current.set(id, canvas);
    else canvases.current.delete(id);
  }, []);

  return { isOpen: (k) => k === 0 || open.has(ids[k]!), onCanvas, onFirstFrame };
}
