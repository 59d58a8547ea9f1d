import {
  learningRatePresets,
  OPTIMIZERS,
  type Experiment,
  surfaceCatalog,
  surfaceInfo,
  CONDITION_NUMBER_LIMITS,
  type FeatureScaling,
  type SurfaceId,
  USER_SURFACE,
} from '../../src/index.ts';
import { chooseUserColumns } from '../data/user-data-actions.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useDriver } from '../sim/driver-context.ts';
import { problemFor } from '../sim/problem-cache.ts';
import { useProblem } from '../sim/use-problem.ts';
import { useLab } from '../store/store.ts';
import { Field, Select } from './Field.tsx';
import { LogRange } from './LogRange.tsx';
import { RateToggleNote } from './RateToggleNote.tsx';
import { conditionNumberText } from './condition-number.ts';

/** What standardizing leaves and whitening removes: ρ of the features and the standardized κ. */
function WhiteningHint({ e }: { e: Experiment }) {
  const t = useT();
  const standardized = problemFor({ ...e, scaling: 'standardize', batchNorm: false });
  const rho = standardized.data?.stats.sxx.b;
  if (rho === undefined) return null;
  return (
    <p className="hint" data-testid="whitening-hint">
      {t('whiteningHint', {
        rho: rho.toFixed(2),
        standardized: conditionNumberText(standardized.curvature, t('undefinedValue')),
      })}
    </p>
  );
}

/**
 * The lecture's comparison (DOMAIN.md §1.4): raw and standardized features side by side at one
 * learning rate, the standardized surface's "about right" 1/λ_max (rounded), far above the raw
 * surface's stability limit: it diverges there and converges in a few steps here.
 */
function oneRateComparison(e: Experiment): Partial<Experiment> {
  const standardized = problemFor({ ...e, scaling: 'standardize', batchNorm: false });
  const rate = Number(learningRatePresets(standardized).aboutRight.toPrecision(2));
  return {
    panes: 'compare',
    scaling: 'none',
    batchNorm: false,
    optimizer: 'gd',
    learningRate: rate,
    extraRuns: [],
    start: null,
  };
}

/** Surface or data set, feature scaling, and batch normalization. */
export function SurfacePanel() {
  const t = useT();
  const language = useLanguage();
  const driver = useDriver();
  const e = useLab((s) => s.experiment);
  const problem = useProblem();
  const setExperiment = useLab((s) => s.setExperiment);
  const info = surfaceInfo(e.surface);
  const data = info.data;
  const catalog = surfaceCatalog();
  const userTable = useLab((s) => s.userTable);
  const userChoice = useLab((s) => s.userChoice);
  // The user's data are offered once a table is read (the data panel picks its columns).
  const userName = e.userData?.fileName ?? userTable?.name;
  // A batch is never larger than the data: the label shows the size in use, not a link's larger one.
  const batchInUse = Math.min(e.batchSize, problem?.data?.data.y.length ?? e.batchSize);
  return (
    <section className="card" aria-labelledby="surface-heading">
      <h2 id="surface-heading">{t('sectionSurface')}</h2>
      <Field label={t('surface')}>
        {(id) => (
          <select
            id={id}
            value={e.surface}
            onChange={(ev) => {
              const surface = ev.target.value as SurfaceId;
              if (surface === USER_SURFACE && userChoice) chooseUserColumns(useLab, userChoice);
              else setExperiment({ surface });
            }}
          >
            <optgroup label={t('groupData')}>
              {catalog
                .filter((s) => s.data)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {localized(s.name, language)}
                  </option>
                ))}
              {userName !== undefined ? (
                <option value={USER_SURFACE}>
                  {`${localized(surfaceInfo(USER_SURFACE).name, language)}: ${userName}`}
                </option>
              ) : null}
            </optgroup>
            <optgroup label={t('groupFormula')}>
              {catalog
                .filter((s) => !s.data)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {localized(s.name, language)}
                  </option>
                ))}
            </optgroup>
          </select>
        )}
      </Field>
      {problem ? (
        <p className="description">{localized(problem.surface.description, language)}</p>
      ) : null}
      {info.takesConditionNumber ? (
        <Field label={`${t('conditionNumberSetting')}: ${e.conditionNumber}`}>
          {(id) => (
            <LogRange
              id={id}
              lo={CONDITION_NUMBER_LIMITS[0]}
              hi={CONDITION_NUMBER_LIMITS[1]}
              value={e.conditionNumber}
              onChange={(conditionNumber) => setExperiment({ conditionNumber })}
            />
          )}
        </Field>
      ) : null}
      <fieldset className="radio-row" disabled={!data}>
        <legend>{t('scaling')}</legend>
        {(
          [
            ['none', 'scalingNone'],
            ['standardize', 'scalingStandardize'],
            ['min-max', 'scalingMinMax'],
            ['whiten', 'scalingWhiten'],
          ] as const
        ).map(([value, key]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="scaling"
              value={value}
              checked={e.scaling === value}
              onChange={() => driver.change({ scaling: value as FeatureScaling })}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={e.batchNorm}
            disabled={!data}
            onChange={(ev) => driver.change({ batchNorm: ev.target.checked })}
          />
          {t('batchNorm')}
        </label>
      </div>
      {data ? <WhiteningHint e={e} /> : null}
      <RateToggleNote />
      {data ? (
        <div className="field">
          <button
            type="button"
            data-testid="compare-one-rate"
            title={t('compareOneRateHint')}
            onClick={() => setExperiment(oneRateComparison(e))}
          >
            {t('compareOneRate')}
          </button>
        </div>
      ) : null}
      {data && (e.batchNorm || OPTIMIZERS[e.optimizer].stochastic) ? (
        <Field label={`${t('batchSize')}: ${batchInUse}`}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={1}
              max={Math.min(4096, problem?.data?.data.y.length ?? 100)}
              step={1}
              value={e.batchSize}
              onChange={(ev) => setExperiment({ batchSize: Number(ev.target.value) })}
            />
          )}
        </Field>
      ) : null}
      {data && e.batchNorm ? (
        <>
          <Field label={t('batchNormMode')}>
            {(id) => (
              <Select
                id={id}
                value={e.batchNormMode}
                options={[
                  { value: 'train', label: t('modeTrain') },
                  { value: 'inference', label: t('modeInference') },
                ]}
                onChange={(batchNormMode) => setExperiment({ batchNormMode })}
              />
            )}
          </Field>
        </>
      ) : null}
      {!data ? (
        <p className="hint">{t('scalingOnlyData')}</p>
      ) : problem?.data ? (
        <p className="hint">
          {t('dataSource', { source: localized(problem.data.data.source, language) })}
        </p>
      ) : null}
    </section>
  );
}
