import type { StepFunction } from './optimizer.ts';

/**
 * Adam: m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²;
 * m̂ = m / (1 − β1ᵗ), v̂ = v / (1 − β2ᵗ); w ← w − η·m̂ / (sqrt(v̂) + ε).
 */
export const adamStep: StepFunction = (s, g, p) => {
  const { w, m, v } = s;
  const { beta1, beta2 } = p;
  s.t++;
  const c1 = 1 - beta1 ** s.t;
  const c2 = 1 - beta2 ** s.t;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]!;
    m[i] = beta1 * m[i]! + (1 - beta1) * gi;
    v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
    w[i]! -= (p.learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + p.epsilon);
  }
};
