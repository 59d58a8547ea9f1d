import { fewestSteps } from '../../src/index.ts';
import { ILL_CONDITIONED } from '../ui/condition-number.ts';
import { formatDistinct, formatNumber, grouped } from '../ui/format.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field } from '../ui/Field.tsx';
import { LogRange } from '../ui/LogRange.tsx';
import { RateField } from '../ui/RateField.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import './controls.css';

/** The learning rate: a log slider over a range that follows the surface, a number field, and η as a multiple of 2/λ_max. */
export function LearningRateControl() {
  const t = useT();
  const problem = useProblem();
  const auto = useLab((s) => s.experiment.learningRate === null);
  const lab = useLabApi();
  const start = useLab((s) => s.experiment.start);
  const rate = problem?.learningRate ?? 0;
  if (!problem) return null;
  const [lo, hi] = problem.learningRateRange;
  const multiple = rate / problem.stabilityLimit;
  const kappa = problem.curvature.conditionNumber;
  const fewest = fewestSteps(problem.surface, start ?? problem.surface.start);
  return (
    <div className="lr">
      <Field label={t('learningRateSlider')}>
        {(id) => (
          <LogRange
            id={id}
            lo={lo}
            hi={hi}
            value={rate}
            onChange={(learningRate) => lab.change({ learningRate })}
          />
        )}
      </Field>
      <div className="lr-row">
        <Field label={t('learningRate')}>
          {(id) => (
            <RateField
              id={id}
              rate={rate}
              onCommit={(learningRate) => lab.change({ learningRate })}
            />
          )}
        </Field>
        <button
          type="button"
          className="small"
          disabled={auto}
          title={t('learningRateAutoHint')}
          onClick={() => lab.change({ learningRate: null })}
        >
          {t('learningRateAuto')}
        </button>
      </div>

      <p className="lr-multiple" data-testid="lr-multiple">
        {t('rateTimesLimit', { multiple: formatNumber(multiple, 3) })}
      </p>
      {multiple >= 1 ? <p className="warning">{t('aboveLimit')}</p> : null}
      {fewest && kappa !== null && kappa >= ILL_CONDITIONED ? (
        <p className="hint" data-testid="best-step-note" title={t('countBasis')}>
          {t('bestStepNote', {
            kappa: grouped(kappa),
            multiple: formatDistinct(fewest.multiple, 1)[0],
            steps: grouped(fewest.steps),
          })}
        </p>
      ) : null}
    </div>
  );
}
