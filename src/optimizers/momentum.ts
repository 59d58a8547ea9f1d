import type { StepFunction } from './optimizer.ts';

/**
 * Heavy-ball momentum: m ← β·m + g; w ← w − η·m.
 * On a quadratic it converges iff 0 < ηλ < 2(1 + β) for every Hessian eigenvalue λ.
 */
export const momentumStep: StepFunction = (s, g, p) => {
  const { w, m } = s;
  const eta = p.learningRate;
  const beta = p.momentum;
  for (let i = 0; i < w.length; i++) {
    m[i] = beta * m[i]! + g[i]!;
    w[i]! -= eta * m[i]!;
  }
  s.t++;
};
