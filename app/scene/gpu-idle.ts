/** How often the GPU is checked (at first, and at the least), and how long before going on regardless. */
const POLL_MS = 16;
const POLL_MAX_MS = 250;
const GIVE_UP_MS = 15_000;

/**
 * Calls `fn` once the GPU has finished every command given to `gl` so far, or after GIVE_UP_MS.
 * It never waits on the GPU: a WebGL 2 fence is polled between tasks (Chrome answers from a cache,
 * without a round trip). What comes after a pane's first frame (another pane's WebGL context, the
 * panels' canvases) asks the GPU for answers that would otherwise wait, on the main thread, behind
 * that frame's drawing: seconds on a software rasterizer. Without WebGL 2, two animation frames.
 * Returns a function that cancels it.
 */
export function whenGpuIdle(
  gl: WebGLRenderingContext | WebGL2RenderingContext,
  fn: () => void,
): () => void {
  let timer = 0;
  let frame = 0;
  let done = false;
  if (typeof WebGL2RenderingContext === 'undefined' || !(gl instanceof WebGL2RenderingContext)) {
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => fn())));
    return () => cancelAnimationFrame(frame);
  }
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  gl.flush();
  const start = performance.now();
  let wait = POLL_MS;
  const release = () => {
    if (done) return;
    done = true;
    if (sync && !gl.isContextLost()) gl.deleteSync(sync);
  };
  const poll = () => {
    const signaled =
      !sync ||
      gl.isContextLost() ||
      gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
      performance.now() - start > GIVE_UP_MS;
    if (!signaled) {
      // A GPU that takes long is checked less and less often (a hidden page's may never finish).
      wait = Math.min(POLL_MAX_MS, wait * 1.5);
      timer = window.setTimeout(poll, wait);
      return;
    }
    release();
    fn();
  };
  timer = window.setTimeout(poll, POLL_MS);
  return () => {
    window.clearTimeout(timer);
    release();
  };
}
