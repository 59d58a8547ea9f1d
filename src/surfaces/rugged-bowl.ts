import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

const OMEGA = 3;
// Ripple sizes chosen so c·ω² stays below the bowl's curvature in each direction: still convex.
const C1 = 0.02;
const C2 = 0.2;

/**
 * Convex but rugged: L = 0.1w1² + w2² + c1(1 − cos ωw1) + c2(1 − cos ωw2). Convex (∇²L ⪰ 0 everywhere),
 * one minimum at 0, yet its curvature changes from 0.2 to 3.8 along w2: one step size cannot suit it all.
 */
export function ruggedBowlSurface(): Surface {
  return analyticSurface({
    id: 'rugged-bowl',
    name: { en: 'Convex but rugged', 'zh-TW': '凸但崎嶇' },
    description: {
      en: 'A convex bowl with ripples: it has only one minimum, yet its steepness changes from place to place and differs between w1 and w2. Even a convex error surface can be hard to train on.',
      'zh-TW':
        '帶有漣漪的凸碗：只有一個最小值，但陡峭程度隨位置改變，w1 和 w2 方向也不同。即使是凸的錯誤曲面，也可能很難訓練。',
    },
    domain: { w1: [-4, 4], w2: [-4, 4] },
    start: [-3.5, 3],
    value: (x, y) =>
      0.1 * x * x + y * y + C1 * (1 - Math.cos(OMEGA * x)) + C2 * (1 - Math.cos(OMEGA * y)),
    gradient(x, y, out) {
      out[0] = 0.2 * x + C1 * OMEGA * Math.sin(OMEGA * x);
      out[1] = 2 * y + C2 * OMEGA * Math.sin(OMEGA * y);
      return out;
    },
    hessian: (x, y) => ({
      a: 0.2 + C1 * OMEGA * OMEGA * Math.cos(OMEGA * x),
      b: 0,
      c: 2 + C2 * OMEGA * OMEGA * Math.cos(OMEGA * y),
    }),
    minimaGuesses: [[0, 0]],
  });
}
