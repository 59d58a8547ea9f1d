/** How long to wait for a first frame that may never come (no WebGL: the flat map draws none). */
const FALLBACK_MS = 2500;

/**
 * Calls `fn` once, in a task of its own, after the scene's first drawn frame (its performance mark
 * 'esl:first-frame'), or after FALLBACK_MS without one: what is not needed to draw that frame
 * loads then (README: Performance). Returns a function that cancels it.
 */
export function afterFirstFrame(fn: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const timer = setTimeout(run, FALLBACK_MS);
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('esl:first-frame').length) setTimeout(run, 0);
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
