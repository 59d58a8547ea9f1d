// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT, encodeExperiment, type Experiment } from '../../../src/index.ts';
import { decodeExperiment } from '../../../src/experiment/url-codec.ts';
import { API_MARK, startMessageApi } from '../../../app/embed/message-api.ts';
import { SurfacePanel } from '../../../app/panels/SurfacePanel.tsx';
import { DriverContext, PaneIndexContext } from '../../../app/sim/driver-context.ts';
import { usePaneProblem } from '../../../app/sim/use-landscape.ts';
import { useLab } from '../../../app/store/store.ts';
import { syncExperimentWithUrl } from '../../../app/store/url-sync.ts';
import { renderWithDriver } from '../panels/render.tsx';

afterEach(cleanup);

const START: Experiment = { ...DEFAULT_EXPERIMENT, surface: 'lecture', start: [1, 0.01] };

/** The experiment after the surface panel's "Standardize" radio is clicked. */
function byPanel(): Experiment {
  renderWithDriver(<SurfacePanel />, START);
  fireEvent.click(screen.getByRole('radio', { name: /standardi/i }));
  return useLab.getState().experiment;
}

/** The experiment after an embed host posts set({ scaling: 'standardize' }). */
function byEmbed(): Experiment {
  const { driver } = renderWithDriver(<></>, START);
  const parent = { postMessage: () => {} } as unknown as Window;
  const stop = startMessageApi(driver, null, parent);
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
  return useLab.getState().experiment;
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
    window.history.replaceState(null, '', `/?${encodeExperiment(panel)}`);
    const stop = syncExperimentWithUrl(window.location, window.history, ['en']);
    expect(useLab.getState().experiment).toEqual(panel);
    expect(decodeExperiment(encodeExperiment(panel)).experiment).toEqual(panel);
    stop();
  });

  it('a link with a start outside the surface opens with the start at the nearest edge', () => {
    window.history.replaceState(null, '', '/?surface=bowl&start=50,-1');
    const stop = syncExperimentWithUrl(window.location, window.history, ['en']);
    const { start } = useLab.getState().experiment;
    expect(start![0]).toBeLessThan(50);
    expect(start![1]).toBe(-1);
    stop();
  });

  it('each pane’s scene reads its own problem (the minima markers follow it)', () => {
    const { driver } = renderWithDriver(<></>, {
      surface: 'lecture',
      panes: 'compare',
      scaling: 'standardize',
    });
    function Minimum() {
      const [w1, w2] = usePaneProblem().surface.minima[0]!.w;
      return <span data-testid="minimum">{`${w1.toFixed(3)},${w2.toFixed(3)}`}</span>;
    }
    render(
      <DriverContext.Provider value={driver}>
        {[0, 1, 2].map((k) => (
          <PaneIndexContext.Provider key={k} value={k}>
            <Minimum />
          </PaneIndexContext.Provider>
        ))}
      </DriverContext.Provider>,
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
