// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../../src/index.ts';
import {
  API_MARK,
  applyPatch,
  parseCommand,
  startMessageApi,
} from '../../../app/embed/message-api.ts';
import { createDriver } from '../../../app/sim/driver.ts';
import { useLab } from '../../../app/store/store.ts';

const initial = useLab.getState();
beforeEach(() => useLab.setState(initial, true));

describe('the embed message API', () => {
  it('accepts only well-formed commands', () => {
    expect(parseCommand({ source: API_MARK, type: 'play' })).toEqual({ type: 'play' });
    expect(parseCommand({ source: API_MARK, type: 'step', steps: 5 })).toEqual({
      type: 'step',
      steps: 5,
    });
    expect(
      parseCommand({ source: API_MARK, type: 'set', experiment: { learningRate: 0.1 } }),
    ).toEqual({ type: 'set', experiment: { learningRate: 0.1 } });
    for (const bad of [
      null,
      'play',
      42,
      { type: 'play' },
      { source: 'other', type: 'play' },
      { source: API_MARK, type: 'step', steps: 0 },
      { source: API_MARK, type: 'step', steps: 2.5 },
      { source: API_MARK, type: 'set', experiment: [1] },
      { source: API_MARK, type: 'launch' },
    ]) {
      expect(parseCommand(bad)).toBeNull();
    }
  });

  it('applies a patch by the URL codec’s rules, listing what it refused', () => {
    const { experiment, ignored } = applyPatch(DEFAULT_EXPERIMENT, {
      learningRate: 0.05,
      surface: 'volcano',
      batchSize: -3,
      scaling: 'standardize',
    });
    expect(experiment).toMatchObject({
      learningRate: 0.05,
      surface: DEFAULT_EXPERIMENT.surface,
      batchSize: DEFAULT_EXPERIMENT.batchSize,
      scaling: 'standardize',
    });
    expect(ignored.sort()).toEqual(['batchSize', 'surface']);
  });

  it('obeys its parent window and reports events to it', async () => {
    useLab.setState({ experiment: { ...DEFAULT_EXPERIMENT, surface: 'bowl' } });
    const driver = createDriver(16);
    const sent: { type: string }[] = [];
    const parent = { postMessage: (m: { type: string }) => sent.push(m) } as unknown as Window;
    const stop = startMessageApi(driver, null, parent);
    expect(sent[0]!.type).toBe('ready');
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'step', steps: 3 },
        source: parent,
        origin: 'https://notes.example.edu',
      }),
    );
    expect(useLab.getState().summary.step).toBe(3);
    // From another window: ignored.
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'step', steps: 3 },
        source: window,
        origin: 'https://evil.example',
      }),
    );
    expect(useLab.getState().summary.step).toBe(3);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'get' },
        source: parent,
        origin: 'https://notes.example.edu',
      }),
    );
    expect(sent.at(-1)).toMatchObject({ type: 'experiment', experiment: { surface: 'bowl' } });
    stop();
    driver.dispose();
  });

  it('with an origin list, ignores hosts not on it', () => {
    const driver = createDriver(16);
    const parent = { postMessage: () => {} } as unknown as Window;
    const stop = startMessageApi(driver, ['https://notes.example.edu'], parent);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'step' },
        source: parent,
        origin: 'https://other.example',
      }),
    );
    expect(useLab.getState().summary.step).toBe(0);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { source: API_MARK, type: 'step' },
        source: parent,
        origin: 'https://notes.example.edu',
      }),
    );
    expect(useLab.getState().summary.step).toBe(1);
    stop();
    driver.dispose();
  });
});
