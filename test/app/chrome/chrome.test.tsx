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
