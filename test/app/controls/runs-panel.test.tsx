// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildProblem, DEFAULT_EXPERIMENT, learningRatePresets } from '../../../src/index.ts';
import { EigenPanel } from '../../../app/charts/EigenPanel.tsx';
import { RunsPanel } from '../../../app/controls/RunsPanel.tsx';
import { currentLab, renderWithLab } from '../lab-for-test.tsx';

afterEach(cleanup);

describe('runs panel', () => {
  it('adds, duplicates and removes runs, the main one staying', () => {
    renderWithLab(<RunsPanel />, { surface: 'bowl' });
    act(() => fireEvent.click(screen.getByTestId('add-run')));
    expect(currentLab().store.getState().experiment.extraRuns).toEqual([
      { optimizer: 'gd', learningRate: null },
    ]);
    act(() =>
      fireEvent.change(screen.getByLabelText('Optimizer of run 2'), { target: { value: 'adam' } }),
    );
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Duplicate run 2' })));
    expect(
      currentLab()
        .store.getState()
        .experiment.extraRuns.map((r) => r.optimizer),
    ).toEqual(['adam', 'adam']);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Remove run 2' })));
    expect(currentLab().store.getState().experiment.extraRuns).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Remove run 1' })).toBeNull();
  });

  it('presets come from the surface’s stability limit and "all four" replaces the runs', () => {
    renderWithLab(<RunsPanel />, { surface: 'valley', conditionNumber: 10 });
    const presets = learningRatePresets(
      buildProblem({ ...DEFAULT_EXPERIMENT, surface: 'valley', conditionNumber: 10 }),
    );
    act(() => fireEvent.click(screen.getByTestId('preset-diverging')));
    expect(currentLab().store.getState().experiment.extraRuns.at(-1)!.learningRate).toBeCloseTo(
      presets.diverging,
      3,
    );
    expect(presets.diverging).toBeCloseTo(1.1, 12); // 1.1 × 2/λ_max with λ_max = 2
    act(() => fireEvent.click(screen.getByTestId('preset-all')));
    const e = currentLab().store.getState().experiment;
    expect([e.learningRate, ...e.extraRuns.map((r) => r.learningRate)]).toEqual([
      0.01, 0.5, 0.9, 1.1,
    ]);
  });

  it('stops adding at six runs and says so', () => {
    renderWithLab(<RunsPanel />, { surface: 'bowl' });
    for (let k = 0; k < 8; k++) act(() => fireEvent.click(screen.getByTestId('add-run')));
    expect(currentLab().store.getState().experiment.extraRuns).toHaveLength(5);
    expect(screen.getByText('At most six runs at once.')).toBeTruthy();
  });

  it('disables side by side on formula surfaces', () => {
    renderWithLab(<RunsPanel />, { surface: 'rosenbrock' });
    expect((screen.getByTestId('compare-toggle') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('why it overshoots', () => {
  it('names what each factor 1 − ηλ does', () => {
    renderWithLab(<EigenPanel />, {
      surface: 'valley',
      conditionNumber: 25,
      learningRate: 0.95,
    });
    expect(screen.getByTestId('eigen-factor-0').textContent).toMatch(/-0\.9.*zig-zags/);
    expect(screen.getByTestId('eigen-factor-1').textContent).toMatch(/0\.924.*crawls/);
  });

  it('above the limit the steep direction diverges', () => {
    renderWithLab(<EigenPanel />, { surface: 'valley', learningRate: 1.2 });
    expect(screen.getByTestId('eigen-factor-0').textContent).toMatch(/-1\.4.*diverges/);
  });

  it('explains that it needs a quadratic surface otherwise', () => {
    renderWithLab(<EigenPanel />, { surface: 'himmelblau' });
    expect(screen.getByText(/quadratic surfaces/)).toBeTruthy();
  });
});
