import { useCallback, useMemo, useState } from 'react';
import { allRuns, logSpace, MAX_RUNS, OPTIMIZERS, type SweepPoint } from '../../src/index.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { runSweep } from '../workers/run-sweep.ts';
import { useWorkerJob } from '../workers/use-worker-job.tsx';
import type { ChartData, ChartSpec } from './chart-spec.ts';
import { UChart, type ChartFeed } from './UChart.tsx';
import { formatNumber } from '../ui/format.ts';
import { Field } from '../ui/Field.tsx';
import { JobButton, JobProgress } from '../ui/JobStatus.tsx';
import { RateField } from '../ui/RateField.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import './charts.css';

const RATES = 60;
const STEPS = 2000;
const OUTCOMES = [
  { status: 'converged', color: '#69db7c', key: 'statusConverged' },
  { status: 'settled', color: '#3bc9db', key: 'sweepSettled' },
  { status: 'incomplete', color: '#ffd43b', key: 'sweepIncomplete' },
  { status: 'diverged', color: '#ff6b6b', key: 'statusDiverged' },
] as const;

/** A point's outcome: a noisy run that settled is "settled in noise", not "not converged". */
const outcomeOf = (p: SweepPoint) => (p.settledAt !== null ? 'settled' : p.status);
const LIMIT_COLOR = '#74c0fc';

/** Rows of one sweep plot: the rates, then `value` of each point under its outcome's series. */
function sweepRows(points: readonly SweepPoint[], value: (p: SweepPoint) => number): ChartData {
  return [
    points.map((p) => p.learningRate),
    ...OUTCOMES.map((o) => points.map((p) => (outcomeOf(p) === o.status ? value(p) : null))),
  ];
}

/** A log-spaced sweep of learning rates in a web worker; click a dot to add that rate as a run. */
export function SweepPanel() {
  const t = useT();
  const language = useLanguage();
  const experiment = useLab((s) => s.experiment);
  const problem = useProblem();
  const lab = useLabApi();
  const [points, setPoints] = useState<SweepPoint[] | null>(null);
  const [sweptFor, setSweptFor] = useState<unknown>(null);
  const describeError = useCallback((message: string) => t('sweepError', { message }), [t]);
  const {
    progress,
    error,
    start: startJob,
    cancel,
  } = useWorkerJob<{ points: SweepPoint[] }>(describeError);
  const range =
    experiment.sweepRange ??
    (problem ? ([problem.stabilityLimit * 1e-3, problem.stabilityLimit * 10] as const) : null);

  // Two plots on one log learning-rate axis: final L − L* and steps taken, a dot per rate coloured
  // by outcome, with 2/λ_max and 2/(λ_max+λ_min) drawn in where the surface is quadratic.
  const quadratic = problem?.surface.quadratic ?? false;
  const limit = quadratic ? problem!.curvature.stabilityLimit : null;
  const best = quadratic ? problem!.curvature.bestLearningRate : null;
  const plots = useMemo(() => {
    if (!points) return null;
    const marks = [
      ...(limit !== null
        ? [{ x: limit, label: `2/λ_max = ${formatNumber(limit, 3)}`, color: LIMIT_COLOR }]
        : []),
      ...(best !== null
        ? [{ x: best, label: `2/(λ_max+λ_min) = ${formatNumber(best, 3)}`, color: LIMIT_COLOR }]
        : []),
    ];
    const series = OUTCOMES.map((o) => ({ label: t(o.key), color: o.color, dots: true }));
    const plot = (label: string, value: (p: SweepPoint) => number, named: boolean) => {
      const data = sweepRows(points, value);
      const spec: ChartSpec = {
        x: { label: t('sweepRate'), log: true },
        y: { label, log: true },
        series,
        // The limits are named once, on the upper plot; the lower one repeats only their lines.
        marks: named ? marks : marks.map((m) => ({ ...m, label: '' })),
      };
      const feed: ChartFeed = { data: () => data };
      return { spec, feed };
    };
    return [
      plot(t('sweepLoss'), (p) => Math.max(1e-16, p.finalGap), true),
      plot(t('sweepSteps'), (p) => Math.max(1, p.steps), false),
    ];
  }, [points, limit, best, t]);

  if (!problem || !range) return null;

  const start = () =>
    startJob(
      (onProgress) => runSweep(experiment, logSpace(range[0], range[1], RATES), STEPS, onProgress),
      ({ points: result }) => {
        setPoints(result);
        setSweptFor(problem);
      },
    );

  const pick = (idx: number) => {
    const rate = points?.[idx]?.learningRate;
    if (rate === undefined) return;
    const run = { optimizer: experiment.optimizer, learningRate: Number(rate.toPrecision(4)) };
    const extra =
      allRuns(experiment).length >= MAX_RUNS
        ? experiment.extraRuns.slice(0, -1)
        : experiment.extraRuns;
    lab.change({ extraRuns: [...extra, run] });
  };
  const readout = (idx: number) => {
    const p = points?.[idx];
    if (!p) return '';
    const outcome = OUTCOMES.find((o) => o.status === outcomeOf(p)) ?? OUTCOMES[2];
    return t('sweepHover', {
      rate: formatNumber(p.learningRate, 3),
      outcome: t(outcome.key),
      gap: formatNumber(p.finalGap, 3),
      steps: p.steps,
    });
  };

  return (
    <section className="card sweep" aria-labelledby="sweep-heading" data-testid="sweep-panel">
      <h2 id="sweep-heading">{t('sectionSweep')}</h2>
      <div className="sweep-controls">
        <Field label={t('sweepFrom')}>
          {(id) => (
            <RateField
              id={id}
              rate={range[0]}
              onCommit={(lo) => lo < range[1] && lab.change({ sweepRange: [lo, range[1]] })}
            />
          )}
        </Field>
        <Field label={t('sweepTo')}>
          {(id) => (
            <RateField
              id={id}
              rate={range[1]}
              onCommit={(hi) => hi > range[0] && lab.change({ sweepRange: [range[0], hi] })}
            />
          )}
        </Field>
        <JobButton
          running={progress !== null}
          label={t('sweepRun')}
          onStart={start}
          onCancel={cancel}
          testId="sweep"
        />
      </div>
      <JobProgress
        progress={progress}
        error={error}
        text={progress ? t('sweepProgress', progress) : ''}
        testId="sweep"
      />
      <p className="hint">
        {t('sweepHint', {
          steps: STEPS,
          optimizer: localized(OPTIMIZERS[experiment.optimizer].name, language),
        })}
      </p>
      {points ? (
        <>
          {sweptFor !== problem ? <p className="warning">{t('sweepStale')}</p> : null}
          <div data-testid="sweep-chart">
            {plots?.map((plot, k) => (
              <UChart
                key={k}
                spec={plot.spec}
                feed={plot.feed}
                readout={readout}
                onPick={pick}
                className="sweep-chart"
                label={`${t('sweepLabel')} (${plot.spec.y.label})`}
              />
            ))}
          </div>
          <p className="legend">
            <span className="dot" style={{ background: '#69db7c' }} /> {t('statusConverged')}{' '}
            <span className="dot" style={{ background: '#ffd43b' }} /> {t('sweepIncomplete')}{' '}
            <span className="dot" style={{ background: '#ff6b6b' }} /> {t('statusDiverged')}
          </p>
        </>
      ) : null}
    </section>
  );
}
