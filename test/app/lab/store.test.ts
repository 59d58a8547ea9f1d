// @vitest-environment jsdom
import type { Lab } from '../../../app/lab/lab.ts';
import { labFor } from '../lab-for-test.tsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../../src/index.ts';
import { selectLanguage } from '../../../app/lab/language.ts';
import { readLink, syncExperimentWithUrl } from '../../../app/lab/url-sync.ts';

let lab: Lab;
beforeEach(() => {
  lab = labFor();
});

describe('the lab', () => {
  it('merges experiment changes and keeps the rest', () => {
    lab.change({ optimizer: 'adam' });
    lab.change({ camera: 'top', speed: 90 });
    expect(lab.store.getState().experiment).toEqual({
      ...DEFAULT_EXPERIMENT,
      optimizer: 'adam',
      learningRate: null,
      camera: 'top',
      speed: 90,
    });
  });

  it('applies the core change rules to every change (a new optimizer takes its automatic rate)', () => {
    lab.change({ learningRate: 0.01 });
    lab.change({ optimizer: 'adam' });
    expect(lab.store.getState().experiment.learningRate).toBeNull();
    lab.change({ optimizer: 'momentum', learningRate: 0.02 });
    expect(lab.store.getState().experiment.learningRate).toBe(0.02);
  });

  it('keeps one notice per id, and dismisses it', () => {
    const { addNotice } = lab.store.getState();
    addNotice({ id: 'a', key: 'noticeNoWebgl', tone: 'warning' });
    addNotice({ id: 'a', key: 'noticeSceneError', tone: 'warning' });
    expect(lab.store.getState().notices).toHaveLength(1);
    expect(lab.store.getState().notices[0]!.key).toBe('noticeSceneError');
    lab.store.getState().dismissNotice('a');
    expect(lab.store.getState().notices).toEqual([]);
  });

  it('follows the browser language until the experiment picks one', () => {
    lab.store.setState({ browserLanguage: 'zh-TW' });
    expect(selectLanguage(lab.store.getState())).toBe('zh-TW');
    lab.change({ language: 'en' });
    expect(selectLanguage(lab.store.getState())).toBe('en');
  });
});

describe('URL sync', () => {
  it('opens the experiment in the URL, reports ignored values, and writes changes back', () => {
    window.history.replaceState(null, '', '/?opt=adam&lr=oops&embed=1');
    const link = readLink(window.location.search, 7);
    const stop = syncExperimentWithUrl(lab, link, window.location, window.history, ['zh-TW']);
    const s = lab.store.getState();
    expect(s.experiment.optimizer).toBe('adam');
    expect(s.browserLanguage).toBe('zh-TW');
    expect(s.notices.map((n) => n.id)).toEqual(['ignored-params']);
    expect(s.notices[0]!.vars!.list).toBe('lr “oops”');
    expect(window.location.search).toBe('?opt=adam&embed=1');
    lab.change({ camera: 'top' });
    expect(window.location.search).toBe('?opt=adam&camera=top&embed=1');
    stop();
  });
});
