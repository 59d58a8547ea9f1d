// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../../src/index.ts';
import { selectLanguage, useLab } from '../../../app/lab/react/use-lab.tsx';
import { syncExperimentWithUrl } from '../../../app/lab/url-sync.ts';

const initial = useLab.getState();
beforeEach(() => useLab.setState(initial, true));

describe('the store', () => {
  it('merges experiment changes and keeps the rest', () => {
    useLab.getState().setExperiment({ optimizer: 'adam' });
    useLab.getState().setExperiment({ camera: 'top', speed: 90 });
    expect(useLab.getState().experiment).toEqual({
      ...DEFAULT_EXPERIMENT,
      optimizer: 'adam',
      learningRate: null,
      camera: 'top',
      speed: 90,
    });
  });

  it('applies the core change rules to every change (a new optimizer takes its automatic rate)', () => {
    useLab.getState().setExperiment({ learningRate: 0.01 });
    useLab.getState().setExperiment({ optimizer: 'adam' });
    expect(useLab.getState().experiment.learningRate).toBeNull();
    useLab.getState().setExperiment({ optimizer: 'momentum', learningRate: 0.02 });
    expect(useLab.getState().experiment.learningRate).toBe(0.02);
  });

  it('keeps one notice per id, and dismisses it', () => {
    const { addNotice } = useLab.getState();
    addNotice({ id: 'a', key: 'noticeNoWebgl', tone: 'warning' });
    addNotice({ id: 'a', key: 'noticeSceneError', tone: 'warning' });
    expect(useLab.getState().notices).toHaveLength(1);
    expect(useLab.getState().notices[0]!.key).toBe('noticeSceneError');
    useLab.getState().dismissNotice('a');
    expect(useLab.getState().notices).toEqual([]);
  });

  it('follows the browser language until the experiment picks one', () => {
    useLab.setState({ browserLanguage: 'zh-TW' });
    expect(selectLanguage(useLab.getState())).toBe('zh-TW');
    useLab.getState().setExperiment({ language: 'en' });
    expect(selectLanguage(useLab.getState())).toBe('en');
  });
});

describe('URL sync', () => {
  it('opens the experiment in the URL, reports ignored values, and writes changes back', () => {
    window.history.replaceState(null, '', '/?opt=adam&lr=oops&embed=1');
    const stop = syncExperimentWithUrl(window.location, window.history, ['zh-TW']);
    const s = useLab.getState();
    expect(s.experiment.optimizer).toBe('adam');
    expect(s.browserLanguage).toBe('zh-TW');
    expect(s.notices.map((n) => n.id)).toEqual(['ignored-params']);
    expect(s.notices[0]!.vars!.list).toBe('lr “oops”');
    expect(window.location.search).toBe('?opt=adam&embed=1');
    s.setExperiment({ camera: 'top' });
    expect(window.location.search).toBe('?opt=adam&camera=top&embed=1');
    stop();
  });
});
