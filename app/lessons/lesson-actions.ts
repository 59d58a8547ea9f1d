import { DEFAULT_EXPERIMENT, encodeExperiment } from '../../src/index.ts';
import type { Lab } from '../lab/lab.ts';
import { LESSON } from './scenes.ts';

/** Sets up lesson scene `n` (1-based, clamped), keeping the language, camera and speed. */
export function goToScene(lab: Lab, n: number): void {
  const k = Math.min(LESSON.length, Math.max(1, Math.round(n)));
  const { experiment, setPage } = lab.store.getState();
  const keep = {
    language: experiment.language,
    camera: experiment.camera,
    speed: experiment.speed,
  };
  // What the scene's text says its runs do is what they are meant to do (an intended divergence).
  const scene = LESSON[k - 1]!;
  lab.open({ ...keep, ...scene.setup() }, { intent: scene.claims ?? [] });
  setPage({ lesson: k });
}

/** The next (+1) or previous (−1) scene; starts the lesson when none is open. */
export function stepScene(lab: Lab, delta: 1 | -1): void {
  const lesson = lab.store.getState().page.lesson;
  goToScene(lab, lesson === null ? 1 : lesson + delta);
}

/** Opening a link to a scene (`?lesson=3` with no experiment of its own) sets that scene up. */
export function setUpLinkedScene(lab: Lab): void {
  const { page, experiment } = lab.store.getState();
  const own = encodeExperiment({ ...experiment, language: DEFAULT_EXPERIMENT.language });
  if (page.lesson !== null && own === '') goToScene(lab, page.lesson);
}
