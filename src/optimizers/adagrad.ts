import type { StepFunction } from './optimizer.ts';

/** AdaGrad: v ← v + g²; w ← w − η·g / (sqrt(v) + ε). Each weight gets its own shrinking step. */
export const adagradStep: StepFunction = (s, g, p) => {
  const { w, v } = s;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]!;
    v[i]! += gi * gi;
    w[i]! -= (p.learningRate * gi) / (Math.sqrt(v[i]!) + p.epsilon);
  }
  s.t++;
};
