// Viridis (van der Walt & Smith, matplotlib): perceptually uniform and readable with the common
// forms of colour blindness. 11 stops, linearly interpolated.
const VIRIDIS = [
  [0.267, 0.005, 0.329],
  [0.283, 0.141, 0.458],
  [0.254, 0.265, 0.53],
  [0.207, 0.372, 0.553],
  [0.164, 0.471, 0.558],
  [0.128, 0.567, 0.551],
  [0.135, 0.659, 0.518],
  [0.267, 0.749, 0.441],
  [0.478, 0.821, 0.318],
  [0.741, 0.873, 0.15],
  [0.993, 0.906, 0.144],
] as const;

/** The viridis colour at u ∈ [0, 1] (clipped), as linear-interpolated sRGB in [0, 1], written into `out`. */
export function viridis(
  u: number,
  out: Float32Array | number[] = [0, 0, 0],
  offset = 0,
): Float32Array | number[] {
  const x = (u < 0 ? 0 : u > 1 ? 1 : Number.isFinite(u) ? u : 1) * (VIRIDIS.length - 1);
  const k = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - k;
  const p = VIRIDIS[k]!;
  const q = VIRIDIS[k + 1]!;
  out[offset] = p[0] + (q[0] - p[0]) * f;
  out[offset + 1] = p[1] + (q[1] - p[1]) * f;
  out[offset + 2] = p[2] + (q[2] - p[2]) * f;
  return out;
}
