import { useMemo, useState } from 'react';
import { OPTIMIZERS, stepFactors, type Curvature, type Runner } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useDriver } from '../lab/react/driver-context.tsx';
import { usePanes } from '../lab/react/use-panes.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import type { ChartSpec } from './chart-spec.ts';
import { UChart, type ChartFeed } from './UChart.tsx';
import { DIRECTION_COLORS, eigenRows, FLIP_COLOR } from './eigen-rows.ts';
import { Field } from '../ui/Field.tsx';
import './charts.css';

/** What a per-step factor 1 − ηλ does to the error along its direction. */
function factorMeaning(f: number): MessageKey {
  if (Math.abs(f) > 1) return 'factorDiverges';
  if (f < 0) return 'factorZigzag';
  if (f >= 1) return 'factorStuck';
  return f > 0.9 ? 'factorCrawl' : 'factorFast';
}

/** A factor 1 − ηλ_max below −ZIGZAG is a visible overshoot (0.5× the limit rounds to just under 0). */
const ZIGZAG = 0.1;

/**
 * The run the chart explains when the user has not picked one: the first whose rate zig-zags
 * across the steep direction (−1 < 1 − ηλ_max < −0.1) under plain gradient steps, else the first run.
 */
export function zigzagRun(runners: readonly Runner[], c: Curvature): number {
  const k = runners.findIndex((r) => {
    const f = stepFactors(c, r.params.learningRate)[0];
    return OPTIMIZERS[r.config.optimizer].params.length === 1 && f < -ZIGZAG && f > -1;
  });
  return Math.max(0, k);
}

/** "Why it overshoots": one run's error along each Hessian eigen-direction, with its factor 1 − ηλ. */
export function EigenPanel() {
  const t = useT();
  const driver = useDriver();
  const pane = usePanes()[0]!;
  useLab((s) => s.summary.step); // refresh the factors' text with the run
  const quadratic = pane.problem.surface.quadratic;
  // The run picked by the user (null: the one that zig-zags); kept while it exists.
  const [picked, setPicked] = useState<number | null>(null);
  const runIndex =
    picked !== null && picked < pane.runners.length
      ? picked
      : zigzagRun(pane.runners, pane.problem.curvature);
  const rows = () => {
    const p = driver.panes[0]!;
    const runner = p.runners[runIndex] ?? p.runners[0]!;
    return eigenRows(runner, p.problem.curvature, p.problem.surface.minima[0]!.w);
  };
  const feed = useMemo<ChartFeed>(
    () => ({ data: rows, subscribe: (changed) => driver.subscribe(changed) }),
    // rows reads the driver's current pane and the chosen run
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [driver, runIndex],
  );
  const spec = useMemo<ChartSpec>(
    () => ({
      x: { label: t('chartStep'), integer: true },
      y: { label: '|e|', log: true },
      series: [
        { label: '', color: DIRECTION_COLORS[0] },
        { label: '', color: DIRECTION_COLORS[1] },
        { label: '', color: FLIP_COLOR, dots: true, dotSize: 2.5 },
        { label: '', color: FLIP_COLOR, dots: true, dotSize: 2.5 },
      ],
    }),
    [t],
  );
  const readout = (idx: number) => {
    const r = rows();
    return t('eigenHover', {
      step: r[0][idx]!,
      steep: formatNumber(r[1]![idx]!, 3),
      flat: formatNumber(r[2]![idx]!, 3),
    });
  };
  const c = pane.problem.curvature;
  const rate = pane.runners[runIndex]!.params.learningRate;
  const factors = stepFactors(c, rate);
  return (
    <section className="card" aria-labelledby="eigen-heading" data-testid="eigen-panel">
      <h2 id="eigen-heading">{t('sectionEigen')}</h2>
      {quadratic ? (
        <>
          <p className="hint">{t('eigenIntro')}</p>
          {pane.runners.length > 1 ? (
            <Field label={t('eigenRunPick')}>
              {(id) => (
                <select
                  id={id}
                  data-testid="eigen-run"
                  value={runIndex}
                  onChange={(ev) => setPicked(Number(ev.target.value))}
                >
                  {pane.runners.map((r, k) => (
                    <option key={k} value={k}>
                      {t('eigenRunOption', {
                        n: k + 1,
                        rate: formatNumber(r.params.learningRate),
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          <p className="hint" data-testid="eigen-run-text">
            {t('eigenMainRun', { n: runIndex + 1, rate: formatNumber(rate) })}
          </p>
          <ul className="eigen-factors">
            {(['eigenSteep', 'eigenFlat'] as const).map((key, k) => (
              <li key={key} data-testid={`eigen-factor-${k}`}>
                <span
                  className="swatch"
                  style={{ background: DIRECTION_COLORS[k] }}
                  aria-hidden="true"
                />
                {t(key, {
                  lambda: formatNumber(c.eigenvalues[k]),
                  factor: formatNumber(factors[k], 4),
                })}
                : <strong>{t(factorMeaning(factors[k]!))}</strong>
              </li>
            ))}
          </ul>
          <UChart
            spec={spec}
            feed={feed}
            readout={readout}
            className="eigen-chart"
            label={t('eigenChart')}
            testId="eigen-chart"
          />
          <p className="hint">{t('eigenChart')}</p>
        </>
      ) : (
        <p className="hint">{t('eigenOnlyQuadratic')}</p>
      )}
    </section>
  );
}
