// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDefaultChoice, type UserTable } from '../../../src/index.ts';
import { parseTableText } from '../../../app/data/parse-table.ts';
import { acceptTable } from '../../../app/data/user-data-actions.ts';
import { DataPanel } from '../../../app/data/DataPanel.tsx';
import { OptimizerPanel } from '../../../app/controls/OptimizerPanel.tsx';
import { SurfacePanel } from '../../../app/controls/SurfacePanel.tsx';
import { currentLab, renderWithLab } from '../lab-for-test.tsx';

afterEach(cleanup);

const read = (text: string, name = 'mine.csv') => {
  const result = parseTableText(text, name);
  act(() => acceptTable(currentLab(), result));
};

describe('the data panel', () => {
  it('shows the table read, its columns, what was noticed, and whether a link carries the data', () => {
    renderWithLab(
      <>
        <DataPanel />
        <SurfacePanel />
      </>,
    );
    read('name,a,b,y\nann,1,2,3\nbob,2,,5\ncy,3,5,4\ndee,4,1,9\n');
    expect(screen.getByText('mine.csv')).toBeTruthy();
    expect(screen.getByText('· 4 rows', { exact: false })).toBeTruthy();
    expect((screen.getByTestId('data-column-2') as HTMLSelectElement).value).toBe('y');
    expect(screen.getByTestId('data-notes').textContent).toContain('Left out 1 of 4 rows');
    expect(screen.getByTestId('data-link').textContent).toMatch(/carries these data/);
    expect((screen.getByRole('combobox', { name: 'Surface' }) as HTMLSelectElement).value).toBe(
      'user',
    );
    expect(screen.getByRole('option', { name: 'Your data: mine.csv' })).toBeTruthy();
  });

  it('hostile file and column names are shown sanitized and short in every label and note', () => {
    renderWithLab(
      <>
        <DataPanel />
        <SurfacePanel />
      </>,
    );
    const evil = (k: number) => `\u202E${'w'.repeat(5000)}\u200B${k}`;
    read(
      `${evil(1)},${evil(1)},\u0007${evil(2)},y\n1,2,5,3\n2,1,x,5\n3,5,4,4\n4,4,1,1\n`,
      `bad\u202Ename\u0000${'f'.repeat(9000)}.csv`,
    );
    const panel = document.body.textContent!;
    expect(panel).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    expect(panel).not.toMatch(/w{100}|f{100}/);
    for (const option of screen.getAllByRole('option'))
      expect(option.textContent!).not.toMatch(/[\p{Cc}\p{Cf}]|w{100}|f{100}/u);
  });

  it('picking columns that cannot be used says why and keeps the experiment', () => {
    renderWithLab(<DataPanel />);
    read('a,b,c,y\n1,2,5,3\n2,1,5,5\n3,5,5,4\n4,4,5,1\n');
    const before = currentLab().store.getState().experiment;
    fireEvent.change(screen.getByTestId('data-column-1'), { target: { value: 'c' } });
    expect(screen.getByTestId('data-issue').textContent).toMatch(/^Cannot standardize: “c” is 5/);
    expect(currentLab().store.getState().experiment).toBe(before);
    fireEvent.change(screen.getByTestId('data-column-1'), { target: { value: 'a' } });
    expect(screen.getByTestId('data-issue').textContent).toMatch(/“a” is chosen twice/);
    fireEvent.change(screen.getByTestId('data-column-0'), { target: { value: 'b' } });
    fireEvent.change(screen.getByTestId('data-column-1'), { target: { value: 'a' } });
    expect(screen.queryByTestId('data-issue')).toBeNull();
    expect(currentLab().store.getState().experiment.userData!.columns).toEqual(['b', 'a', 'y']);
  });

  it('perfectly collinear features: κ = ∞ with the reason, beside the note', () => {
    renderWithLab(
      <>
        <DataPanel />
        <OptimizerPanel />
      </>,
    );
    read('a,b,y\n1,3,2\n2,5,1\n3,7,4\n4,9,3\n');
    expect(screen.getByTestId('condition-number').textContent).toBe('∞');
    expect(screen.getByTestId('kappa-infinite').textContent).toMatch(/the Hessian is singular/);
    expect(screen.getByTestId('data-notes').textContent).toMatch(/perfectly collinear/);
  });

  it('whitening is offered with ρ and the standardized κ; it gives κ = 1', () => {
    renderWithLab(
      <>
        <SurfacePanel />
        <OptimizerPanel />
      </>,
      { surface: 'penguins', scaling: 'standardize' },
    );
    expect(screen.getByTestId('whitening-hint').textContent).toBe(
      'Here ρ = -0.47: standardized κ = 2.787, whitened κ = 1. Standardizing fixes the scales, not the correlation; whitening fixes both.',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Whiten (decorrelate)' }));
    expect(currentLab().store.getState().experiment.scaling).toBe('whiten');
    expect(screen.getByTestId('condition-number').textContent).toBe('1');
  });

  it('the default columns of a table', () => {
    const result = parseTableText('x,y\n1,2\n', 't.csv');
    expect(result.ok).toBe(false);
    const ok = parseTableText('p,q,r\n1,2,3\n2,2,4\n3,1,1\n', 't.csv');
    if (!ok.ok) throw new Error('refused');
    expect(withDefaultChoice(ok.table).choice).toEqual(['p', 'q', 'r']);
  });
});

describe('a data panel that fails', () => {
  it('says so, keeps the rest of the page, and still forgets the data', async () => {
    // React reports the caught error on the console; the test expects it.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      renderWithLab(
        <>
          <DataPanel />
          <SurfacePanel />
        </>,
      );
      read('a,b,y\n1,2,3\n2,1,5\n3,5,4\n');
      const broken = { name: 'x.csv', rows: 3, columns: {} } as unknown as UserTable;
      act(() => currentLab().store.setState({ userTable: broken }));
      expect(screen.getByRole('alert').textContent).toMatch(/could not be shown/);
      expect(screen.getByRole('combobox', { name: 'Surface' })).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Forget these data' }));
      await waitFor(() => expect(screen.queryByTestId('data-panel-failed')).toBeNull());
      expect(currentLab().store.getState().userTable).toBeNull();
      expect(currentLab().store.getState().experiment.surface).not.toBe('user');
      expect(screen.queryByTestId('data-panel-failed')).toBeNull();
      expect(screen.getByTestId('data-panel')).toBeTruthy();
    } finally {
      quiet.mockRestore();
    }
  });
});
