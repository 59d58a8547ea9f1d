import { useMemo } from 'react';
import type { ChartData, ChartSpec } from '../charts/chart-spec.ts';
import { UChart, type ChartFeed } from '../charts/UChart.tsx';
import { formatNumber } from '../format.ts';
import { useT } from '../i18n/use-t.ts';

/** One line of a chart. */
export interface Curve {
  xs: readonly number[];
  ys: readonly number[];
  color: string;
  dash?: number[];
}

/** Rows of curves on the union of their xs (null where a curve has no value); y ≤ 0 at 1e-16. */
export function curveRows(curves: readonly Curve[]): ChartData {
  const xs = [...new Set(curves.flatMap((c) => c.xs))].sort((a, b) => a - b);
  return [
    xs,
    ...curves.map((c) => {
      const at = new Map(c.xs.map((x, k) => [x, Math.max(1e-16, c.ys[k]!)]));
      return xs.map((x) => at.get(x) ?? null);
    }),
  ];
}

/** A small log-scale line chart of `curves` against the step, with a hover read-out. */
export function CurvesChart({
  curves,
  label,
  testId,
}: {
  curves: readonly Curve[];
  label: string;
  testId?: string;
}) {
  const t = useT();
  const rows = useMemo(() => curveRows(curves), [curves]);
  const feed = useMemo<ChartFeed>(() => ({ data: () => (rows[0].length ? rows : null) }), [rows]);
  const spec = useMemo<ChartSpec>(
    () => ({
      x: { label: t('chartStep'), integer: true },
      y: { label: '', log: true },
      series: curves.map((c) => ({ label: '', color: c.color, dash: c.dash })),
    }),
    [curves, t],
  );
  const readout = (idx: number) =>
    `${t('chartHoverStep', { step: rows[0][idx]! })} · ${rows
      .slice(1)
      .map((ys) => (ys[idx] === null ? '–' : formatNumber(ys[idx]!, 3)))
      .join(' · ')}`;
  return (
    <UChart
      spec={spec}
      feed={feed}
      readout={readout}
      className="curves"
      label={label}
      testId={testId}
    />
  );
}
