import { useCallback, useMemo, useState } from 'react';
import {
  logSpace,
  MAX_NETWORK_LAYERS,
  NETWORK_TASKS,
  NORMALIZATIONS,
  type NetworkSetting,
  type NetworkTask,
} from '../../src/index.ts';
// Straight from their modules, not through the core's index: only this panel (loaded when the
// network lab is opened) uses them, and through the index the bundler would put them in the
// code loaded before the first frame.
import { matchingPreset, NETWORK_PRESETS } from '../../src/network/presets.ts';
import { taskData } from '../../src/network/tasks.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { runNetworkLab, type NetworkLabResult } from '../workers/run-network.ts';
import { useWorkerJob } from '../workers/use-worker-job.tsx';
import { Field, Select } from '../ui/Field.tsx';
import { JobButton, JobProgress } from '../ui/JobStatus.tsx';
import { BatchSizeTable } from './BatchSizeTable.tsx';
import { CovariateShift } from './CovariateShift.tsx';
import { NetworkSummary } from './NetworkSummary.tsx';
import { PathLandscape } from './PathLandscape.tsx';
import { SmoothnessCharts } from './SmoothnessCharts.tsx';
import { RateField } from '../ui/RateField.tsx';
import './network.css';

const TASK_NAMES = Object.fromEntries(
  NETWORK_TASKS.map((task) => [task, taskData(task, 1, 4).name]),
) as Record<NetworkTask, { en: string; 'zh-TW': string }>;
/** The stable-rate grid: 0.1 to 100, four rates per decade. */
const RATES = logSpace(0.1, 100, 13);
const BATCH_SIZES = [2, 8, 64];
/** 51 × 51 slices: every 5th point is the coarse 11 × 11 picture shown first. */
const RESOLUTION = 51;

/**
 * A real small network trained three ways at the same learning rate (no normalization, batch
 * norm, layer norm) in web workers: presets found by measurement, the networks side by side with
 * their stable rates, the smoothness measures and the input drift over training, the training
 * path on each landscape, and the batch-size effect.
 */
export function NetworkPanel() {
  const t = useT();
  const language = useLanguage();
  const setting = useLab((s) => s.experiment.network);
  const seed = useLab((s) => s.experiment.seed);
  const lab = useLabApi();
  const [result, setResult] = useState<NetworkLabResult | null>(null);
  const describeError = useCallback((message: string) => t('netError', { message }), [t]);
  const { progress, error, start, cancel } = useWorkerJob<NetworkLabResult>(describeError);
  const set = (patch: Partial<NetworkSetting>) => lab.change({ network: { ...setting, ...patch } });
  const preset = useMemo(() => matchingPreset(setting), [setting]);

  const train = () =>
    start(
      (onProgress) =>
        runNetworkLab(
          {
            task: setting.task,
            hidden: Array<number>(setting.layers).fill(setting.width),
            learningRate: setting.learningRate,
            steps: setting.steps,
            batchSize: 32,
            seed,
            resolution: RESOLUTION,
            rates: RATES,
            batchSizes: BATCH_SIZES,
          },
          onProgress,
          setResult,
        ),
      setResult,
    );

  const networks = result?.networks ?? {};
  const trained = NORMALIZATIONS.filter((n) => networks[n]);
  return (
    <section className="card" aria-labelledby="net-heading" data-testid="network-panel">
      <h2 id="net-heading">{t('netTitle')}</h2>
      <div className="net-presets" role="group" aria-label={t('netPresets')}>
        {NETWORK_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            className="small"
            aria-pressed={preset?.id === p.id}
            data-testid={`net-preset-${p.id}`}
            onClick={() => lab.change({ network: p.setting })}
          >
            {localized(p.title, language)}
          </button>
        ))}
      </div>
      <p className="net-note" data-testid="net-preset-why">
        {preset ? localized(preset.why, language) : t('netCustom')}
      </p>
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
              max={MAX_NETWORK_LAYERS}
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
              options={[...new Set(['300', '600', '1500', String(setting.steps)])].map((v) => ({
                value: v,
                label: v,
              }))}
              onChange={(v) => set({ steps: Number(v) })}
            />
          )}
        </Field>
      </div>
      <p className="net-note">{t('netLnNote')}</p>
      <div className="buttons">
        <JobButton
          running={progress !== null}
          label={t('netTrain')}
          onStart={train}
          onCancel={() => {
            // A cancelled job's partial results are not shown.
            cancel();
            setResult(null);
          }}
          testId="net"
        />
      </div>
      <JobProgress
        progress={progress}
        error={error}
        text={
          progress
            ? t('netProgress', { percent: Math.round((100 * progress.done) / progress.total) })
            : ''
        }
        testId="net"
      />
      {trained.length > 0 ? (
        <div data-testid="net-results">
          <NetworkSummary networks={networks} />
          <SmoothnessCharts networks={networks} />
          <CovariateShift networks={networks} />
          <section className="net-section" aria-labelledby="net-path-heading">
            <h3 id="net-path-heading">{t('netPathTitle')}</h3>
            <div className="landscapes">
              {trained.map((n) => (
                <PathLandscape key={n} normalization={n} network={networks[n]!} />
              ))}
            </div>
          </section>
          {networks.batch ? <BatchSizeTable bn={networks.batch} ln={networks.layer} /> : null}
        </div>
      ) : null}
    </section>
  );
}
