import { minimumLoss, type Point2, type Surface } from '../surfaces/surface.ts';

/** How far beyond its domain a start point may lie, in domain widths. */
const START_RANGE = 1000;
/** A loss this many times the surface's own scale counts as exploded. */
const EXPLOSION = 1e8;

/**
 * The start point made safe: non-finite coordinates fall back to the surface's start, and each
 * coordinate is clamped to the domain widened by 1000 widths on each side.
 */
export function clampStart(surface: Surface, start: Point2): [number, number] {
  const clamp = (x: number, range: readonly [number, number], fallback: number) => {
    if (!Number.isFinite(x)) return fallback;
    const width = range[1] - range[0];
    return Math.min(range[1] + START_RANGE * width, Math.max(range[0] - START_RANGE * width, x));
  };
  return [
    clamp(start[0], surface.domain.w1, surface.start[0]),
    clamp(start[1], surface.domain.w2, surface.start[1]),
  ];
}

/**
 * The loss gap (above the minimum) past which a run has exploded: 1e8 × the larger of the gap at
 * the start and the gap at the domain's corners.
 */
export function explosionThreshold(surface: Surface, w1: number, w2: number): number {
  const min = minimumLoss(surface);
  const { w1: r1, w2: r2 } = surface.domain;
  let scale = surface.value(w1, w2) - min;
  for (const x of r1) for (const y of r2) scale = Math.max(scale, surface.value(x, y) - min);
  return EXPLOSION * (Number.isFinite(scale) && scale > 0 ? scale : 1);
}
