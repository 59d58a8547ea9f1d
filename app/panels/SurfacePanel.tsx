import {
  ANALYTIC_SURFACE_IDS,
  buildProblem,
  DATA_SURFACE_IDS,
  DEFAULT_EXPERIMENT,
  isDataSurface,
  type FeatureScaling,
  type SurfaceId,
} from '../../src/index.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useDriver } from '../sim/driver-context.ts';
import { useLab } from '../store/store.ts';
import { Field, Select } from './Field.tsx';
import { LogRange } from './LogRange.tsx';

// Names of every surface, built once from the core (data ones say which data set they use).
const SURFACE_NAMES = Object.fromEntries(
  [...DATA_SURFACE_IDS, ...ANALYTIC_SURFACE_IDS].map((id) => {
    const p = buildProblem({ ...DEFAULT_EXPERIMENT, surface: id });
    return [id, isDataSurface(id) ? p.data!.data.name : p.surface.name];
  }),
) as Record<SurfaceId, { en: string; 'zh-TW': string }>;

/** Surface or data set, feature scaling, and batch normalization. */
export function SurfacePanel() {
  const t = useT();
  const language = useLanguage();
  const driver = useDriver();
  const e = useLab((s) => s.experiment);
  const problem = useLab((s) => s.problem);
  const setExperiment = useLab((s) => s.setExperiment);
  const data = isDataSurface(e.surface);
  return (
    <section className="card" aria-labelledby="surface-heading">
      <h2 id="surface-heading">{t('sectionSurface')}</h2>
      <Field label={t('surface')}>
        {(id) => (
          <select
            id={id}
            value={e.surface}
            onChange={(ev) =>
              setExperiment({
                surface: ev.target.value as SurfaceId,
                start: null,
                learningRate: null,
              })
            }
          >
            <optgroup label={t('groupData')}>
              {DATA_SURFACE_IDS.map((s) => (
                <option key={s} value={s}>
                  {localized(SURFACE_NAMES[s], language)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('groupFormula')}>
              {ANALYTIC_SURFACE_IDS.map((s) => (
                <option key={s} value={s}>
                  {localized(SURFACE_NAMES[s], language)}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      {problem ? (
        <p className="description">{localized(problem.surface.description, language)}</p>
      ) : null}
      {e.surface === 'valley' || e.surface === 'rotated-valley' ? (
        <Field label={`${t('conditionNumberSetting')}: ${e.conditionNumber}`}>
          {(id) => (
            <LogRange
              id={id}
              lo={1}
              hi={1000}
              value={e.conditionNumber}
              onChange={(conditionNumber) => setExperiment({ conditionNumber, start: null })}
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
          ] as const
        ).map(([value, key]) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="scaling"
              value={value}
              checked={e.scaling === value}
              onChange={() => driver.changeFeatures({ scaling: value as FeatureScaling })}
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
            onChange={(ev) => driver.changeFeatures({ batchNorm: ev.target.checked })}
          />
          {t('batchNorm')}
        </label>
      </div>
      {data && (e.batchNorm || e.optimizer === 'sgd') ? (
        <Field label={`${t('batchSize')}: ${e.batchSize}`}>
          {(id) => (
            <input
              id={id}
              type="range"
              min={1}
              max={problem?.data?.data.y.length ?? 100}
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
