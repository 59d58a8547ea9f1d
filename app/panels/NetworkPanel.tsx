import { useCallback, useMemo, useState } from 'react';
import {
  gridSurface,
  NETWORK_TASKS,
  taskData,
  type NetworkSetting,
  type NetworkTask,
} from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { localized, translate } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { LandscapeView } from '../scene/LandscapeView.tsx';
import { useLab } from '../store/store.ts';
import { runNetworkLab, type NetworkResult } from '../workers/run-network.ts';
import { useWorkerJob } from '../workers/use-worker-job.ts';
import { CurvesChart } from './CurvesChart.tsx';
import { Field, Select } from './Field.tsx';
import { JobButton, JobProgress } from './JobStatus.tsx';
import { RateField } from './RateField.tsx';

const COLORS = { plain: '#4dc3ff', bn: '#ff922b' };
const RESOLUTION = 41;
const TASK_NAMES = Object.fromEntries(
  NETWORK_TASKS.map((task) => [task, taskData(task, 1, 4).name]),
) as Record<NetworkTask, { en: string; 'zh-TW': string }>;

/**
 * A real small network trained live, with and without batch normalization at the same learning
 * rate (in a web worker): loss curves, the largest stable rate of each, their loss landscapes and
 * the smoothness of the loss along the gradient as training goes on.
 */
