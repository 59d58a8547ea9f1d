import type { Lab } from '../../../app/lab/lab.ts';
import { labFor } from '../lab-for-test.tsx';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  goToSceneSoon,
  LESSON_SCENES,
  setUpLinkedSceneSoon,
  stepSceneSoon,
} from '../../../app/lessons/lesson-loader.ts';
import { LESSON } from '../../../app/lessons/scenes.ts';

let lab: Lab;
beforeEach(() => {
  lab = labFor();
});

describe('the lesson, loaded when first used', () => {
  it('links and keys accept exactly the lesson’s scenes', () => {
    expect(LESSON_SCENES).toBe(LESSON.length);
  });

  it('a scene, the next one and a linked one are set up once the lesson has loaded', async () => {
    await goToSceneSoon(lab, 2);
    expect(lab.store.getState().page.lesson).toBe(2);
    expect(lab.store.getState().experiment.surface).toBe(LESSON[1]!.setup().surface);
    await stepSceneSoon(lab, 1);
    expect(lab.store.getState().page.lesson).toBe(3);
    lab = labFor();
    lab.store.getState().setPage({ lesson: 4 });
    await setUpLinkedSceneSoon(lab);
    expect(lab.store.getState().experiment.surface).toBe(LESSON[3]!.setup().surface);
  });
});
