import { himmelblauSurface } from './himmelblau.ts';
import { plateauCliffSurface } from './plateau-cliff.ts';
import { bowlSurface, rotatedValleySurface, valleySurface } from './quadratic-family.ts';
import { rastriginSurface } from './rastrigin.ts';
import { rosenbrockSurface } from './rosenbrock.ts';
import { ruggedBowlSurface } from './rugged-bowl.ts';
import { saddleSurface } from './saddle.ts';
import { sixHumpCamelSurface } from './six-hump-camel.ts';
import type { Surface } from './surface.ts';

/** Options of the surfaces that take any: the valleys' condition number and the rotation angle. */
export interface SurfaceOptions {
  conditionNumber?: number;
  angleDegrees?: number;
}

/** An analytic surface: how to build it, and which options it reads (the app shows their controls). */
export interface AnalyticSurfaceEntry {
  create(options: SurfaceOptions): Surface;
  /** Reads `conditionNumber` (the κ control applies to it). */
  takesConditionNumber: boolean;
}

/**
 * The analytic (formula-given) surfaces, in the order the app lists them. Adding one is one entry
 * here (its name and description live in its own file, on the Surface it builds).
 */
export const ANALYTIC_SURFACES = {
  bowl: { create: () => bowlSurface(), takesConditionNumber: false },
  valley: { create: (o) => valleySurface(o.conditionNumber), takesConditionNumber: true },
  'rotated-valley': {
    create: (o) => rotatedValleySurface(o.conditionNumber, o.angleDegrees),
    takesConditionNumber: true,
  },
  'rugged-bowl': { create: () => ruggedBowlSurface(), takesConditionNumber: false },
  rosenbrock: { create: () => rosenbrockSurface(), takesConditionNumber: false },
  himmelblau: { create: () => himmelblauSurface(), takesConditionNumber: false },
  saddle: { create: () => saddleSurface(), takesConditionNumber: false },
  'plateau-cliff': { create: () => plateauCliffSurface(), takesConditionNumber: false },
  rastrigin: { create: () => rastriginSurface(), takesConditionNumber: false },
  'six-hump-camel': { create: () => sixHumpCamelSurface(), takesConditionNumber: false },
} as const satisfies Record<string, AnalyticSurfaceEntry>;

export type AnalyticSurfaceId = keyof typeof ANALYTIC_SURFACES;
export const ANALYTIC_SURFACE_IDS = Object.keys(ANALYTIC_SURFACES) as AnalyticSurfaceId[];

/** Builds the analytic surface `id`. */
export function createSurface(id: AnalyticSurfaceId, options: SurfaceOptions = {}): Surface {
  return (ANALYTIC_SURFACES[id] as AnalyticSurfaceEntry).create(options);
}
