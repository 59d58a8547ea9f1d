import type { HeightMap } from './height-map.ts';

/**
 * About `count` round tick values covering [lo, hi], a step of 1, 2 or 5 × 10ᵏ apart (the smallest
 * such step ≥ (hi − lo)/count). Values within rounding of 0 are 0. Returns [lo] for an empty range.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  // k·step (not a running sum) keeps 0.1 + 0.2 from drifting; rounding to the step's decimals
  // drops the last ulp (0.30000000000000004 → 0.3).
  const decimals = Math.min(100, Math.max(0, -Math.floor(Math.log10(step))));
  for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
    const v = Number((k * step).toFixed(decimals));
    ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return ticks;
}

/**
 * Round values in [lo, hi] for a log axis: the powers of ten 10ᵏ, or where fewer than `min` of those
 * fit, the values 1, 2 and 5 × 10ᵏ (lo > 0; a non-positive lo starts at hi·10⁻¹⁶).
 */
export function logTicks(lo: number, hi: number, min = 2): number[] {
  if (!(hi > 0) || !Number.isFinite(hi)) return [];
  const from = lo > 0 ? lo : hi * 1e-16;
  const inRange = (v: number) => v >= from * (1 - 1e-9) && v <= hi * (1 + 1e-9);
  const decades: number[] = [];
  for (let k = Math.floor(Math.log10(from)); k <= Math.ceil(Math.log10(hi)); k++)
    decades.push(Number((10 ** k).toPrecision(12)));
  const powers = decades.filter(inRange);
  if (powers.length >= min) return powers;
  return decades
    .flatMap((d) => [d, 2 * d, 5 * d].map((v) => Number(v.toPrecision(12))))
    .filter(inRange);
}

/**
 * Tick values for a height axis drawn with `map`: 1-2-5 steps on a linear map; powers of ten on a
 * log map (1, 2, 5 × 10ᵏ when fewer fit), thinned from the top down so that neighbours are at
 * least `minGap` apart in display height u ∈ [0, 1] (a log map with an offset crowds values near
 * its floor). All ticks lie within [map.lo, map.hi].
 */
export function heightTicks(map: HeightMap, count = 5, minGap = 0.12): number[] {
  if (map.kind === 'linear') return niceTicks(map.lo, map.hi, count);
  const candidates = (min: number) => {
    const values = logTicks(Math.max(map.lo, 0), map.hi, min);
    if (map.lo <= 0 && map.hi > 0) values.unshift(0);
    return thin(values, map, minGap);
  };
  const ticks = candidates(2);
  return ticks.length >= 3 ? ticks : candidates(Infinity);
}

/** Keeps values (ascending) whose display heights are ≥ minGap apart, preferring the higher ones. */
function thin(values: readonly number[], map: HeightMap, minGap: number): number[] {
  const kept: number[] = [];
  let last = Infinity;
  for (let k = values.length - 1; k >= 0; k--) {
    const u = map.toUnit(values[k]!);
    if (last - u >= minGap || kept.length === 0) {
      kept.unshift(values[k]!);
      last = u;
    }
  }
  return kept;
}
