// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveRegion } from '../../../app/chrome/LiveRegion.tsx';
import { Notices } from '../../../app/chrome/Notices.tsx';
import { SurfacePanel } from '../../../app/controls/SurfacePanel.tsx';
import { formatNumber } from '../../../app/ui/format.ts';
import { labFor, renderWithLab } from '../lab-for-test.tsx';

afterEach(cleanup);

/** Steps the lab's runs until the main one ends or `most` steps have passed. */
function stepUntilDone(lab: ReturnType<typeof labFor>, most = 200) {
  for (let k = 0; k < most && lab.store.getState().summary.status !== 'diverged'; k++)
    act(() => lab.driver.stepOnce());
}

describe('notices that know the context', () => {
  it('an unintended divergence gets advice: lower η or reset', () => {
    const { lab } = renderWithLab(
      <>
        <LiveRegion />
        <Notices />
      </>,
      { surface: 'valley', learningRate: 3 },
    );
    stepUntilDone(lab);
    const notice = screen.getByTestId('notice-diverged');
    expect(notice.className).toContain('notice-warning');
    expect(notice.textContent).toMatch(/Lower it or press Reset/);
  });

  it('"Raw vs standardized at one η" means the raw run to diverge: the notice says why, with the simulator’s η and limit', () => {
    const { lab } = renderWithLab(
      <>
        <SurfacePanel />
        <LiveRegion />
        <Notices />
      </>,
      { surface: 'lecture' },
    );
    act(() => fireEvent.click(screen.getByTestId('compare-one-rate')));
    expect(lab.store.getState().intent).toContainEqual({ pane: 'raw', run: 0, does: 'diverges' });
    stepUntilDone(lab);
    const notice = screen.getByTestId('notice-diverged');
    expect(notice.className).toContain('notice-info');
    expect(notice.textContent).not.toMatch(/Lower it/);
    const pane = lab.driver.panes[0]!;
    expect(pane.id).toBe('raw');
    expect(notice.textContent).toContain(`2/λ_max = ${formatNumber(pane.problem.stabilityLimit)}`);
    expect(notice.textContent).toContain(
      `η = ${formatNumber(pane.runners[0]!.params.learningRate)}`,
    );
    expect(pane.runners[0]!.params.learningRate).toBeGreaterThan(pane.problem.stabilityLimit);
  });

  it('the intent lasts while the runs do: a camera change keeps it, a new rate clears it', () => {
    const lab = labFor({ surface: 'lecture' });
    lab.change({ panes: 'compare' }, { intent: [{ pane: 'raw', run: 0, does: 'diverges' }] });
    lab.change({ camera: 'top', heightScale: 'linear' });
    expect(lab.store.getState().intent).toHaveLength(1);
    lab.change({ learningRate: 1e-4 });
    expect(lab.store.getState().intent).toEqual([]);
  });
});
