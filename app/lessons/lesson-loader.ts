/**
 * The guided lesson (its scenes, their setups and the card) loads when it is first used: a link to
 * a scene, the header's button or a key. The page without a lesson does not wait for it
 * (docs/performance.md).
 */

/** How many scenes the lesson has (a test checks it against LESSON): links and keys check it. */
export const LESSON_SCENES = 7;

const lessonActions = () => import('./lesson-actions.ts');

/** Sets up lesson scene `n` once the lesson has loaded (see goToScene). */
export function goToSceneSoon(n: number): Promise<void> {
  return lessonActions().then((m) => m.goToScene(n));
}

/** The next (+1) or previous (−1) scene once the lesson has loaded (see stepScene). */
export function stepSceneSoon(delta: 1 | -1): Promise<void> {
  return lessonActions().then((m) => m.stepScene(delta));
}

/** A link to a scene (`?lesson=3`) sets it up; resolves when it has (see setUpLinkedScene). */
export function setUpLinkedSceneSoon(): Promise<void> {
  return lessonActions().then((m) => m.setUpLinkedScene());
}
