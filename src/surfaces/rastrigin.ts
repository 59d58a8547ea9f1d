import { analyticSurface } from './analytic.ts';
import type { Point2, Surface } from './surface.ts';

const A = 10;
const TWO_PI = 2 * Math.PI;

/** Rastrigin L = 2A + Σ (w_i² − A cos 2πw_i), A = 10: a bowl covered in local minima; global minimum at 0. */
export function rastriginSurface(): Surface {
  const guesses: Point2[] = [];
  for (let i = -3; i <= 3; i++) for (let j = -3; j <= 3; j++) guesses.push([i * 0.995, j * 0.995]);
  return analyticSurface({
    id: 'rastrigin',
    name: { en: 'Many minima (Rastrigin)', 'zh-TW': '多個區域最小值（Rastrigin）' },
    description: {
      en: 'L = 20 + Σ (wᵢ² − 10 cos 2πwᵢ). A bowl covered in local minima: gradient descent stops in the nearest one.',
      'zh-TW': 'L = 20 + Σ (wᵢ² − 10 cos 2πwᵢ)。布滿區域最小值的碗：梯度下降會停在最近的那一個。',
    },
    domain: { w1: [-3.5, 3.5], w2: [-3.5, 3.5] },
    start: [-2.6, 2.3],
    value: (x, y) => 2 * A + x * x - A * Math.cos(TWO_PI * x) + y * y - A * Math.cos(TWO_PI * y),
    gradient(x, y, out) {
      out[0] = 2 * x + A * TWO_PI * Math.sin(TWO_PI * x);
      out[1] = 2 * y + A * TWO_PI * Math.sin(TWO_PI * y);
      return out;
    },
    hessian: (x, y) => ({
      a: 2 + A * TWO_PI * TWO_PI * Math.cos(TWO_PI * x),
      b: 0,
      c: 2 + A * TWO_PI * TWO_PI * Math.cos(TWO_PI * y),
    }),
    minimaGuesses: guesses,
  });
}
