import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

/** Six-hump camel L = (4 − 2.1w1² + w1⁴/3)w1² + w1w2 + (4w2² − 4)w2²: two global and four local minima. */
export function sixHumpCamelSurface(): Surface {
  return analyticSurface({
    id: 'six-hump-camel',
    name: { en: 'Six-hump camel', 'zh-TW': '六峰駝背' },
    description: {
      en: 'L = (4 − 2.1w1² + w1⁴/3)w1² + w1w2 + (4w2² − 4)w2². Two global minima, four local ones and saddles between them.',
      'zh-TW':
        'L = (4 − 2.1w1² + w1⁴/3)w1² + w1w2 + (4w2² − 4)w2²。兩個全域最小值、四個區域最小值，中間夾著鞍點。',
    },
    domain: { w1: [-2, 2], w2: [-1.2, 1.2] },
    start: [-1.9, 1.1],
    value: (x, y) =>
      (4 - 2.1 * x * x + (x * x * x * x) / 3) * x * x + x * y + (4 * y * y - 4) * y * y,
    gradient(x, y, out) {
      out[0] = 8 * x - 8.4 * x ** 3 + 2 * x ** 5 + y;
      out[1] = x - 8 * y + 16 * y ** 3;
      return out;
    },
    hessian: (x, y) => ({ a: 8 - 25.2 * x * x + 10 * x ** 4, b: 1, c: -8 + 48 * y * y }),
    minimaGuesses: [
      [0.0898, -0.7126],
      [-0.0898, 0.7126],
      [-1.7036, 0.7961],
      [1.7036, -0.7961],
      [1.6071, 0.5687],
      [-1.6071, -0.5687],
    ],
  });
}
