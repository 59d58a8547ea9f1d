// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Header } from '../../../app/chrome/Header.tsx';
import { Notices } from '../../../app/chrome/Notices.tsx';
import { Readouts } from '../../../app/chrome/Readouts.tsx';
import { Transport } from '../../../app/chrome/Transport.tsx';
import { RunPanel } from '../../../app/controls/RunPanel.tsx';
import { INITIAL_SUMMARY } from '../../../app/lab/store/run-slice.ts';
import { currentLab, renderWithLab } from '../lab-for-test.tsx';
import { createMlp, createRng, gridSurface, trainMlp } from '../../../src/index.ts';
import { taskData } from '../../../src/network/tasks.ts';

afterEach(cleanup);

describe('readouts and run controls', () => {
  it('never show NaN or Infinity', () => {
    renderWithLab(<Readouts />);
    act(() =>
      currentLab().store.setState({
        summary: { ...INITIAL_SUMMARY, loss: NaN, w1: Infinity, gradientNorm: -Infinity },
      }),
    );
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
    expect(screen.getByTestId('readout-loss').textContent).toBe('—');
  });

  it('Step advances the run and the readouts follow; Reset goes back to step 0', () => {
    renderWithLab(
      <>
        <RunPanel />
        <Transport />
      </>,
      { surface: 'bowl' },
    );
    act(() => fireEvent.click(screen.getByTestId('step')));
    act(() => fireEvent.click(screen.getByTestId('step')));
    expect(screen.getByTestId('readout-step').textContent).toBe('2');
    act(() => fireEvent.click(screen.getByTestId('reset')));
    expect(screen.getByTestId('readout-step').textContent).toBe('0');
  });
});

describe('readouts while the main view shows a network', () => {
  it('show that network (its steps, final loss, end on the plane, status), say the lecture run is hidden, and come back with it', () => {
    renderWithLab(<Readouts />, { surface: 'bowl' });
    const lectureLoss = screen.getByTestId('readout-loss').textContent;
    const r = trainMlp({
      net: createMlp({ hidden: [8], normalization: 'none' }, createRng(1)),
      data: taskData('moons', 1),
      optimizer: 'gd',
      params: { learningRate: 0.5 },
      batchSize: 32,
      steps: 120,
      seed: 1,
    });
    const text = { en: 'the network (test)', 'zh-TW': '網路（測試）' };
    act(() =>
      currentLab()
        .store.getState()
        .setOverlay({
          surface: gridSurface(new Float32Array(9).fill(1), 3, 1, {
            id: 'slice',
            name: text,
            description: text,
          }),
          label: text,
          axes: ['α · d1', 'β · d2'],
          run: {
            name: text,
            steps: r.steps,
            loss: r.losses.at(-1)!,
            coordinates: ['α', 'β'],
            position: [0, 0],
            status: { en: 'trained', 'zh-TW': '已訓練' },
            tone: 'converged',
          },
        }),
    );
    expect(screen.getByTestId('readout-source').textContent).toBe(
      'the network (test); the lecture run is hidden',
    );
    expect(screen.getByTestId('readout-step').textContent).toBe(String(r.steps));
    expect(Number(screen.getByTestId('readout-loss').textContent)).toBeCloseTo(r.losses.at(-1)!, 4);
    expect(screen.getByTestId('readout-status').textContent).toBe('trained');
    act(() => currentLab().store.getState().setOverlay(null));
    expect(screen.queryByTestId('readout-source')).toBeNull();
    expect(screen.getByTestId('readout-loss').textContent).toBe(lectureLoss);
  });
});

describe('language and notices', () => {
  it('the language switch turns the panels into 繁體中文', () => {
    renderWithLab(
      <>
        <Header />
        <Transport />
      </>,
    );
    act(() => fireEvent.click(screen.getByTestId('language-switch')));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('錯誤曲面實驗室');
    expect(screen.getByTestId('play').textContent).toContain('播放');
    expect(currentLab().store.getState().experiment.language).toBe('zh-TW');
  });

  it('notices are translated when shown and can be dismissed', () => {
    renderWithLab(<Notices />);
    act(() =>
      currentLab()
        .store.getState()
        .addNotice({ id: 'x', key: 'noticeIgnored', vars: { list: 'lr=oops' }, tone: 'warning' }),
    );
    const notice = screen.getByTestId('notice-x');
    expect(notice.textContent).toContain('lr=oops');
    act(() => currentLab().change({ language: 'zh-TW' }));
    expect(screen.getByTestId('notice-x').textContent).toContain('已忽略');
    act(() => fireEvent.click(within(screen.getByTestId('notice-x')).getByRole('button')));
    expect(screen.queryByTestId('notice-x')).toBeNull();
  });
});
