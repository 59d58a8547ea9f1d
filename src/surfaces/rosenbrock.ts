import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

/** Rosenbrock's banana L = (1 − w1)² + 100 (w2 − w1²)²: a curved, narrow valley; minimum (1, 1). */
export function rosenbrockSurface(): Surface {
  return analyticSurface({
    id: 'rosenbrock',
    name: { en: 'Rosenbrock banana', 'zh-TW': 'Rosenbrock 香蕉谷' },
    description: {
      en: 'L = (1 − w1)² + 100 (w2 − w1²)². A narrow curved valley: easy to fall into, slow to follow to the minimum at (1, 1).',
      'zh-TW':
        'L = (1 − w1)² + 100 (w2 − w1²)²。彎曲的狹窄山谷：很快掉進谷底，卻要走很久才到 (1, 1) 的最小值。',
    },
    domain: { w1: [-2, 2], w2: [-1, 3] },
    start: [-1.5, 2.5],
    value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
    gradient(x, y, out) {
      out[0] = -2 * (1 - x) - 400 * x * (y - x * x);
      out[1] = 200 * (y - x * x);
      return out;
    },
    hessian: (x, y) => ({ a: 2 - 400 * y + 1200 * x * x, b: -400 * x, c: 200 }),
    minimaGuesses: [[1, 1]],
  });
}
