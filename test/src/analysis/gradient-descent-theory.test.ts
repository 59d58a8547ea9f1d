import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curvature, simulate, stepFactors, type OptimizerId } from '../../../src/index.ts';
import { gradientDescentStepsOnQuadratic } from '../../../src/analysis/quadratic-steps.ts';
import { hessianFromEigen, quadraticSurface } from '../../../src/surfaces/quadratic.ts';
import { stepsToShrink } from '../../../src/analysis/curvature.ts';

// docs/domain.md §2: facts about gradient descent on L(w) = ½ (w − w*)ᵀ H (w − w*).
function quadratic(lambdaMax: number, lambdaMin: number, angle: number) {
  return quadraticSurface({
    id: 'q',
    name: { en: 'q', 'zh-TW': 'q' },
    description: { en: 'q', 'zh-TW': 'q' },
    hessian: hessianFromEigen(lambdaMax, lambdaMin, angle),
    center: [0.3, -0.2],
    domain: { w1: [-4, 4], w2: [-4, 4] },
    start: [-3, 2.5],
  });
}

const run = (
  s: ReturnType<typeof quadratic>,
  optimizer: OptimizerId,
  learningRate: number,
  steps: number,
  momentum = 0.9,
) =>
  simulate({
    surface: s,
    optimizer,
    params: { learningRate, momentum },
    steps,
    stopWhenConverged: false,
  });

const distance = (s: ReturnType<typeof quadratic>, r: ReturnType<typeof run>, t: number) =>
  Math.hypot(r.w1[t]! - s.minima[0]!.w[0], r.w2[t]! - s.minima[0]!.w[1]);

const spectrum = fc.record({
  lambdaMax: fc.double({ min: 0.5, max: 50, noNaN: true }),
  kappa: fc.double({ min: 1.5, max: 200, noNaN: true }),
  angle: fc.double({ min: 0, max: Math.PI, noNaN: true }),
});

