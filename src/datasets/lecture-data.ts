import { createRng } from '../random.ts';
import type { Dataset } from './dataset.ts';

/** The weights the lecture data is generated from: y = b + w1·x1 + w2·x2 + noise. */
export const LECTURE_TRUE_WEIGHTS = { b: 1, w1: 3, w2: 0.05 } as const;

/**
 * The lecture's example (docs/domain.md §1.2): x1 on a small scale (uniform in [1, 2]), x2 on a
 * large one (uniform in [100, 200]), y = 1 + 3·x1 + 0.05·x2 + N(0, 0.3²). Deterministic for a
 * given `seed`.
 */
export function lectureDataset(seed = 1, size = 100): Dataset {
  const rng = createRng(seed);
  const n = Math.max(2, Math.floor(size));
  const x1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y = new Float64Array(n);
  const { b, w1, w2 } = LECTURE_TRUE_WEIGHTS;
  for (let i = 0; i < n; i++) {
    x1[i] = 1 + rng.next();
    x2[i] = 100 + 100 * rng.next();
    y[i] = b + w1 * x1[i]! + w2 * x2[i]! + 0.3 * rng.normal();
  }
  return {
    id: 'lecture',
    name: { en: 'Lecture example (x1 small, x2 large)', 'zh-TW': '課堂範例（x1 小、x2 大）' },
    description: {
      en: `${n} generated examples: x1 between 1 and 2, x2 between 100 and 200, y = 1 + 3·x1 + 0.05·x2 + noise. A change in w2 moves the loss far more than the same change in w1.`,
      'zh-TW': `${n} 筆產生的資料：x1 介於 1 與 2 之間，x2 介於 100 與 200 之間，y = 1 + 3·x1 + 0.05·x2 + 雜訊。w2 改變一點，損失的變化遠大於 w1 改變同樣的量。`,
    },
    source: { en: `Generated from seed ${seed}`, 'zh-TW': `由種子 ${seed} 產生` },
    featureNames: [
      { en: 'x1 (small scale)', 'zh-TW': 'x1（小尺度）' },
      { en: 'x2 (large scale)', 'zh-TW': 'x2（大尺度）' },
    ],
    targetName: { en: 'y', 'zh-TW': 'y' },
    // Off the valley floor (the best w2 at w1 = −2 is about 0.06): the first steps cross the valley.
    start: [-2, 2],
    x1,
    x2,
    y,
  };
}
