/**
 * The points a run has visited, in growable typed arrays (index 0 = the start).
 *
 * Bounded (`limit` finite): every step is kept until `limit` points are held; then older steps are
 * thinned to every `stride`-th step (the stride doubling as the run goes on), always keeping the
 * exact first point (step 0), at least the last `limit / 4` steps exactly, and the latest point.
 * So memory stays O(limit) however long the run, and `steps[i]` says which step point i is.
 */
export interface RunHistory {
  w1: Float64Array;
  w2: Float64Array;
  losses: Float64Array;
  gradientNorms: Float64Array;
  /** The step of each point once the history has been thinned; null while point i is step i. */
  steps: Float64Array | null;
  /** Points recorded; entries past it are unused capacity. */
  length: number;
  /** Most points held (Infinity: every step is kept). */
  readonly limit: number;
  /** Older points are every `stride`-th step (1: none thinned yet). */
  stride: number;
  /** Steps from this one on are all kept (0 until the history is thinned). */
  exactFrom: number;
  /** The highest loss among the points thinned away (−Infinity when none was). */
  thinnedMaxLoss: number;
}

/** An empty history with room for `capacity` points, holding at most `limit` (default: all). */
export function createRunHistory(capacity: number, limit = Infinity): RunHistory {
  const bound = Number.isFinite(limit) ? Math.max(256, Math.floor(limit)) : Infinity;
  const n = Math.max(2, Math.min(Math.floor(capacity), bound));
  return {
    w1: new Float64Array(n),
    w2: new Float64Array(n),
    losses: new Float64Array(n),
    gradientNorms: new Float64Array(n),
    steps: null,
    length: 0,
    limit: bound,
    stride: 1,
    exactFrom: 0,
    thinnedMaxLoss: -Infinity,
  };
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Thins a full bounded history in place: keeps step 0, every k-th older step and the last
 * limit/4 steps, with k the smallest power of two (above the current stride) that leaves at most
 * half the limit. Records the highest loss dropped.
 */
function thin(h: RunHistory): void {
  const steps = h.steps ?? Float64Array.from({ length: h.w1.length }, (_, i) => i);
  const last = steps[h.length - 1]!;
  const tail = Math.floor(h.limit / 4);
  const exactFrom = Math.max(h.exactFrom, last - tail + 1);
  let k = h.stride * 2;
  while (Math.ceil(exactFrom / k) + (last - exactFrom + 1) + 1 > h.limit / 2) k *= 2;
  let j = 0;
  for (let i = 0; i < h.length; i++) {
    const s = steps[i]!;
    if (s === 0 || s >= exactFrom || s % k === 0) {
      h.w1[j] = h.w1[i]!;
      h.w2[j] = h.w2[i]!;
      h.losses[j] = h.losses[i]!;
      h.gradientNorms[j] = h.gradientNorms[i]!;
      steps[j] = s;
      j++;
    } else if (h.losses[i]! > h.thinnedMaxLoss) h.thinnedMaxLoss = h.losses[i]!;
  }
  h.steps = steps;
  h.length = j;
  h.stride = k;
  h.exactFrom = exactFrom;
}

/**
 * Appends the point of step `step` (mutates `h`): amortized O(1), no per-step allocation. An
 * unbounded history doubles its capacity when full; a bounded one grows up to `limit`, then thins.
 */
export function pushPoint(
  h: RunHistory,
  w1: number,
  w2: number,
  loss: number,
  gradientNorm: number,
  step: number = h.length,
): void {
  if (h.length === h.w1.length) {
    if (h.length >= h.limit) thin(h);
    else {
      const size = Math.min(h.w1.length * 2, h.limit);
      h.w1 = grow(h.w1, size);
      h.w2 = grow(h.w2, size);
      h.losses = grow(h.losses, size);
      h.gradientNorms = grow(h.gradientNorms, size);
    }
  }
  const i = h.length++;
  h.w1[i] = w1;
  h.w2[i] = w2;
  h.losses[i] = loss;
  h.gradientNorms[i] = gradientNorm;
  if (h.steps) h.steps[i] = step;
}

/** The step of point i of `h` (i itself until the history is thinned). */
export function stepOf(h: RunHistory, i: number): number {
  return h.steps ? h.steps[i]! : i;
}

/** Views of the recorded points (no copy), with what `classifyRun` needs to know of thinning. */
export function historyViews(h: RunHistory) {
  return {
    w1: h.w1.subarray(0, h.length),
    w2: h.w2.subarray(0, h.length),
    losses: h.losses.subarray(0, h.length),
    gradientNorms: h.gradientNorms.subarray(0, h.length),
    steps: h.steps?.subarray(0, h.length),
    thinnedMaxLoss: h.thinnedMaxLoss,
  };
}

/** The last point of `h` at or before `step` (binary search once thinned; 0 for a step before 0). */
export function indexOfStep(h: RunHistory, step: number): number {
  const steps = h.steps;
  if (!steps) return Math.max(0, Math.min(h.length - 1, Math.floor(step)));
  let lo = 0;
  let hi = h.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid]! <= step) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many steps each kept point of `h` stands for around point i: 1, or the stride once thinned. */
export function keptEvery(h: RunHistory, i: number): number {
  const s = stepOf(h, i);
  return s === 0 || s >= h.exactFrom ? 1 : h.stride;
}
