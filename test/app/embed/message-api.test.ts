// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_EXPERIMENT } from '../../../src/index.ts';
import { API_MARK, parseCommand, startMessageApi } from '../../../app/embed/message-api.ts';
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

  it('set: refused fields keep their current value and are listed; the rest change', () => {
    useLab.setState({
      experiment: { ...DEFAULT_EXPERIMENT, surface: 'lecture', speed: 200, batchSize: 8 },
    });
    const driver = createDriver(useLab, 16);
    const sent: { type: string; ignored?: string[] }[] = [];
    const parent = { postMessage: (m: { type: string }) => sent.push(m) } as unknown as Window;
    const stop = startMessageApi(driver, null, parent);
    const set = (experiment: Record<string, unknown>) =>
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { source: API_MARK, type: 'set', experiment },
          source: parent,
          origin: 'https://notes.example.edu',
        }),
      );
    set({ learningRate: 0.05, surface: 'volcano', batchSize: -3, speed: -5, bogus: 1 });
    expect(useLab.getState().experiment).toMatchObject({
      learningRate: 0.05,
      surface: 'lecture',
      batchSize: 8,
      speed: 200,
    });
    expect(sent.at(-1)!.ignored!.sort()).toEqual(['batchSize', 'bogus', 'speed', 'surface']);
    stop();
    driver.dispose();
  });

  it('obeys its parent window and reports events to it', async () => {
    useLab.setState({ experiment: { ...DEFAULT_EXPERIMENT, surface: 'bowl' } });
    const driver = createDriver(useLab, 16);
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
    const driver = createDriver(useLab, 16);
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
