import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

/** L = ½w1² + ¼w2⁴ − ½w2²: a saddle point at (0, 0) between two minima at (0, ±1). */
export function saddleSurface(): Surface {
  return analyticSurface({
    id: 'saddle',
    name: { en: 'Saddle point', 'zh-TW': '鞍點' },
    description: {
      en: 'L = ½w1² + ¼w2⁴ − ½w2². The gradient is zero at the saddle (0, 0), a critical point that is not a minimum; starting near the ridge, gradient descent lingers there before sliding to a minimum at (0, ±1).',
      'zh-TW':
        'L = ½w1² + ¼w2⁴ − ½w2²。鞍點 (0, 0) 的梯度為零，是臨界點卻不是最小值；從山脊附近出發，梯度下降會在那裡停留很久，才滑向 (0, ±1) 的最小值。',
    },
    domain: { w1: [-2, 2], w2: [-2, 2] },
    start: [-1.9, 0.001],
    value: (x, y) => 0.5 * x * x + 0.25 * y ** 4 - 0.5 * y * y,
    gradient(x, y, out) {
      out[0] = x;
      out[1] = y ** 3 - y;
      return out;
    },
    hessian: (_x, y) => ({ a: 1, b: 0, c: 3 * y * y - 1 }),
    minimaGuesses: [
      [0, 1],
      [0, -1],
    ],
  });
}
