import type { Domain, Surface } from '../surfaces/surface.ts';

/** Loss values on a regular grid over a domain, row by row (w2 outer, w1 inner). */
export interface Grid {
  /** Points per side. */
  resolution: number;
  domain: Domain;
  /** values[j·resolution + i] = L(w1_i, w2_j). */
  values: Float32Array;
  min: number;
  max: number;
}

/**
 * Samples L on a resolution × resolution grid spanning `domain` (default the surface's):
 * w1_i = lo + i·(hi − lo)/(resolution − 1), likewise w2_j. Writes into `out` when it has the right
 * length (so a redraw allocates nothing), and records the finite min and max; non-finite values
 * are stored as the max. Quadratic surfaces are evaluated by forward differences along each row
 * (exact for a quadratic up to rounding), O(1) and two additions a point.
 */
export function sampleGrid(
  surface: Surface,
  resolution: number,
  domain: Domain = surface.domain,
  out?: Float32Array,
): Grid {
  const n = Math.max(2, Math.floor(resolution));
  const values = out && out.length === n * n ? out : new Float32Array(n * n);
  const [a0, a1] = domain.w1;
  const [b0, b1] = domain.w2;
  const da = (a1 - a0) / (n - 1);
  const db = (b1 - b0) / (n - 1);
  let min = Infinity;
  let max = -Infinity;
  let bad = false;
  const H = surface.quadratic && surface.hessian ? surface.hessian(a0, b0) : null;
  const floor = H ? (surface.minima[0]?.loss ?? -Infinity) : -Infinity;
  const g = new Float64Array(2);
  for (let j = 0; j < n; j++) {
    const w2 = b0 + j * db;
    const row = j * n;
    if (H) {
      // Along a row a quadratic is a parabola in i: L(i+1) − L(i) grows by H₁₁·da² each step,
      // so forward differences give each point with two additions.
      let v = surface.value(a0, w2);
      surface.gradient(a0, w2, g);
      let d = g[0]! * da + 0.5 * H.a * da * da;
      const dd = H.a * da * da;
      for (let i = 0; i < n; i++) {
        const clamped = v > floor ? v : floor;
        values[row + i] = clamped;
        if (clamped < min) min = clamped;
        if (clamped > max) max = clamped;
        v += d;
        d += dd;
      }
      if (!Number.isFinite(v)) bad = true;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const v = surface.value(a0 + i * da, w2);
      values[row + i] = v;
      if (v < min) min = v;
      if (v > max) max = v;
      if (!Number.isFinite(v)) bad = true;
    }
  }
  if (bad) {
    min = Infinity;
    max = -Infinity;
    for (const v of values) {
      if (Number.isFinite(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (!Number.isFinite(min)) min = max = 0;
    for (let k = 0; k < values.length; k++) if (!Number.isFinite(values[k]!)) values[k] = max;
  }
  return { resolution: n, domain, values, min, max };
}
