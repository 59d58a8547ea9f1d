import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

/** Himmelblau's function L = (w1² + w2 − 11)² + (w1 + w2² − 7)²: four equal minima. */
export function himmelblauSurface(): Surface {
  return analyticSurface({
    id: 'himmelblau',
    name: { en: 'Himmelblau (four minima)', 'zh-TW': 'Himmelblau（四個最小值）' },
    description: {
      en: 'L = (w1² + w2 − 11)² + (w1 + w2² − 7)². Four minima of equal loss: where you start decides where you end.',
      'zh-TW': 'L = (w1² + w2 − 11)² + (w1 + w2² − 7)²。四個一樣低的最小值：起點決定終點。',
    },
    domain: { w1: [-5, 5], w2: [-5, 5] },
    start: [0, 0],
    value: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
    gradient(x, y, out) {
      const p = x * x + y - 11;
      const q = x + y * y - 7;
      out[0] = 4 * x * p + 2 * q;
      out[1] = 2 * p + 4 * y * q;
      return out;
    },
    hessian: (x, y) => ({
      a: 12 * x * x + 4 * y - 42,
      b: 4 * x + 4 * y,
      c: 4 * x + 12 * y * y - 26,
    }),
    minimaGuesses: [
      [3, 2],
      [-2.8, 3.1],
      [-3.8, -3.3],
      [3.6, -1.8],
    ],
  });
}
