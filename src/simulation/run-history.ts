/** The points a run has visited, in growable typed arrays (index 0 = the start). */
export interface RunHistory {
  w1: Float64Array;
  w2: Float64Array;
  losses: Float64Array;
  gradientNorms: Float64Array;
  /** Points recorded; entries past it are unused capacity. */
  length: number;
}

/** An empty history with room for `capacity` points. */
export function createRunHistory(capacity: number): RunHistory {
  const n = Math.max(2, Math.floor(capacity));
  return {
    w1: new Float64Array(n),
    w2: new Float64Array(n),
    losses: new Float64Array(n),
    gradientNorms: new Float64Array(n),
    length: 0,
  };
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** Appends one point (mutates `h`), doubling the capacity when full: amortized O(1), no per-step allocation. */
export function pushPoint(
  h: RunHistory,
  w1: number,
  w2: number,
  loss: number,
  gradientNorm: number,
): void {
  if (h.length === h.w1.length) {
    const size = h.w1.length * 2;
    h.w1 = grow(h.w1, size);
    h.w2 = grow(h.w2, size);
    h.losses = grow(h.losses, size);
    h.gradientNorms = grow(h.gradientNorms, size);
  }
  const i = h.length++;
  h.w1[i] = w1;
  h.w2[i] = w2;
  h.losses[i] = loss;
  h.gradientNorms[i] = gradientNorm;
}

/** Views of the recorded points (no copy). */
export function historyViews(h: RunHistory) {
  return {
    w1: h.w1.subarray(0, h.length),
    w2: h.w2.subarray(0, h.length),
    losses: h.losses.subarray(0, h.length),
    gradientNorms: h.gradientNorms.subarray(0, h.length),
  };
}