describe('plain gradient descent on a quadratic', () => {
  it('converges iff η < 2/λ_max: below the limit the error shrinks, above it the run diverges', () => {
    fc.assert(
      fc.property(
        spectrum,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        ({ lambdaMax, kappa, angle }, frac) => {
          const s = quadratic(lambdaMax, lambdaMax / kappa, angle);
          const limit = curvature(s).stabilityLimit!;
          expect(limit).toBeCloseTo(2 / lambdaMax, 10);
          const below = run(s, 'gd', frac * limit, 400);
          expect(below.status).not.toBe('diverged');
          expect(distance(s, below, below.steps)).toBeLessThan(distance(s, below, 0));
          const above = run(s, 'gd', (1.05 + frac) * limit, 20000);
          expect(above.status).toBe('diverged');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('at exactly η = 2/λ_max it oscillates forever along the steep direction', () => {
    const s = quadratic(2, 2, 0); // κ = 1: only the steep direction exists, error flips sign each step
    const r = run(s, 'gd', 1, 200);
    expect(r.status).toBe('incomplete');
    expect(distance(s, r, 200)).toBeCloseTo(distance(s, r, 0), 9);
    expect(r.regime).toBe('oscillating');
  });

  it('along each eigen-direction the error is multiplied by 1 − ηλ_k per step', () => {
    fc.assert(
      fc.property(
        spectrum,
        fc.double({ min: 0.01, max: 1.9, noNaN: true }),
        ({ lambdaMax, kappa, angle }, scaled) => {
          const s = quadratic(lambdaMax, lambdaMax / kappa, angle);
          const c = curvature(s);
          const eta = scaled / lambdaMax;
          const factors = stepFactors(c, eta);
          const r = run(s, 'gd', eta, 5);
          const [m1, m2] = s.minima[0]!.w;
          for (let t = 0; t < 5; t++) {
            for (let k = 0; k < 2; k++) {
              const v = c.eigenvectors[k]!;
              const before = (r.w1[t]! - m1) * v[0] + (r.w2[t]! - m2) * v[1];
              const after = (r.w1[t + 1]! - m1) * v[0] + (r.w2[t + 1]! - m2) * v[1];
              expect(after).toBeCloseTo(factors[k]! * before, 9);
            }
          }
          // A negative factor means the error flips side each step: overshoot.
          if (factors[0] < 0) expect(Math.sign(factors[0])).toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the best constant step 2/(λ_max+λ_min) contracts by (κ−1)/(κ+1) per step, and no other step does better', () => {
    fc.assert(
      fc.property(spectrum, ({ lambdaMax, kappa, angle }) => {
        const s = quadratic(lambdaMax, lambdaMax / kappa, angle);
        const c = curvature(s);
        expect(c.conditionNumber).toBeCloseTo(kappa, 6);
        expect(c.bestLearningRate).toBeCloseTo(2 / (lambdaMax + lambdaMax / kappa), 10);
        const rate = (kappa - 1) / (kappa + 1);
        expect(c.bestRate).toBeCloseTo(rate, 10);
        const best = stepFactors(c, c.bestLearningRate!);
        expect(Math.max(Math.abs(best[0]), Math.abs(best[1]))).toBeCloseTo(rate, 9);
        for (const f of [0.8, 0.95, 1.05, 1.2]) {
          const other = stepFactors(c, f * c.bestLearningRate!);
          expect(Math.max(Math.abs(other[0]), Math.abs(other[1]))).toBeGreaterThan(rate);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('steps to shrink the error by ε grow like κ·ln(1/ε)/2', () => {
    for (const kappa of [100, 1000, 10000]) {
      const s = quadratic(2, 2 / kappa, 0.4);
      const predicted = stepsToShrink(curvature(s), 1e-6)!;
      expect(predicted / ((kappa * Math.log(1e6)) / 2)).toBeCloseTo(1, 1);
      // And simulation agrees: at the best rate the error along the flat direction has shrunk by 1e-6 by then.
      const r = run(s, 'gd', curvature(s).bestLearningRate!, predicted);
      expect(distance(s, r, predicted) / distance(s, r, 0)).toBeLessThan(1.5e-6);
    }
  });
});

describe('heavy-ball momentum on a quadratic', () => {
  it('converges iff 0 < ηλ < 2(1 + β) for every eigenvalue', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        (lambdaMax, beta, frac) => {
          const s = quadratic(lambdaMax, lambdaMax / 4, 0.7);
          const limit = (2 * (1 + beta)) / lambdaMax;
          const inside = run(s, 'momentum', frac * limit, 6000, beta);
          expect(inside.status).not.toBe('diverged');
          expect(distance(s, inside, inside.steps)).toBeLessThan(1e-3 * distance(s, inside, 0));
          const outside = run(s, 'momentum', (1.1 + frac) * limit, 20000, beta);
          expect(outside.status).toBe('diverged');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('with the best β and η its rate is (√κ − 1)/(√κ + 1), far better than plain gradient descent', () => {
    const kappa = 100;
    const lMax = 2;
    const lMin = lMax / kappa;
    const s = quadratic(lMax, lMin, 0.3);
    const beta = ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2;
    const eta = (2 / (Math.sqrt(lMax) + Math.sqrt(lMin))) ** 2;
    const r = run(s, 'momentum', eta, 80, beta);
    // Measured between steps 20 and 80, before the error reaches rounding level.
    const measured = (distance(s, r, 80) / distance(s, r, 20)) ** (1 / 60);
    const theory = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1);
    expect(measured).toBeGreaterThan(theory * 0.97);
    expect(measured).toBeLessThan(theory * 1.03);
    expect(measured).toBeLessThan((kappa - 1) / (kappa + 1));
  });
});

describe('gradientDescentStepsOnQuadratic: the length of a plain run, in closed form', () => {
  it('is the step at which the simulated run converges (to a step), at any stable rate', () => {
    fc.assert(
      fc.property(
        spectrum,
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        ({ lambdaMax, kappa, angle }, frac) => {
          const s = quadratic(lambdaMax, lambdaMax / Math.min(kappa, 60), angle);
          const eta = (frac * 2) / lambdaMax;
          const predicted = gradientDescentStepsOnQuadratic(s, s.start, eta, 1e-6)!;
          const r = simulate({
            surface: s,
            optimizer: 'gd',
            params: { learningRate: eta },
            steps: 200_000,
          });
          expect(r.status).toBe('converged');
          expect(Math.abs(r.w1.length - 1 - predicted)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('says nothing where the theory does not hold: at or past the limit, or not a quadratic', () => {
    const s = quadratic(4, 1, 0.3);
    expect(gradientDescentStepsOnQuadratic(s, s.start, 0.5, 1e-6)).toBeNull(); // η = 2/λ_max
    expect(gradientDescentStepsOnQuadratic(s, s.start, 0.6, 1e-6)).toBeNull();
    expect(
      gradientDescentStepsOnQuadratic({ ...s, quadratic: false }, s.start, 0.1, 1e-6),
    ).toBeNull();
    expect(gradientDescentStepsOnQuadratic(s, s.minima[0]!.w, 0.1, 1e-6)).toBe(0);
  });
});
