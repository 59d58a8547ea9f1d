import { penguinsDataset } from '../datasets/penguins.ts';
import { createRng } from '../random.ts';
import type { LocalizedText } from '../text.ts';
import type { NetworkTask } from './task-ids.ts';

export { NETWORK_TASKS, type NetworkTask } from './task-ids.ts';

/** Examples with two inputs and one target: a class (0 or 1) or, for regression, a value. */
export interface TaskData {
  task: NetworkTask;
  name: LocalizedText;
  /** Row-major inputs: x[2i], x[2i+1]. */
  x: Float64Array;
  y: Float64Array;
  n: number;
  /** Binary classification (cross-entropy on a sigmoid) or regression (mean squared error). */
  kind: 'classification' | 'regression';
}

const NAMES: Record<NetworkTask, LocalizedText> = {
  spiral: { en: 'Two spirals', 'zh-TW': '雙螺旋' },
  moons: { en: 'Two moons', 'zh-TW': '雙月形' },
  circles: { en: 'Circle in a ring', 'zh-TW': '圓與環' },
  xor: { en: 'XOR quadrants', 'zh-TW': 'XOR 象限' },
  penguins: {
    en: 'Penguins: flipper length from beak depth and body mass (raw units)',
    'zh-TW': '企鵝：由喙深與體重（原始單位）預測鰭肢長度',
  },
};

/**
 * A seeded task of `n` examples (penguins: its 342 rows, target standardized). The 2-D tasks have
 * inputs of order 1; the penguins inputs keep their raw units (millimetres and grams), the case
 * where normalization inside the network matters.
 */
export function taskData(task: NetworkTask, seed = 1, n = 300): TaskData {
  const rng = createRng(seed);
  if (task === 'penguins') {
    const d = penguinsDataset();
    const m = d.y.length;
    const x = new Float64Array(2 * m);
    let mean = 0;
    for (const v of d.y) mean += v / m;
    let sd = 0;
    for (const v of d.y) sd += (v - mean) ** 2 / m;
    sd = Math.sqrt(sd);
    const y = d.y.map((v) => (v - mean) / sd);
    for (let i = 0; i < m; i++) {
      x[2 * i] = d.x1[i]!;
      x[2 * i + 1] = d.x2[i]!;
    }
    return { task, name: NAMES[task], x, y, n: m, kind: 'regression' };
  }
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const label = i % 2;
    let a = 0;
    let b = 0;
    if (task === 'spiral') {
      const t = (i >> 1) / (n / 2);
      const r = 0.1 + 0.9 * t;
      const angle = 3 * Math.PI * t + label * Math.PI;
      a = r * Math.cos(angle) + 0.04 * rng.normal();
      b = r * Math.sin(angle) + 0.04 * rng.normal();
    } else if (task === 'moons') {
      const angle = Math.PI * rng.next();
      a = label ? 1 - Math.cos(angle) - 0.5 : Math.cos(angle) - 0.5;
      b = label ? 0.3 - Math.sin(angle) : Math.sin(angle) - 0.2;
      a += 0.08 * rng.normal();
      b += 0.08 * rng.normal();
    } else if (task === 'circles') {
      const angle = 2 * Math.PI * rng.next();
      const r = label ? 0.8 + 0.1 * rng.normal() : 0.3 * Math.sqrt(rng.next());
      a = r * Math.cos(angle);
      b = r * Math.sin(angle);
    } else {
      a = 2 * rng.next() - 1;
      b = 2 * rng.next() - 1;
      y[i] = a * b > 0 ? 1 : 0;
      x[2 * i] = a;
      x[2 * i + 1] = b;
      continue;
    }
    x[2 * i] = a;
    x[2 * i + 1] = b;
    y[i] = label;
  }
  return { task, name: NAMES[task], x, y, n, kind: 'classification' };
}
