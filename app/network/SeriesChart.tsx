import { useMemo } from 'react';
import type { ChartData, ChartSpec, SeriesSpec } from '../charts/chart-spec.ts';
import { UChart, type ChartFeed } from '../charts/UChart.tsx';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';

/** One line of a lab chart: its values at the chart's steps. */
export interface Series extends SeriesSpec {
  ys: readonly number[];
}

/**
 * Lines against the training step (shared xs), on a log or linear y axis named `yLabel`, with a
 * hover read-out naming each line.
 */
export function SeriesChart({
  xs,
  series,
  yLabel,
  log,
  label,
  testId,
}: {
  xs: readonly number[];
  series: readonly Series[];
  yLabel: string;
  log: boolean;
  label: string;
  testId?: string;
}) {
  const t = useT();
  const rows = useMemo<ChartData>(
    () => [
      [...xs],
      ...series.map((s) => s.ys.map((y) => (Number.isFinite(y) && (!log || y > 0) ? y : null))),
    ],
    [xs, series, log],
  );
  const feed = useMemo<ChartFeed>(() => ({ data: () => (xs.length ? rows : null) }), [rows, xs]);
  const spec = useMemo<ChartSpec>(
    () => ({
      x: { label: t('chartStep') },
      y: { label: yLabel, log },
      series: series.map(({ label: l, color, dash }) => ({ label: l, color, dash })),
    }),
    [series, yLabel, log, t],
  );
  const readout = (idx: number) =>
    `${t('chartHoverStep', { step: rows[0][idx]! })} · ${series
      .map((s, k) => `${s.label} ${formatNumber(rows[k + 1]![idx], 3)}`)
      .join(' · ')}`;
  return (
    <UChart
      spec={spec}
      feed={feed}
      readout={readout}
      className="net-chart"
      label={label}
      testId={testId}
    />
  );
}
