import type { HeightScale } from '../experiment/experiment.ts';
import { minimumLoss, type Domain, type Surface } from '../surfaces/surface.ts';
import { sampleGrid } from './sample-grid.ts';

/** Maps loss to a display height in [0, 1] (clipped), linearly or logarithmically. */
export interface HeightMap {
  kind: 'linear' | 'log';
  /** Loss drawn at height 0 (the surface's lowest) and at height 1 (the highest on its domain). */
  lo: number;
  hi: number;
  /** Display height of a loss, clipped to [0, 1]; non-finite losses map to 1. */
  toUnit(loss: number): number;
  /** The loss drawn at display height u ∈ [0, 1]. */
  fromUnit(u: number): number;
}

/** Decades the log scale spans below the top of the grid. */
const DECADES = 5;

/**
 * A height map for losses in [lo, hi]. Log: u = log10(1 + (L − lo)/δ) / log10(1 + (hi − lo)/δ) with
 * δ = (hi − lo)·10⁻⁵, so five decades above the minimum are visible. "auto" picks log when the grid's
 * 5th-percentile loss sits below 1% of its range (a narrow valley or a steep wall), linear otherwise.
 */
export function createHeightMap(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  scale: HeightScale,
): HeightMap {
  const range = hi - lo > 0 && Number.isFinite(hi - lo) ? hi - lo : 1;
  const kind =
    scale === 'auto' ? (percentileGap(values, lo, 0.05) < 0.01 * range ? 'log' : 'linear') : scale;
  if (kind === 'linear') {
    return {
      kind,
      lo,
      hi: lo + range,
      toUnit: (L) => (Number.isFinite(L) ? clamp01((L - lo) / range) : 1),
      fromUnit: (u) => lo + u * range,
    };
  }
  const delta = range * 10 ** -DECADES;
  const top = Math.log10(1 + range / delta);
  return {
    kind,
    lo,
    hi: lo + range,
    toUnit: (L) =>
      Number.isFinite(L) ? clamp01(Math.log10(1 + Math.max(0, L - lo) / delta) / top) : 1,
    fromUnit: (u) => lo + delta * (10 ** (u * top) - 1),
  };
}

/** Points per side of the sample that fixes a surface's height range (whatever the drawing's). */
export const RANGE_RESOLUTION = 65;

/**
 * The height map a surface is drawn with over `domain`: from its lowest known loss min_k L(w*_k)
 * (or the lowest sampled value, when lower or when no minimum is known) up to the highest value on
 * a fixed RANGE_RESOLUTION² sample. So the axis is the same on a phone's coarse mesh and a desktop's
 * fine one, and its floor is the true minimum rather than the nearest grid point's loss.
 */
export function surfaceHeightMap(
  surface: Surface,
  scale: HeightScale,
  domain: Domain = surface.domain,
): HeightMap {
  const sample = sampleGrid(surface, RANGE_RESOLUTION, domain);
  const known = surface.minima.length > 0 ? minimumLoss(surface) : Infinity;
  return createHeightMap(sample.values, Math.min(known, sample.min), sample.max, scale);
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** The p-quantile of values − lo, estimated from a strided sample of at most ~4,000 values. */
function percentileGap(values: ArrayLike<number>, lo: number, p: number): number {
  const stride = Math.max(1, Math.floor(values.length / 4000));
  const sample: number[] = [];
  for (let i = 0; i < values.length; i += stride) sample.push(values[i]! - lo);
  sample.sort((a, b) => a - b);
  return sample[Math.floor(p * (sample.length - 1))] ?? 0;
}
