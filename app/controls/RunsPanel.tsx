import {
  allRuns,
  isDataSurface,
  LEARNING_RATE_PRESETS,
  learningRatePresets,
  MAX_RUNS,
  OPTIMIZER_IDS,
  OPTIMIZERS,
  runLearningRate,
  type LearningRatePreset,
  type OptimizerId,
  type RunSpec,
  LIVE_HORIZON,
  wouldCrawl,
} from '../../src/index.ts';
import { ILL_CONDITIONED } from '../ui/condition-number.ts';
import { formatNumber, grouped } from '../ui/format.ts';
import { localized, type MessageKey } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { runColor } from '../ui/run-colors.ts';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { RateField } from '../ui/RateField.tsx';
import { STATUS_KEYS } from '../ui/status-label.ts';
import { useProblem } from '../lab/react/use-problem.tsx';
import './controls.css';

const PRESET_KEYS: Record<LearningRatePreset, MessageKey> = {
  tooSmall: 'presetTooSmall',
  aboutRight: 'presetAboutRight',
  tooLarge: 'presetTooLarge',
  diverging: 'presetDiverging',
};

/**
 * Run k's status (or the step it converged at), from the throttled summary. A component of its
 * own: the summary changes several times a second while playing, the rest of the panel does not.
 */
function RunStatus({ k }: { k: number }) {
  const t = useT();
  const status = useLab((s) => s.runs[0]?.[k]?.status ?? 'ready');
  const convergedAt = useLab((s) => s.runs[0]?.[k]?.convergedAt ?? null);
  return (
    <span
      className={`run-status status-${status}`}
      data-testid={`run-${k}-status`}
      data-status={status}
    >
      {convergedAt !== null ? t('convergedAt', { n: convergedAt }) : t(STATUS_KEYS[status])}
    </span>
  );
}

/** Several runs at once: a legend that is also their controls, presets from the stability limit, and the side-by-side switch. */
export function RunsPanel() {
  const t = useT();
  const language = useLanguage();
  const e = useLab((s) => s.experiment);
  const theme = useLab((s) => s.theme);
  const problem = useProblem();
  const lab = useLabApi();
  if (!problem) return null;
  const runs = allRuns(e);
  const full = runs.length >= MAX_RUNS;
  const presets = learningRatePresets(problem);
  const kappa = problem.curvature.conditionNumber;
  // Said only where it is what the runs' statuses will say: each rate below the limit crawls.
  const start = e.start ?? problem.surface.start;
  const valleyCrawls =
    kappa !== null &&
    kappa >= ILL_CONDITIONED &&
    [presets.tooSmall, presets.aboutRight, presets.tooLarge].every(
      (rate) => wouldCrawl(problem.surface, start, rate, LIVE_HORIZON) === true,
    );
  // Run 0 is the experiment's own optimizer and rate; the others live in extraRuns.
  const setRuns = (next: RunSpec[]) => {
    const [main, ...extra] = next;
    lab.change({
      optimizer: main!.optimizer,
      learningRate: main!.learningRate,
      extraRuns: extra,
    });
  };
  const update = (k: number, patch: Partial<RunSpec>) =>
    setRuns(runs.map((r, i) => (i === k ? { ...r, ...patch } : r)));
  return (
    <section className="card" aria-labelledby="runs-heading" data-testid="runs-panel">
      <h2 id="runs-heading">{t('sectionRuns')}</h2>
      <ul className="runs">
        {runs.map((run, k) => {
          const rate = runLearningRate(problem, run);
          return (
            <li key={k} className="run" data-testid={`run-${k}`}>
              <span
                className="swatch"
                style={{ background: runColor(theme, k) }}
                aria-hidden="true"
              />
              <span className="run-name">
                {t('runName', { n: k + 1 })}
                {k === 0 ? <span className="muted"> · {t('mainRun')}</span> : null}
              </span>
              <select
                aria-label={t('runOptimizer', { n: k + 1 })}
                value={run.optimizer}
                onChange={(ev) =>
                  update(k, { optimizer: ev.target.value as OptimizerId, learningRate: null })
                }
              >
                {OPTIMIZER_IDS.map((o) => (
                  <option key={o} value={o}>
                    {localized(OPTIMIZERS[o].name, language)}
                  </option>
                ))}
              </select>
              <span className="run-rate">
                <RateField
                  id={`run-rate-${k}`}
                  label={t('runRate', { n: k + 1 })}
                  rate={rate}
                  onCommit={(learningRate) => update(k, { learningRate })}
                />
                <span className="muted">
                  {t('timesLimit', { x: formatNumber(rate / problem.stabilityLimit, 3) })}
                </span>
              </span>
              <RunStatus k={k} />
              <span className="run-actions">
                <button
                  type="button"
                  className="small"
                  disabled={full}
                  aria-label={t('duplicateRun', { n: k + 1 })}
                  title={t('duplicateRun', { n: k + 1 })}
                  onClick={() =>
                    setRuns([...runs.slice(0, k + 1), { ...run }, ...runs.slice(k + 1)])
                  }
                >
                  {t('duplicate')}
                </button>
                {k > 0 ? (
                  <button
                    type="button"
                    className="small"
                    aria-label={t('removeRun', { n: k + 1 })}
                    title={t('removeRun', { n: k + 1 })}
                    onClick={() => setRuns(runs.filter((_, i) => i !== k))}
                  >
                    ✕
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="buttons">
        <button
          type="button"
          disabled={full}
          onClick={() => setRuns([...runs, { optimizer: e.optimizer, learningRate: null }])}
          data-testid="add-run"
        >
          + {t('addRun')}
        </button>
        {full ? <span className="hint">{t('runsFull')}</span> : null}
      </div>
      <div className="presets" role="group" aria-label={t('presetsLabel')}>
        <span className="hint">{t('presetsLabel')}</span>
        <div className="buttons">
          {LEARNING_RATE_PRESETS.map((key) => (
            <button
              key={key}
              type="button"
              disabled={full}
              data-testid={`preset-${key}`}
              onClick={() =>
                setRuns([
                  ...runs,
                  { optimizer: 'gd', learningRate: Number(presets[key].toPrecision(4)) },
                ])
              }
            >
              {t(PRESET_KEYS[key])}
            </button>
          ))}
          <button
            type="button"
            className="primary"
            data-testid="preset-all"
            onClick={() =>
              setRuns(
                LEARNING_RATE_PRESETS.map((key) => ({
                  optimizer: 'gd',
                  learningRate: Number(presets[key].toPrecision(4)),
                })),
              )
            }
          >
            {t('presetAll')}
          </button>
        </div>
        <p className="hint" data-testid="preset-hint">
          {t('presetHint', { limit: formatNumber(problem.stabilityLimit) })}
          {/* Why the same preset reads differently here: a long valley, or mini-batch noise. */}
          {problem.batch ? ` ${t('presetHintNoisy')}` : null}
          {!problem.batch && valleyCrawls
            ? ` ${t('presetHintValley', { kappa: grouped(kappa!) })}`
            : null}
        </p>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={e.panes === 'compare'}
          disabled={!isDataSurface(e.surface)}
          onChange={(ev) => lab.change({ panes: ev.target.checked ? 'compare' : 'single' })}
          data-testid="compare-toggle"
        />
        {t('compareLayout')}
      </label>
      {!isDataSurface(e.surface) ? (
        <p className="hint">{t('compareOnlyData')}</p>
      ) : e.panes === 'compare' ? (
        <p className="hint">{t('paneStyles')}</p>
      ) : null}
    </section>
  );
}
