import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT, paneSetups, regressionLossDirect } from '../../../src/index.ts';

describe('pane setups', () => {
  it('single layout and formula surfaces have one pane', () => {
    expect(paneSetups(DEFAULT_EXPERIMENT).map((p) => p.id)).toEqual(['main']);
    expect(
      paneSetups({ ...DEFAULT_EXPERIMENT, surface: 'bowl', panes: 'compare' }).map((p) => p.id),
    ).toEqual(['main']);
  });

  it('compare shows raw, standardized and batch-normalized data, each starting from the same model', () => {
    const e = {
      ...DEFAULT_EXPERIMENT,
      surface: 'penguins' as const,
      scaling: 'min-max' as const,
      panes: 'compare' as const,
      start: [20, -30] as const,
    };
    const panes = paneSetups(e);
    expect(panes.map((p) => p.id)).toEqual(['raw', 'standardized', 'batchnorm']);
    const kappas = panes.map((p) => p.problem.curvature.conditionNumber!);
    expect(kappas[0]! / kappas[1]!).toBeGreaterThan(1e4);
    // Same model ⇒ the same loss on the raw data in every pane (batch norm up to its ε).
    const raw = panes[0]!;
    const d = raw.problem.data!.data;
    const w = raw.experiment.start!;
    const loss = regressionLossDirect(d.x1, d.x2, d.y, w[0], w[1]);
    for (const p of panes)
      expect(
        p.problem.surface.value(p.experiment.start![0], p.experiment.start![1]) / loss,
      ).toBeCloseTo(1, 4);
  });
});