export function NetworkPanel() {
  const t = useT();
  const language = useLanguage();
  const setting = useLab((s) => s.experiment.network);
  const seed = useLab((s) => s.experiment.seed);
  const setExperiment = useLab((s) => s.setExperiment);
  const setOverlay = useLab((s) => s.setOverlay);
  const [result, setResult] = useState<NetworkResult | null>(null);
  const describeError = useCallback((message: string) => t('netError', { message }), [t]);
  const { progress, error, start, cancel } = useWorkerJob<NetworkResult>(describeError);
  const set = (patch: Partial<NetworkSetting>) =>
    setExperiment({ network: { ...setting, ...patch } });

  const train = () =>
    start(
      (onProgress) =>
        runNetworkLab(
          {
            task: setting.task,
            hidden: Array(setting.layers).fill(setting.width),
            learningRate: setting.learningRate,
            steps: setting.steps,
            batchSize: 32,
            seed,
            resolution: RESOLUTION,
          },
          onProgress,
        ),
      setResult,
    );

  const [plain, bn] = result?.curves ?? [];
  const lossCurves = useMemo(
    () =>
      result
        ? result.curves.map((c) => ({
            xs: c.recordedAt,
            ys: c.losses,
            color: c.batchNorm ? COLORS.bn : COLORS.plain,
          }))
        : [],
    [result],
  );
  const smoothCurves = useMemo(
    () =>
      result
        ? result.curves.flatMap((c) => [
            {
              xs: c.smoothness.map((s) => s.step),
              ys: c.smoothness.map((s) => s.lossRange),
              color: c.batchNorm ? COLORS.bn : COLORS.plain,
            },
            {
              xs: c.smoothness.map((s) => s.step),
              ys: c.smoothness.map((s) => s.gradientChange),
              color: c.batchNorm ? COLORS.bn : COLORS.plain,
              dash: [6, 4],
            },
          ])
        : [],
    [result],
  );
  const rate = (r: number | null | undefined) => (r == null ? t('netNone') : formatNumber(r, 3));
  return (
    <section className="card" aria-labelledby="net-heading" data-testid="network-panel">
      <h2 id="net-heading">{t('netTitle')}</h2>
      <div className="net-controls">
        <Field label={t('netTask')}>
          {(id) => (
            <Select<NetworkTask>
              id={id}
              value={setting.task}
              options={NETWORK_TASKS.map((task) => ({
                value: task,
                label: localized(TASK_NAMES[task], language),
              }))}
              onChange={(task) => set({ task })}
            />
          )}
        </Field>
        <Field label={t('netLayers', { n: setting.layers })}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={1}
              max={3}
              step={1}
              value={setting.layers}
              onChange={(e) => set({ layers: Number(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('netWidth', { n: setting.width })}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={4}
              max={32}
              step={1}
              value={setting.width}
              onChange={(e) => set({ width: Number(e.target.value) })}
            />
          )}
        </Field>
        <Field label={t('netRate')}>
          {(id) => (
            <RateField
              id={id}
              rate={setting.learningRate}
              onCommit={(learningRate) => set({ learningRate })}
            />
          )}
        </Field>
        <Field label={t('netSteps')}>
          {(id) => (
            <Select
              id={id}
              value={String(setting.steps)}
              options={['300', '600', '1500'].map((v) => ({ value: v, label: v }))}
              onChange={(v) => set({ steps: Number(v) })}
            />
          )}
        </Field>
      </div>
      <div className="buttons">
        <JobButton
          running={progress !== null}
          label={t('netTrain')}
          onStart={train}
          onCancel={cancel}
          testId="net"
        />
      </div>
      <JobProgress
        progress={progress}
        error={error}
        text={progress ? t('netProgress', progress) : ''}
        testId="net"
      />
      {result && plain && bn ? (
        <div data-testid="net-results">
          <p className="legend">
            <span className="dot" style={{ background: COLORS.plain }} /> {t('netPlain')} (
            {t('netParams', { n: plain.parameters })})
            {plain.diverged ? ` · ${t('netDiverged')}` : ''}{' '}
            <span className="dot" style={{ background: COLORS.bn }} /> {t('netBn')} (
            {t('netParams', { n: bn.parameters })}){bn.diverged ? ` · ${t('netDiverged')}` : ''}
          </p>
          <p data-testid="net-stable">
            {t('netStable', { plain: rate(plain.stableRate), bn: rate(bn.stableRate) })}
          </p>
          <figure className="net-figure">
            <figcaption>{t('netLoss')}</figcaption>
            <CurvesChart curves={lossCurves} label={t('netLoss')} testId="net-loss-chart" />
          </figure>
          <figure className="net-figure">
            <figcaption>{t('netSmoothness')}</figcaption>
            <CurvesChart
              curves={smoothCurves}
              label={t('netSmoothness')}
              testId="net-smoothness-chart"
            />
          </figure>
          <div className="landscapes">
            {result.curves.map((c) => {
              const label = c.batchNorm
                ? t('netLandscapeBn', { bn: t('netBn') })
                : t('netLandscape', { plain: t('netPlain') });
              return (
                <figure key={String(c.batchNorm)} className="net-figure">
                  <figcaption>{label}</figcaption>
                  <button
                    type="button"
                    className="small"
                    data-testid={c.batchNorm ? 'net-show-bn' : 'net-show-plain'}
                    onClick={() =>
                      setOverlay({
                        surface: gridSurface(c.landscape, result.resolution, result.range, {
                          id: 'network-slice',
                          name: { en: label, 'zh-TW': label },
                          description: { en: label, 'zh-TW': label },
                        }),
                        label: c.batchNorm
                          ? {
                              en: translate('en', 'netLandscapeBn', {
                                bn: translate('en', 'netBn'),
                              }),
                              'zh-TW': translate('zh-TW', 'netLandscapeBn', {
                                bn: translate('zh-TW', 'netBn'),
                              }),
                            }
                          : {
                              en: translate('en', 'netLandscape', {
                                plain: translate('en', 'netPlain'),
                              }),
                              'zh-TW': translate('zh-TW', 'netLandscape', {
                                plain: translate('zh-TW', 'netPlain'),
                              }),
                            },
                        axes: ['α', 'β'],
                      })
                    }
                  >
                    {t('netShowMain')}
                  </button>
                  <LandscapeView
                    values={c.landscape}
                    resolution={result.resolution}
                    range={result.range}
                    label={label}
                    testId={c.batchNorm ? 'net-landscape-bn' : 'net-landscape-plain'}
                  />
                </figure>
              );
            })}
          </div>
        </div>
      ) : null}
    </section>
  );
}
