import type { StepFunction } from './optimizer.ts';

/** Gradient descent: w ← w − η·g. Full-batch or mini-batch depends only on where g comes from. */
export const gradientDescentStep: StepFunction = (s, g, p) => {
  const { w } = s;
  const eta = p.learningRate;
  for (let i = 0; i < w.length; i++) w[i]! -= eta * g[i]!;
  s.t++;
};
