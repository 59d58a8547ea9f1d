import type { StepFunction } from './optimizer.ts';

/** RMSProp: v ← ρ·v + (1 − ρ)·g²; w ← w − η·g / (sqrt(v) + ε). */
export const rmspropStep: StepFunction = (s, g, p) => {
  const { w, v } = s;
  const rho = p.rho;
  for (let i = 0; i < w.length; i++) {
    const gi = g[i]!;
    v[i] = rho * v[i]! + (1 - rho) * gi * gi;
    w[i]! -= (p.learningRate * gi) / (Math.sqrt(v[i]!) + p.epsilon);
  }
  s.t++;
};
