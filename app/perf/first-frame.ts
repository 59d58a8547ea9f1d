/** How long to wait for a first frame that may never come (no WebGL: the flat map draws none). */
const FALLBACK_MS = 2500;

/** Marked when the scene's first frame is drawn (its drawing calls given; read by the load benchmark). */
export const FIRST_FRAME_MARK = 'esl:first-frame';
/** Marked when the GPU has finished drawing the first pane's first frame (app/scene/SceneView.tsx). */
export const SCENE_IDLE_MARK = 'esl:scene-idle';

/**
 * Calls `fn` once, in a task of its own, after the performance mark `mark` (by default the scene's
 * first drawn frame), or after FALLBACK_MS without a first frame: what is not needed to draw that
 * frame loads then (docs/performance.md). Once a first frame is drawn, a later mark is waited for
 * as long as it takes (a slow GPU finishing that frame). Returns a function that cancels it.
 */
export function afterFirstFrame(fn: () => void, mark = FIRST_FRAME_MARK): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const timer = setTimeout(run, FALLBACK_MS);
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(mark).length) setTimeout(run, 0);
    else if (list.getEntriesByName(FIRST_FRAME_MARK).length) clearTimeout(timer);
  });
  observer.observe({ type: 'mark', buffered: true });
  const cancel = () => {
    clearTimeout(timer);
    observer.disconnect();
  };
  return () => {
    done = true;
    cancel();
  };
}
