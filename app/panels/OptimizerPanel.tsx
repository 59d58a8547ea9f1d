import { OPTIMIZER_IDS, OPTIMIZERS, type OptimizerId } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { localized, type MessageKey } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field, Select } from './Field.tsx';
import { LearningRateControl } from './LearningRateControl.tsx';
import { useProblem } from '../sim/use-problem.ts';
import { conditionNumberText, singularHessian } from './condition-number.ts';

const EXTRA: Partial<
  Record<'momentum' | 'rho' | 'beta1' | 'beta2', { key: MessageKey; max: number }>
> = {
  momentum: { key: 'momentum', max: 0.99 },
  rho: { key: 'rho', max: 0.999 },
  beta1: { key: 'beta1', max: 0.99 },
  beta2: { key: 'beta2', max: 0.9999 },
};

/** Optimizer, its hyper-parameters, and the surface's conditioning beside the learning rate. */
export function OptimizerPanel() {
  const t = useT();
  const language = useLanguage();
  const e = useLab((s) => s.experiment);
  const problem = useProblem();
  const setExperiment = useLab((s) => s.setExperiment);
  const info = OPTIMIZERS[e.optimizer];
  const c = problem?.curvature;
  return (
    <section className="card" aria-labelledby="optimizer-heading">
      <h2 id="optimizer-heading">{t('sectionOptimizer')}</h2>
      <Field label={t('optimizer')}>
        {(id) => (
          <Select<OptimizerId>
            id={id}
            value={e.optimizer}
            options={OPTIMIZER_IDS.map((o) => ({
              value: o,
              label: localized(OPTIMIZERS[o].name, language),
            }))}
            onChange={(optimizer) => setExperiment({ optimizer })}
          />
        )}
      </Field>
      <LearningRateControl />
      {(['momentum', 'rho', 'beta1', 'beta2'] as const)
        .filter((k) => info.params.includes(k))
        .map((k) => (
          <Field key={k} label={`${t(EXTRA[k]!.key)}: ${e[k]}`}>
            {(id) => (
              <input
                id={id}
                type="range"
                min={0}
                max={Math.max(EXTRA[k]!.max, e[k])}
                step={0.001}
                value={e[k]}
                onChange={(ev) => setExperiment({ [k]: Number(ev.target.value) })}
              />
            )}
          </Field>
        ))}
      <dl className="facts">
        <dt>{t('conditionNumber')}</dt>
        <dd data-testid="condition-number">
          {c ? conditionNumberText(c, t('undefinedValue')) : t('undefinedValue')}
        </dd>
        <dt>{t('stabilityLimit')}</dt>
        <dd data-testid="stability-limit">
          {c?.stabilityLimit != null ? formatNumber(c.stabilityLimit, 4) : t('undefinedValue')}
        </dd>
        <dt>{t('bestRate')}</dt>
        <dd>
          {c?.bestLearningRate != null ? formatNumber(c.bestLearningRate, 4) : t('undefinedValue')}
        </dd>
      </dl>
      {c && singularHessian(c) ? (
        <p className="hint" data-testid="kappa-infinite">
          {t('kappaInfinite')}
        </p>
      ) : null}
    </section>
  );
}
