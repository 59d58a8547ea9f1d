import { analyticSurface } from './analytic.ts';
import type { Surface } from './surface.ts';

const CENTER = [1, 0.5] as const;
const S2 = 0.4 * 0.4;
const K = 0.01;

/**
 * A plateau with a cliff: L = 1 + k r² − exp(−r²/(2s²)), r = |w − c|, k = 0.01, s = 0.4.
 * Far from c the gradient almost vanishes (a plateau); near it the loss drops steeply.
 */
export function plateauCliffSurface(): Surface {
  return analyticSurface({
    id: 'plateau-cliff',
    name: { en: 'Plateau with a cliff', 'zh-TW': '高原與懸崖' },
    description: {
      en: 'A wide, nearly flat plateau around a steep, narrow hole. On the plateau the gradient is tiny and progress crawls; at the cliff it is large and the same learning rate overshoots.',
      'zh-TW':
        '寬廣、幾乎平坦的高原，中間是陡峭狹窄的坑。在高原上梯度很小，前進得很慢；到了懸崖，梯度很大，同樣的學習率就會過衝。',
    },
    domain: { w1: [-3, 3], w2: [-3, 3] },
    start: [-2.5, -2],
    value(x, y) {
      const r2 = (x - CENTER[0]) ** 2 + (y - CENTER[1]) ** 2;
      return 1 + K * r2 - Math.exp(-r2 / (2 * S2));
    },
    gradient(x, y, out) {
      const d1 = x - CENTER[0];
      const d2 = y - CENTER[1];
      const e = Math.exp(-(d1 * d1 + d2 * d2) / (2 * S2));
      out[0] = 2 * K * d1 + (d1 / S2) * e;
      out[1] = 2 * K * d2 + (d2 / S2) * e;
      return out;
    },
    hessian(x, y) {
      const d1 = x - CENTER[0];
      const d2 = y - CENTER[1];
      const e = Math.exp(-(d1 * d1 + d2 * d2) / (2 * S2));
      return {
        a: 2 * K + e * (1 / S2 - (d1 * d1) / (S2 * S2)),
        b: -e * ((d1 * d2) / (S2 * S2)),
        c: 2 * K + e * (1 / S2 - (d2 * d2) / (S2 * S2)),
      };
    },
    minimaGuesses: [CENTER],
  });
}
