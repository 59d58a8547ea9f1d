import { useMemo } from 'react';
import { indexOfStep, minimumLoss, stepOf, type Runner } from '../../src/index.ts';
import { UChart, type ChartFeed } from './UChart.tsx';
import type { ChartData, ChartSpec } from './chart-spec.ts';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import type { Driver } from '../lab/engine/driver.ts';
import { useDriver } from '../lab/react/driver-context.tsx';
import { PANE_DASHES, runColor } from '../ui/run-colors.ts';
import { usePanes } from '../lab/react/use-panes.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { PANE_NAMES } from '../ui/pane-names.ts';
import './charts.css';

/** Most points drawn per curve; longer runs are strided. */
const MAX_POINTS = 1200;
/** Gaps below this are drawn at it (a log axis has no zero). */
const FLOOR = 1e-16;

/**
 * Rows of L − L* against the step for every run of every pane (L* the lowest known loss of the
 * run's surface), on one step axis strided to MAX_POINTS; null past a run's end.
 */
export function lossRows(driver: Driver): ChartData | null {
  const runners = driver.panes.flatMap((p) => p.runners);
  // Steps, not points: a long run's history keeps older steps thinned (indexOfStep finds them).
  const lastStep = (r: Runner) => stepOf(r.history, r.history.length - 1);
  const steps = Math.max(0, ...runners.map(lastStep));
  if (steps < 1) return null;
  const stride = Math.max(1, Math.ceil(steps / MAX_POINTS));
  const xs: number[] = [];
  for (let i = 0; i < steps; i += stride) xs.push(i);
  xs.push(steps);
  return [
    xs,
    ...runners.map((r) => {
      const lmin = minimumLoss(r.config.surface);
      const last = lastStep(r);
      const losses = r.history.losses;
      // A run that ended early holds its last value up to where it stopped, then nothing.
      return xs.map((step) =>
        step <= last ? Math.max(FLOOR, losses[indexOfStep(r.history, step)]! - lmin) : null,
      );
    }),
  ];
}

/** The live loss curves: L − L* on a log axis with a hover read-out of step and loss. */
export function LossChart() {
  const t = useT();
  const driver = useDriver();
  const panes = usePanes();
  const presenter = useLab((s) => s.page.presenter);
  const theme = useLab((s) => s.theme);
  const names = panes.flatMap((p) =>
    p.runners.map((_, k) =>
      panes.length > 1
        ? `${t(PANE_NAMES[p.id])} · ${t('runName', { n: k + 1 })}`
        : t('runName', { n: k + 1 }),
    ),
  );
  const key = names.join('|');
  const spec = useMemo<ChartSpec>(
    () => ({
      x: { label: t('chartStep'), integer: true },
      y: { label: 'L − L*', log: true },
      lineWidth: presenter ? 4 : 2,
      empty: t('chartEmpty'),
      series: panes.flatMap((p) =>
        p.runners.map((_, k) => ({
          label: '',
          color: runColor(theme, k),
          dash: PANE_DASHES[p.id],
        })),
      ),
    }),
    // The series follow the runs of each pane (their names say which).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, presenter, theme, key],
  );
  const feed = useMemo<ChartFeed>(
    () => ({ data: () => lossRows(driver), subscribe: (changed) => driver.subscribe(changed) }),
    [driver],
  );
  const readout = (idx: number) => {
    const rows = lossRows(driver);
    if (!rows) return '';
    const values = rows
      .slice(1)
      .map((ys, k) => (ys[idx] === null ? null : `${names[k]}: ${formatNumber(ys[idx]!, 3)}`))
      .filter((v) => v !== null);
    return `${t('chartHoverStep', { step: rows[0][idx]! })} · L − L* · ${values.join(' · ')}`;
  };
  return (
    <figure className="chart card">
      <figcaption>
        {t('chartTitle')} <span className="muted">· {t('chartAxis')}</span>
      </figcaption>
      <UChart
        spec={spec}
        feed={feed}
        readout={readout}
        className="loss-chart"
        label={`${t('chartTitle')}: ${t('chartAxis')}`}
        testId="loss-chart"
      />
    </figure>
  );
}
