import { createContext } from 'react';
import type { Camera, Material, Object3D, Scene, WebGLRenderer } from 'three';

/** The finest grid (points per side) whose first frame the page's first pane draws in one go. */
const ONE_GO_GRID = 256;

/**
 * Whether pane `index`, with a grid of `resolution` points per side, warms up before its first
 * frame (`warmUpInSlices`). Each pane opened beside a pane already drawn does: its first frame
 * would block the page 90–120 ms (software WebGL). The first pane does only when its grid is finer
 * than the default 256²: its first frame is the page's first picture, and the tasks a warm-up
 * yields between let the browser paint the page in between, which delays that picture by about
 * 60 ms here; with the default grid it blocks the page no longer than it always has.
 */
export function warmsUp(index: number, resolution: number): boolean {
  return index > 0 || resolution > ONE_GO_GRID;
}

/**
 * Work a pane's objects would do in its first frame (laying out a 512² surface) that may be done
 * before it, in a task of its own: each object adds its step here (in a layout effect, which runs
 * before the canvas's `onCreated` starts the warm-up) when the pane warms up (`warmUpInSlices`).
 */
export const WarmUpContext = createContext<Set<() => void> | null>(null);

/** Something drawn with a material (a mesh, line, points or sprite). */
type Drawn = Object3D & { material: Material | Material[] };
const isDrawn = (o: Object3D): o is Drawn =>
  'material' in o && ((o as Drawn).material as unknown) !== undefined;

/** What three.js keeps of a material once its program is made (not in its public types). */
interface MaterialState {
  currentProgram?: { getUniforms(): unknown };
}

/**
 * Runs `prepare` (each in a task of its own), then makes the shader programs `scene` needs, so the
 * pane's first frame finds them ready. Made all at once (as the first frame would), compiling and
 * linking them is one task of over 100 ms on a software rasterizer, and a pane opened beside others
 * would block the page that long. Each object's program is made in a task of its own, and its
 * link waited for (the program's uniforms read) in the next. Calls `done` after the last; the
 * returned function cancels what is left.
 */
export function warmUpInSlices(
  renderer: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  prepare: Iterable<() => void>,
  done: () => void,
): () => void {
  const steps: (() => void)[] = [...prepare];
  const linked = new Set<unknown>();
  // The objects are listed once the steps before have run (they may add some). Each program's
  // link is waited for right after it is made: the GPU answers in order, so a wait after several
  // programs would wait for all their links in one task.
  steps.push(() => {
    scene.traverse((o) => {
      if (!isDrawn(o)) return;
      steps.push(() => renderer.compile(o, camera, scene));
      steps.push(() => waitForLinks(o));
    });
  });
  const waitForLinks = (object: Drawn) => {
    const materials = Array.isArray(object.material) ? object.material : [object.material];
    for (const material of materials) {
      const program = (renderer.properties.get(material) as MaterialState).currentProgram;
      if (!program || linked.has(program)) continue;
      linked.add(program);
      program.getUniforms();
    }
  };
  let next = 0;
  let cancelled = false;
  const run = () => {
    if (cancelled) return;
    if (next === steps.length) return done();
    steps[next++]!();
    nextTask(run);
  };
  nextTask(run);
  return () => {
    cancelled = true;
  };
}

interface TaskScheduler {
  postTask(fn: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Runs `fn` in a task of its own: the browser's task scheduler where there is one (a chain of
 * timeouts is held back 4 ms a link after the fifth), a timeout otherwise.
 */
function nextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  // Ahead of other tasks: the first frame waits on these.
  if (scheduler?.postTask) void scheduler.postTask(fn, { priority: 'user-blocking' });
  else window.setTimeout(fn, 0);
}
