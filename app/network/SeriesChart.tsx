import { useMemo } from 'react';
import type { ChartData, ChartSpec, SeriesSpec } from '../charts/chart-spec.ts';
import { UChart, type ChartFeed } from '../charts/UChart.tsx';
import { formatNumber } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';

/** One line of a lab chart: its values at the chart's steps. */
export interface Series extends SeriesSpec {
  ys: readonly number[];
}

/** One entry of a chart's legend: a line's colour (none: the text's) and dash, and its name. */
export interface LegendEntry {
  label: string;
  color?: string;
  dash?: readonly number[];
}

/** A short stretch of line, solid or dashed as drawn in the chart. */
function Swatch({ color, dash }: Omit<LegendEntry, 'label'>) {
  return (
    <svg className="net-swatch" width="22" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="21"
        y2="4"
        stroke={color ?? 'currentColor'}
        strokeWidth="2.5"
        strokeDasharray={dash?.join(' ')}
      />
    </svg>
  );
}

/** The legend under a chart: what each line (or line style) is. */
export function ChartLegend({
  entries,
  testId,
}: {
  entries: readonly LegendEntry[];
  testId?: string;
}) {
  return (
    <ul className="legend net-legend" data-testid={testId}>
      {entries.map((e) => (
        <li key={e.label}>
          <Swatch color={e.color} dash={e.dash} /> {e.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Lines against the training step (shared xs), on a log or linear y axis named `yLabel`, with a
 * hover read-out naming each line and a legend below (each line, or the entries given).
 */
export function SeriesChart({
  xs,
  series,
  yLabel,
  log,
  label,
  testId,
  legend,
}: {
  xs: readonly number[];
  series: readonly Series[];
  yLabel: string;
  log: boolean;
  label: string;
  testId?: string;
  legend?: readonly LegendEntry[];
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
    <>
      <UChart
        spec={spec}
        feed={feed}
        readout={readout}
        className="net-chart"
        label={label}
        testId={testId}
      />
      <ChartLegend
        entries={legend ?? series.map((s) => ({ label: s.label, color: s.color, dash: s.dash }))}
        testId={testId ? `${testId}-legend` : undefined}
      />
    </>
  );
}
