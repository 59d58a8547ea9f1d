import type { TaskData } from './tasks.ts';

/**
 * The mean loss of the outputs out[0 … m) against their targets (data.y at indices[s], or at s when
 * null): binary cross-entropy of sigmoid(o), softplus(o) − t·o, for classification; (o − t)² for
 * regression. With `dOut`, writes ∂L/∂o of each example there: (sigmoid(o) − t)/m or 2(o − t)/m.
 */
export function outputLoss(
  out: Float64Array,
  data: TaskData,
  indices: ArrayLike<number> | null,
  m: number,
  dOut: Float64Array | null,
): number {
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const o = out[s]!;
    const t = data.y[indices ? indices[s]! : s]!;
    if (data.kind === 'classification') {
      // softplus(o) − t·o, computed stably.
      const e = Math.exp(-Math.abs(o));
      loss += Math.max(o, 0) + Math.log1p(e) - t * o;
      // sigmoid(o) from the same exponential: 1/(1+e) for o ≥ 0, e/(1+e) below.
      if (dOut) dOut[s] = ((o >= 0 ? 1 : e) / (1 + e) - t) / m;
    } else {
      loss += (o - t) ** 2;
      if (dOut) dOut[s] = (2 * (o - t)) / m;
    }
  }
  return loss / m;
}
