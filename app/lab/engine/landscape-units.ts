import type { Landscape } from './landscape.ts';

// Display heights u ∈ [0, 1] of the drawn grid, shared by the mesh and the contours and
// recomputed only when the landscape's values change (one buffer, reused).
let cache: { landscape: Landscape | null; version: number; units: Float32Array } = {
  landscape: null,
  version: -1,
  units: new Float32Array(0),
};

/** u = heightMap.toUnit(L) for every grid point of `l`, cached by landscape version. */
export function landscapeUnits(l: Landscape): Float32Array {
  if (cache.landscape === l && cache.version === l.version) return cache.units;
  const values = l.grid.values;
  const units =
    cache.units.length === values.length ? cache.units : new Float32Array(values.length);
  const { toUnit } = l.heightMap;
  for (let k = 0; k < values.length; k++) units[k] = toUnit(values[k]!);
  cache = { landscape: l, version: l.version, units };
  return units;
}
