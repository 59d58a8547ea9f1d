import { beforeEach, describe, expect, it } from 'vitest';
import {
  goToSceneSoon,
  LESSON_SCENES,
  setUpLinkedSceneSoon,
  stepSceneSoon,
} from '../../../app/lessons/lesson-loader.ts';
import { LESSON } from '../../../app/lessons/scenes.ts';
import { useLab } from '../../../app/lab/react/use-lab.tsx';

const initial = useLab.getState();
beforeEach(() => useLab.setState(initial, true));

describe('the lesson, loaded when first used', () => {
  it('links and keys accept exactly the lesson’s scenes', () => {
    expect(LESSON_SCENES).toBe(LESSON.length);
  });

  it('a scene, the next one and a linked one are set up once the lesson has loaded', async () => {
    await goToSceneSoon(2);
    expect(useLab.getState().page.lesson).toBe(2);
    expect(useLab.getState().experiment.surface).toBe(LESSON[1]!.setup().surface);
    await stepSceneSoon(1);
    expect(useLab.getState().page.lesson).toBe(3);
    useLab.setState(initial, true);
    useLab.getState().setPage({ lesson: 4 });
    await setUpLinkedSceneSoon();
    expect(useLab.getState().experiment.surface).toBe(LESSON[3]!.setup().surface);
  });
});
