// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LearningRateControl } from '../../../app/controls/LearningRateControl.tsx';
import { OptimizerPanel } from '../../../app/controls/OptimizerPanel.tsx';
import { SurfacePanel } from '../../../app/controls/SurfacePanel.tsx';
import { RateToggleNote } from '../../../app/controls/RateToggleNote.tsx';
import { currentLab, renderWithLab } from '../lab-for-test.tsx';

afterEach(cleanup);

describe('learning-rate control', () => {
  it('shows the rate as a multiple of the stability limit and warns above it', () => {
    renderWithLab(<LearningRateControl />, { surface: 'bowl', learningRate: 1.5 });
    expect(screen.getByTestId('lr-multiple').textContent).toBe('η = 1.5 × 2/λ_max');
    expect(screen.getByText(/Above the stability limit/)).toBeTruthy();
  });

  it('refuses text that is not a positive number, keeps the rate, and says why', () => {
    renderWithLab(<LearningRateControl />, { surface: 'bowl', learningRate: 0.1 });
    const field = screen.getByLabelText('Learning rate η') as HTMLInputElement;
    for (const bad of ['-1', 'abc', '0', '1e9', '']) {
      fireEvent.change(field, { target: { value: bad } });
      fireEvent.blur(field);
      expect(screen.getByRole('alert').textContent).toContain('not a positive number');
      expect(currentLab().store.getState().experiment.learningRate).toBe(0.1);
      expect(field.value).toBe('0.1');
    }
    fireEvent.change(field, { target: { value: '0.25' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(currentLab().store.getState().experiment.learningRate).toBe(0.25);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('the log slider spans 1e-4× to 10× the stability limit', () => {
    renderWithLab(<LearningRateControl />, { surface: 'lecture' });
    const slider = screen.getByLabelText('Learning rate (log scale)') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: slider.max } });
    const limit = currentLab().problemFor(currentLab().store.getState().experiment).stabilityLimit;
    expect(currentLab().store.getState().experiment.learningRate! / limit / 10).toBeCloseTo(1, 2);
    fireEvent.change(slider, { target: { value: '0' } });
    expect(currentLab().store.getState().experiment.learningRate! / limit / 1e-4).toBeCloseTo(1, 2);
  });
});

describe('surface panel', () => {
  it('disables scaling and batch norm on formula surfaces and says why', () => {
    renderWithLab(<SurfacePanel />, { surface: 'rosenbrock' });
    expect(screen.getByRole('radio', { name: 'Standardize (z-score)' }).matches(':disabled')).toBe(
      true,
    );
    expect(
      (screen.getByRole('checkbox', { name: 'Batch normalization' }) as HTMLInputElement).disabled,
    ).toBe(true);
    expect(screen.getByText(/pick a data surface/)).toBeTruthy();
  });

  it('choosing another surface resets the start point and the learning rate to the surface’s own', () => {
    renderWithLab(<SurfacePanel />, { surface: 'bowl', learningRate: 0.7, start: [1, 1] });
    fireEvent.change(screen.getByRole('combobox', { name: 'Surface' }), {
      target: { value: 'saddle' },
    });
    expect(currentLab().store.getState().experiment).toMatchObject({
      surface: 'saddle',
      learningRate: null,
      start: null,
    });
  });

  it('credits the penguin data', () => {
    renderWithLab(<SurfacePanel />, { surface: 'penguins' });
    expect(screen.getByText(/Gorman/)).toBeTruthy();
  });
});

describe('optimizer panel', () => {
  it('shows the condition number and stability limit computed by the simulator, and the optimizer’s own settings', () => {
    const { driver } = renderWithLab(<OptimizerPanel />, {
      surface: 'valley',
      conditionNumber: 25,
      optimizer: 'momentum',
    });
    expect(screen.getByTestId('condition-number').textContent).toBe('25');
    expect(Number(screen.getByTestId('stability-limit').textContent)).toBeCloseTo(
      driver.problem.curvature.stabilityLimit!,
      3,
    );
    expect(screen.getByLabelText(/Momentum β/)).toBeTruthy();
    expect(screen.queryByLabelText(/β2/)).toBeNull();
  });
});

describe('the note after a feature toggle', () => {
  it('shows what the change decided, with digits that tell the two rates apart', () => {
    const { lab } = renderWithLab(<RateToggleNote />, { surface: 'lecture', scaling: 'whiten' });
    expect(screen.queryByTestId('rate-note')).toBeNull();
    act(() => void lab.change({ batchNorm: true }));
    const note = screen.getByTestId('rate-note');
    const { before, after } = lab.store.getState().lastChange!.rate;
    // Whitened data with and without batch norm: "about right" η 0.5 and 0.500005 (ε in √(σ²+ε)).
    expect(before).not.toBe(after);
    expect(note.dataset.decision).toBe('about-right');
    const [from, to] = note.textContent!.match(/\d+(\.\d+)?/g)!;
    expect(from).not.toBe(to);
    expect(Number(from)).toBeCloseTo(before!, 12);
    expect(Number(to)).toBeCloseTo(after!, 12);
    // Keeping the old rate instead is a change of its own, through the lab: the note goes.
    act(() => fireEvent.click(within(note).getByRole('button')));
    expect(lab.store.getState().experiment.learningRate).toBe(before);
    expect(screen.queryByTestId('rate-note')).toBeNull();
  });

  it('says the rate stayed when it did, and other changes leave the note in place', () => {
    const { lab } = renderWithLab(<RateToggleNote />, {
      surface: 'penguins',
      learningRateOnToggle: 'keep',
    });
    act(() => void lab.change({ scaling: 'standardize' }));
    const note = screen.getByTestId('rate-note');
    expect(note.dataset.kept).toBe('true');
    expect(note.textContent).toMatch(/Same learning rate/);
    act(() => void lab.change({ speed: 7 }));
    expect(screen.getByTestId('rate-note')).toBe(note);
  });
});
