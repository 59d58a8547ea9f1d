/**
 * Whether this browser can create a WebGL context (checked once, on a throwaway canvas). The
 * context is released at once: left to the garbage collector, its destruction would wait, on the
 * main thread, for everything the scene had given the GPU by then (seconds on a software GPU).
 */
export function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}
