// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPERIMENT,
  encodeExperiment,
  mapWeights,
  type Experiment,
} from '../../../src/index.ts';
import { decodeExperiment } from '../../../src/experiment/url-codec.ts';
import { API_MARK, startMessageApi } from '../../../app/embed/message-api.ts';
import { SurfacePanel } from '../../../app/controls/SurfacePanel.tsx';
import { PaneIndexContext } from '../../../app/lab/react/driver-context.tsx';
import { LabProvider } from '../../../app/lab/react/use-lab.tsx';
import { ScalingControl } from '../../../app/controls/ScalingControl.tsx';
import { usePaneProblem } from '../../../app/lab/react/use-landscape.tsx';
import { readLink, syncExperimentWithUrl } from '../../../app/lab/url-sync.ts';
import { LESSON_SCENES } from '../../../app/lessons/lesson-loader.ts';
import { currentLab, labFor, renderWithLab } from '../lab-for-test.tsx';

afterEach(cleanup);

const START: Experiment = { ...DEFAULT_EXPERIMENT, surface: 'lecture', start: [1, 0.01] };

/** The experiment after the surface panel's "Standardize" radio is clicked. */
function byPanel(): Experiment {
  renderWithLab(<SurfacePanel />, START);
  fireEvent.click(screen.getByRole('radio', { name: /standardi/i }));
  return currentLab().store.getState().experiment;
}

/** The experiment after an embed host posts set({ scaling: 'standardize' }). */
function byEmbed(): Experiment {
  const { lab } = renderWithLab(<></>, START);
  const parent = { postMessage: () => {} } as unknown as Window;
  const stop = startMessageApi(lab, null, parent);
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'set', experiment: { scaling: 'standardize' } },
        source: parent,
        origin: 'https://notes.example.edu',
      }),
    );
  });
  stop();
  return currentLab().store.getState().experiment;
}

/** A fresh lab that opens `url` as the page's link, as main.tsx does. */
function openPageLink(url: string) {
  window.history.replaceState(null, '', url);
  const lab = labFor();
  const link = readLink(window.location.search, LESSON_SCENES);
  const stop = syncExperimentWithUrl(lab, link, window.location, window.history, ['en']);
  return { lab, stop };
}

describe('one source of truth for a change', () => {
  it('the panel and the embed API reach the same state, and its link reopens it', () => {
    const panel = byPanel();
    const embed = byEmbed();
    expect(panel.scaling).toBe('standardize');
    // The same model: the start is mapped into the standardized features, not kept as numbers.
    expect(panel.start).not.toEqual(START.start);
    expect(embed).toEqual(panel);
    // The page's link for that state, opened fresh, gives the same experiment.
    const { lab, stop } = openPageLink(`/?${encodeExperiment(panel)}`);
    expect(lab.store.getState().experiment).toEqual(panel);
    expect(decodeExperiment(encodeExperiment(panel)).experiment).toEqual(panel);
    stop();
  });

  it('a toggle after some steps keeps the model on screen (the run’s current point), through the one way in', () => {
    const { lab, driver } = renderWithLab(<ScalingControl />, START);
    act(() => {
      for (let k = 0; k < 25; k++) driver.stepOnce();
    });
    const raw = driver.problem;
    const w = driver.panes[0]!.runners[0]!.state.w;
    const current = [w[0]!, w[1]!] as const;
    // The run has moved: mapping the start instead of the current point would be another model.
    expect(current).not.toEqual(START.start);
    fireEvent.click(screen.getByRole('radio', { name: /standardi/i }));
    const e = lab.store.getState().experiment;
    expect(e.scaling).toBe('standardize');
    expect(e.start).toEqual(mapWeights(current, raw.transform!, driver.problem.transform!));
    expect(e.start).not.toEqual(
      mapWeights(START.start!, raw.transform!, driver.problem.transform!),
    );
    // What was decided is on record: the model kept, and η re-chosen as the new surface's 1/λ_max.
    const decision = lab.store.getState().lastChange!;
    expect(decision).toMatchObject({ featuresToggled: true, startMapped: true, refused: [] });
    expect(decision.rate.decision).toBe('about-right');
    expect(decision.rate.after).toBe(decision.rate.aboutRight);
  });

  it('a link with a start outside the surface opens with the start at the nearest edge', () => {
    const { lab, stop } = openPageLink('/?surface=bowl&start=50,-1');
    const { start } = lab.store.getState().experiment;
    expect(start![0]).toBeLessThan(50);
    expect(start![1]).toBe(-1);
    stop();
  });

  it('each pane’s scene reads its own problem (the minima markers follow it)', () => {
    const { lab, driver } = renderWithLab(<></>, {
      surface: 'lecture',
      panes: 'compare',
      scaling: 'standardize',
    });
    function Minimum() {
      const [w1, w2] = usePaneProblem().surface.minima[0]!.w;
      return <span data-testid="minimum">{`${w1.toFixed(3)},${w2.toFixed(3)}`}</span>;
    }
    render(
      <LabProvider lab={lab}>
        {[0, 1, 2].map((k) => (
          <PaneIndexContext.Provider key={k} value={k}>
            <Minimum />
          </PaneIndexContext.Provider>
        ))}
      </LabProvider>,
    );
    const shown = screen.getAllByTestId('minimum').map((n) => n.textContent);
    const expected = driver.panes.map((p) =>
      p.problem.surface.minima[0]!.w.map((x) => x.toFixed(3)).join(','),
    );
    expect(shown).toEqual(expected);
    // The raw pane marks the raw least-squares point, not the standardized one (the old bug).
    expect(shown[0]).not.toBe(shown[1]);
  });
});
