import { hessianFromEigen, quadraticSurface } from './quadratic.ts';
import type { Surface } from './surface.ts';

/** Curvature along the steep direction of the bowl-and-valley family. */
const STEEP = 2;
const HALF_WIDTH = 4;
const domain = { w1: [-HALF_WIDTH, HALF_WIDTH], w2: [-HALF_WIDTH, HALF_WIDTH] } as const;

/** Round bowl L = (w1² + w2²): condition number 1, the easy case. */
export function bowlSurface(): Surface {
  return quadraticSurface({
    id: 'bowl',
    name: { en: 'Round bowl', 'zh-TW': '圓碗' },
    description: {
      en: 'L = w1² + w2². Equally steep in every direction (condition number 1): one learning rate suits every direction.',
      'zh-TW': 'L = w1² + w2²。各方向一樣陡（條件數 1）：一個學習率適用所有方向。',
    },
    hessian: { a: STEEP, b: 0, c: STEEP },
    center: [0, 0],
    domain,
    start: [-3, 2.5],
  });
}

/**
 * Elongated valley: a quadratic, steep along w2 (curvature 2) and flat along w1 (curvature 2/κ),
 * with condition number κ = `conditionNumber` (≥ 1).
 */
export function valleySurface(conditionNumber = 25): Surface {
  const kappa = Math.max(1, conditionNumber);
  return quadraticSurface({
    id: 'valley',
    name: { en: 'Elongated valley', 'zh-TW': '狹長山谷' },
    description: {
      en: `A quadratic that is steep along w2 and flat along w1 (condition number ${fmt(kappa)}). What features on different scales do to the error surface.`,
      'zh-TW': `w2 方向陡、w1 方向平的二次曲面（條件數 ${fmt(kappa)}）。特徵尺度不同時，錯誤曲面就會變成這樣。`,
    },
    hessian: hessianFromEigen(STEEP, STEEP / kappa, 0),
    center: [0, 0],
    domain,
    start: [-3.5, 2],
  });
}

/** The same valley turned by `angleDegrees`, so the steep and flat directions mix w1 and w2. */
export function rotatedValleySurface(conditionNumber = 25, angleDegrees = 35): Surface {
  const kappa = Math.max(1, conditionNumber);
  return quadraticSurface({
    id: 'rotated-valley',
    name: { en: 'Rotated valley', 'zh-TW': '旋轉山谷' },
    description: {
      en: `The elongated valley turned by ${fmt(angleDegrees)}°: correlated features. Scaling each weight alone cannot round it; the steep direction mixes w1 and w2.`,
      'zh-TW': `把狹長山谷旋轉 ${fmt(angleDegrees)}°：特徵彼此相關。單獨縮放各個權重無法把它變圓，陡的方向同時牽涉 w1 與 w2。`,
    },
    hessian: hessianFromEigen(STEEP, STEEP / kappa, (angleDegrees * Math.PI) / 180),
    center: [0.5, -0.5],
    domain,
    start: [-3, -3.5],
  });
}

function fmt(x: number): string {
  return Number(x.toPrecision(3)).toString();
}
