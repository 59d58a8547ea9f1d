import { formatDistinct } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { LearningRateControl } from './LearningRateControl.tsx';
import { OptimizerSelect, OptimizerSettings } from './OptimizerSelect.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { conditionNumberText, singularHessian } from '../ui/condition-number.ts';

/** Optimizer, its hyper-parameters, and the surface's conditioning beside the learning rate. */
export function OptimizerPanel() {
  const t = useT();
  const problem = useProblem();
  const c = problem?.curvature;
  const limit = c?.stabilityLimit ?? null;
  const best = c?.bestLearningRate ?? null;
  // Digits enough to tell the two apart (on a long valley η* is 0.99992 × the limit).
  const shown = formatDistinct(limit ?? NaN, best ?? NaN);
  return (
    <section className="card" aria-labelledby="optimizer-heading">
      <h2 id="optimizer-heading">{t('sectionOptimizer')}</h2>
      <OptimizerSelect />
      <LearningRateControl />
      <OptimizerSettings />
      <dl className="facts">
        <dt>{t('conditionNumber')}</dt>
        <dd data-testid="condition-number">
          {c ? conditionNumberText(c, t('undefinedValue')) : t('undefinedValue')}
        </dd>
        <dt>{t('stabilityLimit')}</dt>
        <dd data-testid="stability-limit">{limit !== null ? shown[0] : t('undefinedValue')}</dd>
        <dt>{t('bestRate')}</dt>
        <dd data-testid="best-rate">
          {best !== null && limit !== null
            ? t('bestRateValue', {
                rate: shown[1],
                multiple: formatDistinct(best / limit, 1, 3)[0],
              })
            : t('undefinedValue')}
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
