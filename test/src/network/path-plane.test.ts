import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createRng,
  filterNormalizedDirection,
  pathPlane,
  trainAndRecord,
} from '../../../src/index.ts';
import { symmetricEigen } from '../../../src/network/symmetric-eigen.ts';
import { taskData } from '../../../src/network/tasks.ts';

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, k) => s + v * b[k]!, 0);
const unit = (a: Float64Array) => a.map((v) => v / Math.sqrt(dot(a, a)));

describe('symmetric eigen-decomposition', () => {
  it('A·v = λ·v for every pair, eigenvalues descending, vectors orthonormal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 999 }), (n, seed) => {
        const rng = createRng(seed);
        const a = new Float64Array(n * n);
        for (let i = 0; i < n; i++)
          for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rng.normal();
        const { values, vectors } = symmetricEigen(a, n);
        for (let k = 0; k < n; k++) {
          if (k > 0) expect(values[k]!).toBeLessThanOrEqual(values[k - 1]! + 1e-12);
          for (let i = 0; i < n; i++) {
            let av = 0;
            for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[k]![j]!;
            expect(av).toBeCloseTo(values[k]! * vectors[k]![i]!, 9);
          }
          for (let l = 0; l < n; l++)
            expect(dot(vectors[k]!, vectors[l]!)).toBeCloseTo(k === l ? 1 : 0, 9);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('the plane of a training path (PCA, Li et al. §7)', () => {
  it('recovers a path that lies in a plane: all its variance, exact projections, the end at the origin', () => {
    const P = 50;
    const rng = createRng(3);
    const u = Float64Array.from({ length: P }, () => rng.normal());
    const v = Float64Array.from({ length: P }, () => rng.normal());
    const base = Float64Array.from({ length: P }, () => rng.normal());
    const path = Array.from({ length: 40 }, (_, t) => {
      const a = 3 * Math.exp(-t / 10);
      const b = Math.sin(t / 4) * Math.exp(-t / 15);
      return Float64Array.from(base, (x, k) => x + a * u[k]! + b * v[k]!);
    });
    const plane = pathPlane(path);
    expect(plane.explained[0] + plane.explained[1]).toBeCloseTo(1, 9);
    expect(plane.explained[0]).toBeGreaterThan(plane.explained[1]);
    expect(dot(plane.d1, plane.d1)).toBeCloseTo(1, 12);
    expect(dot(plane.d2, plane.d2)).toBeCloseTo(1, 12);
    expect(dot(plane.d1, plane.d2)).toBeCloseTo(0, 12);
    const last = path.length - 1;
    expect(plane.alpha[last]).toBe(0);
    expect(plane.beta[last]).toBe(0);
    // The plane holds the path: θ_t = θ_T + α_t·d1 + β_t·d2 exactly.
    path.forEach((theta, t) => {
      for (let k = 0; k < P; k++)
        expect(
          path[last]![k]! + plane.alpha[t]! * plane.d1[k]! + plane.beta[t]! * plane.d2[k]!,
        ).toBeCloseTo(theta[k]!, 9);
    });
  });

  it('a straight path gets all its variance on d1 and none on d2', () => {
    const path = Array.from({ length: 10 }, (_, t) => Float64Array.from([t, 2 * t, -t, 0.5]));
    const plane = pathPlane(path);
    expect(plane.explained[0]).toBeCloseTo(1, 12);
    expect(plane.explained[1]).toBeCloseTo(0, 12);
    expect(dot(plane.d1, plane.d2)).toBeCloseTo(0, 12);
    expect(Math.abs(plane.alpha[0]!)).toBeCloseTo(Math.sqrt(81 + 4 * 81 + 81), 9);
  });

  it('a real training path: its two principal directions hold most of its variance, two random directions almost none', () => {
    const data = taskData('moons', 2);
    const net = createMlp({ hidden: [8, 8], normalization: 'batch' }, createRng(2));
    const r = trainAndRecord({
      net,
      data,
      learningRate: 0.5,
      steps: 200,
      batchSize: 32,
      seed: 2,
      probe: [0, 1, 2, 3],
      measures: 2,
    });
    const plane = pathPlane(r.path);
    expect(r.path.length).toBeGreaterThan(50);
    expect(plane.explained[0]).toBeGreaterThanOrEqual(plane.explained[1]);
    expect(plane.explained[0] + plane.explained[1]).toBeGreaterThan(0.5);
    expect(plane.explained[0] + plane.explained[1]).toBeLessThanOrEqual(1 + 1e-9);
    // The path starts away from where it ends.
    expect(Math.hypot(plane.alpha[0]!, plane.beta[0]!)).toBeGreaterThan(0);

    // Two random (filter-normalized, then orthonormalized) directions hold almost none of it.
    const rng = createRng(5);
    const r1 = unit(filterNormalizedDirection(r.net, rng));
    const r2raw = filterNormalizedDirection(r.net, rng);
    const c = dot(r2raw, r1);
    const r2 = unit(r2raw.map((v, k) => v - c * r1[k]!));
    const P = r1.length;
    const mean = new Float64Array(P);
    for (const theta of r.path) for (let k = 0; k < P; k++) mean[k]! += theta[k]! / r.path.length;
    let total = 0;
    let held = 0;
    for (const theta of r.path) {
      const x = theta.map((v, k) => v - mean[k]!);
      total += dot(x, x);
      held += dot(x, r1) ** 2 + dot(x, r2) ** 2;
    }
    expect(held / total).toBeLessThan(0.1);
    expect(plane.explained[0] + plane.explained[1]).toBeGreaterThan(5 * (held / total));
  });
});
