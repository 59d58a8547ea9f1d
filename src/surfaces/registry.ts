import { himmelblauSurface } from './himmelblau.ts';
import { plateauCliffSurface } from './plateau-cliff.ts';
import { bowlSurface, rotatedValleySurface, valleySurface } from './quadratic-family.ts';
import { rastriginSurface } from './rastrigin.ts';
import { rosenbrockSurface } from './rosenbrock.ts';
import { ruggedBowlSurface } from './rugged-bowl.ts';
import { saddleSurface } from './saddle.ts';
import { sixHumpCamelSurface } from './six-hump-camel.ts';
import type { Surface } from './surface.ts';

/** The analytic (formula-given) surfaces, in the order the app lists them. */
export const ANALYTIC_SURFACE_IDS = [
  'bowl',
  'valley',
  'rotated-valley',
  'rugged-bowl',
  'rosenbrock',
  'himmelblau',
  'saddle',
  'plateau-cliff',
  'rastrigin',
  'six-hump-camel',
] as const;
export type AnalyticSurfaceId = (typeof ANALYTIC_SURFACE_IDS)[number];

/** Options of the surfaces that take any: the valleys' condition number and the rotation angle. */
export interface SurfaceOptions {
  conditionNumber?: number;
  angleDegrees?: number;
}

/** Builds the analytic surface `id`. */
export function createSurface(id: AnalyticSurfaceId, options: SurfaceOptions = {}): Surface {
  switch (id) {
    case 'bowl':
      return bowlSurface();
    case 'valley':
      return valleySurface(options.conditionNumber);
    case 'rotated-valley':
      return rotatedValleySurface(options.conditionNumber, options.angleDegrees);
    case 'rugged-bowl':
      return ruggedBowlSurface();
    case 'rosenbrock':
      return rosenbrockSurface();
    case 'himmelblau':
      return himmelblauSurface();
    case 'saddle':
      return saddleSurface();
    case 'plateau-cliff':
      return plateauCliffSurface();
    case 'rastrigin':
      return rastriginSurface();
    case 'six-hump-camel':
      return sixHumpCamelSurface();
  }
}
