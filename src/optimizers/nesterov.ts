import type { StepFunction } from './optimizer.ts';

/**
 * Nesterov momentum in the form that needs the gradient only at w:
 * m ← β·m + g; w ← w − η·(g + β·m).
 */
export const nesterovStep: StepFunction = (s, g, p) => {
  const { w, m } = s;
  const eta = p.learningRate;
  const beta = p.momentum;
  for (let i = 0; i < w.length; i++) {
    m[i] = beta * m[i]! + g[i]!;
    w[i]! -= eta * (g[i]! + beta * m[i]!);
  }
  s.t++;
};
