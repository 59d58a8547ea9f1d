import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { allRuns, logSpace, MAX_RUNS, OPTIMIZERS, type SweepPoint } from '../../src/index.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { runSweep } from '../workers/run-sweep.ts';
import { useWorkerJob } from '../workers/use-worker-job.ts';
import { drawSweepChart, type SweepLayout } from './draw-sweep-chart.ts';
import { Field } from './Field.tsx';
import { JobButton, JobProgress } from './JobStatus.tsx';
import { prepareCanvas } from './prepare-canvas.ts';
import { RateField } from './RateField.tsx';
import { useProblem } from '../sim/use-problem.ts';

const RATES = 60;
const STEPS = 2000;

/** A log-spaced sweep of learning rates in a web worker; click a dot to add that rate as a run. */
export function SweepPanel() {
  const t = useT();
  const language = useLanguage();
  const experiment = useLab((s) => s.experiment);
  const problem = useProblem();
  const setExperiment = useLab((s) => s.setExperiment);
  const [points, setPoints] = useState<SweepPoint[] | null>(null);
  const [sweptFor, setSweptFor] = useState<unknown>(null);
  const describeError = useCallback((message: string) => t('sweepError', { message }), [t]);
  const {
    progress,
    error,
    start: startJob,
    cancel,
  } = useWorkerJob<{ points: SweepPoint[] }>(describeError);
  const canvas = useRef<HTMLCanvasElement>(null);
  const layout = useRef<SweepLayout | null>(null);

  const range =
    experiment.sweepRange ??
    (problem ? ([problem.stabilityLimit * 1e-3, problem.stabilityLimit * 10] as const) : null);

  useEffect(() => {
    if (!points || !problem) return;
    const c = prepareCanvas(canvas.current);
    if (!c) return;
    const quadratic = problem.surface.quadratic;
    layout.current = drawSweepChart(c.ctx, c.width, c.height, points, {
      stabilityLimit: quadratic ? problem.curvature.stabilityLimit : null,
      bestRate: quadratic ? problem.curvature.bestLearningRate : null,
      labels: {
        limit: '2/λ_max',
        best: '2/(λ_max+λ_min)',
        loss: t('sweepLoss'),
        steps: t('sweepSteps'),
      },
      colors: {
        text: '#c4d0e0',
        axis: '#8496b0',
        grid: '#222d42',
        converged: '#69db7c',
        incomplete: '#ffd43b',
        diverged: '#ff6b6b',
        limit: '#74c0fc',
      },
    });
  }, [points, problem, t]);

  if (!problem || !range) return null;

  const start = () =>
    startJob(
      (onProgress) => runSweep(experiment, logSpace(range[0], range[1], RATES), STEPS, onProgress),
      ({ points: result }) => {
        setPoints(result);
        setSweptFor(problem);
      },
    );

  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const l = layout.current;
    if (!l || !points) return;
    const r = e.currentTarget.getBoundingClientRect();
    const logRate = l.lo + ((e.clientX - r.left - l.left) / (l.right - l.left)) * (l.hi - l.lo);
    let best = points[0]!;
    for (const p of points)
      if (
        Math.abs(Math.log10(p.learningRate) - logRate) <
        Math.abs(Math.log10(best.learningRate) - logRate)
      )
        best = p;
    const run = {
      optimizer: experiment.optimizer,
      learningRate: Number(best.learningRate.toPrecision(4)),
    };
    const extra =
      allRuns(experiment).length >= MAX_RUNS
        ? experiment.extraRuns.slice(0, -1)
        : experiment.extraRuns;
    setExperiment({ extraRuns: [...extra, run] });
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
              onCommit={(lo) => lo < range[1] && setExperiment({ sweepRange: [lo, range[1]] })}
            />
          )}
        </Field>
        <Field label={t('sweepTo')}>
          {(id) => (
            <RateField
              id={id}
              rate={range[1]}
              onCommit={(hi) => hi > range[0] && setExperiment({ sweepRange: [range[0], hi] })}
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
          <canvas
            ref={canvas}
            className="sweep-chart"
            role="img"
            aria-label={t('sweepLabel')}
            onClick={onClick}
            data-testid="sweep-chart"
          />
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
