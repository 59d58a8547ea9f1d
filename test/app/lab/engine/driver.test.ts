// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  createSurface,
  DEFAULT_EXPERIMENT,
  mapWeights,
  regressionLossDirect,
  stepOf,
} from '../../../../src/index.ts';
import type { Lab } from '../../../../app/lab/lab.ts';
import { HISTORY_LIMIT } from '../../../../app/lab/engine/pane.ts';
import { labFor } from '../../lab-for-test.tsx';

let lab: Lab;
function driverFor(patch: Partial<typeof DEFAULT_EXPERIMENT>) {
  lab = labFor(patch);
  return lab.driver;
}

describe('the simulation driver', () => {
  it('publishes each single step to the store and notifies the scene', () => {
    const driver = driverFor({ surface: 'bowl' });
    let notified = 0;
    driver.subscribe(() => notified++);
    expect(lab.store.getState().summary.status).toBe('ready');
    driver.stepOnce();
    driver.stepOnce();
    const s = lab.store.getState().summary;
    expect(s.step).toBe(2);
    expect(s.status).toBe('running');
    expect(s.loss).toBeLessThan(driver.panes[0]!.runners[0]!.history.losses[0]!);
    expect(notified).toBe(2);
  });

  it('stops a diverging run with status diverged, and reset starts over', () => {
    const driver = driverFor({ surface: 'valley', learningRate: 3 });
    for (let k = 0; k < 200 && driver.panes[0]!.runners[0]!.status === 'incomplete'; k++)
      driver.stepOnce();
    expect(lab.store.getState().summary.status).toBe('diverged');
    expect(Number.isFinite(lab.store.getState().summary.loss)).toBe(true);
    driver.reset();
    expect(lab.store.getState().summary).toMatchObject({ step: 0, status: 'ready' });
  });

  it('toggling feature scaling keeps the same model: the mapped point makes the same predictions', () => {
    const driver = driverFor({ surface: 'penguins', scaling: 'none', learningRate: 1e-7 });
    for (let k = 0; k < 5; k++) driver.stepOnce();
    const raw = driver.problem;
    const w = [
      driver.panes[0]!.runners[0]!.state.w[0]!,
      driver.panes[0]!.runners[0]!.state.w[1]!,
    ] as const;
    lab.change({ scaling: 'standardize' });
    expect(lab.store.getState().experiment.scaling).toBe('standardize');
    const z = driver.problem;
    const start = driver.panes[0]!.runners[0]!.state.w;
    expect([start[0], start[1]]).toEqual(mapWeights(w, raw.transform!, z.transform!));
    const d = raw.data!.data;
    expect(z.surface.value(start[0]!, start[1]!)).toBeCloseTo(
      regressionLossDirect(d.x1, d.x2, d.y, w[0], w[1]),
      6,
    );
    expect(z.curvature.conditionNumber!).toBeLessThan(raw.curvature.conditionNumber! / 1000);
  });

  it('with batch normalization draws each mini-batch’s surface and reports its statistics', () => {
    const driver = driverFor({ surface: 'lecture', batchNorm: true, batchSize: 8 });
    const reference = driver.panes[0]!.landscape.surface;
    driver.stepOnce();
    const v1 = driver.panes[0]!.landscape.version;
    expect(driver.panes[0]!.landscape.surface).not.toBe(reference);
    const batch = lab.store.getState().summary.batch!;
    expect(batch).toHaveLength(2);
    expect(batch[1].dataMean).toBeCloseTo(150, -1);
    driver.stepOnce();
    expect(driver.panes[0]!.landscape.version).toBe(v1 + 1);
    driver.reset();
    expect(driver.panes[0]!.landscape.surface).toBe(reference);
  });

  it('display changes (height scale, axes, camera) do not restart the run', () => {
    const driver = driverFor({ surface: 'rosenbrock' });
    driver.stepOnce();
    const runner = driver.panes[0]!.runners[0]!;
    lab.change({ heightScale: 'linear', axisView: 'fit', camera: 'top' });
    expect(driver.panes[0]!.runners[0]!).toBe(runner);
    expect(driver.panes[0]!.landscape.heightMap.kind).toBe('linear');
    lab.change({ learningRate: 1e-4 });
    expect(driver.panes[0]!.runners[0]!).not.toBe(runner);
  });

  it('clicking a start point restarts the run there, paused', () => {
    const driver = driverFor({ surface: 'himmelblau' });
    lab.setStart(-4, 4);
    expect(lab.store.getState().experiment.start).toEqual([-4, 4]);
    expect(Array.from(driver.panes[0]!.runners[0]!.state.w)).toEqual([-4, 4]);
    expect(lab.store.getState().playing).toBe(false);
  });

  it('shows another surface in place of the experiment’s, hiding the runs, until the experiment changes', () => {
    const driver = driverFor({ surface: 'bowl' });
    const other = createSurface('himmelblau');
    lab.store
      .getState()
      .setOverlay({ surface: other, label: { en: 'x', 'zh-TW': 'x' }, axes: ['α', 'β'] });
    expect(driver.overlaid).toBe(true);
    expect(driver.panes[0]!.landscape.surface).toBe(other);
    driver.reset();
    expect(driver.panes[0]!.landscape.surface).toBe(other);
    lab.change({ surface: 'valley' });
    expect(lab.store.getState().overlay).toBeNull();
    expect(driver.overlaid).toBe(false);
    expect(driver.panes[0]!.landscape.surface.id).toBe('valley');
  });

  it('a learning-rate change restarts the runs on the same surface: nothing resampled or re-allocated', () => {
    const driver = driverFor({ surface: 'lecture' });
    driver.stepOnce();
    const landscape = driver.panes[0]!.landscape;
    const { version, shapeVersion } = landscape;
    const values = landscape.grid.values;
    for (let k = 1; k <= 20; k++) {
      lab.change({ learningRate: 1e-5 * k });
      expect(driver.panes[0]!.runners[0]!.t).toBe(0);
      expect(driver.panes[0]!.runners[0]!.params.learningRate).toBe(1e-5 * k);
    }
    expect(driver.panes[0]!.landscape).toBe(landscape);
    expect(landscape.grid.values).toBe(values);
    expect([landscape.version, landscape.shapeVersion]).toEqual([version, shapeVersion]);
    // A new surface does rebuild it.
    lab.change({ scaling: 'standardize' });
    expect(driver.panes[0]!.landscape.version).toBeGreaterThan(version);
  });

  it('an optimizer or batch-size change restarts the runs on the same grid: nothing resampled or re-laid out', () => {
    const driver = driverFor({ surface: 'lecture' });
    driver.stepOnce();
    const landscape = driver.panes[0]!.landscape;
    const { version, shapeVersion } = landscape;
    const values = landscape.grid.values;
    const surface = driver.panes[0]!.problem.surface;
    for (const optimizer of ['momentum', 'adam', 'sgd', 'gd'] as const) {
      lab.change({ optimizer });
      expect(driver.panes[0]!.runners[0]!.t).toBe(0);
      expect(driver.panes[0]!.runners[0]!.config.optimizer).toBe(optimizer);
    }
    lab.change({ batchSize: 4 });
    expect(driver.panes[0]!.problem.surface).toBe(surface);
    expect(driver.panes[0]!.landscape).toBe(landscape);
    expect(landscape.grid.values).toBe(values);
    expect([landscape.version, landscape.shapeVersion]).toEqual([version, shapeVersion]);
  });

  it('bounds each run’s history: every step up to HISTORY_LIMIT, then older steps thinned', () => {
    const driver = driverFor({ surface: 'rosenbrock', learningRate: 1e-6 });
    driver.stepNow(HISTORY_LIMIT + 5000);
    const runner = driver.panes[0]!.runners[0]!;
    expect(runner.t).toBe(HISTORY_LIMIT + 5000);
    expect(runner.history.length).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(stepOf(runner.history, 0)).toBe(0);
    expect(stepOf(runner.history, runner.history.length - 1)).toBe(runner.t);
    expect(lab.store.getState().summary.step).toBe(runner.t);
  });

  it('in the compare layout each pane has its own problem and minimum', () => {
    const driver = driverFor({ surface: 'lecture', panes: 'compare', scaling: 'standardize' });
    const [raw, standardized, batchNorm] = driver.panes;
    expect(driver.panes.map((p) => p.id)).toEqual(['raw', 'standardized', 'batchnorm']);
    // Each pane's global minimum is its own surface's least-squares point.
    const own = lab.problemFor({ ...DEFAULT_EXPERIMENT, surface: 'lecture' }).surface.minima[0]!.w;
    expect(raw!.problem.surface.minima[0]!.w).toEqual(own);
    expect(standardized!.problem.surface.minima[0]!.w).not.toEqual(own);
    for (const p of [raw!, standardized!, batchNorm!]) {
      const [w1, w2] = p.problem.surface.minima[0]!.w;
      const g = p.problem.surface.gradient(w1, w2, new Float64Array(2));
      expect(Math.hypot(g[0]!, g[1]!)).toBeLessThan(
        1e-6 * (1 + p.problem.curvature.eigenvalues[0]),
      );
    }
  });
});
