import { formatNumber } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';
import { LogRange } from './LogRange.tsx';
import { RateField } from './RateField.tsx';
import { useProblem } from '../sim/use-problem.ts';

/** The learning rate: a log slider over a range that follows the surface, a number field, and η as a multiple of 2/λ_max. */
export function LearningRateControl() {
  const t = useT();
  const problem = useProblem();
  const auto = useLab((s) => s.experiment.learningRate === null);
  const setExperiment = useLab((s) => s.setExperiment);
  const rate = problem?.learningRate ?? 0;
  if (!problem) return null;
  const [lo, hi] = problem.learningRateRange;
  const multiple = rate / problem.stabilityLimit;
  return (
    <div className="lr">
      <Field label={t('learningRateSlider')}>
        {(id) => (
          <LogRange
            id={id}
            lo={lo}
            hi={hi}
            value={rate}
            onChange={(learningRate) => setExperiment({ learningRate })}
          />
        )}
      </Field>
      <div className="lr-row">
        <Field label={t('learningRate')}>
          {(id) => (
            <RateField
              id={id}
              rate={rate}
              onCommit={(learningRate) => setExperiment({ learningRate })}
            />
          )}
        </Field>
        <button
          type="button"
          className="small"
          disabled={auto}
          title={t('learningRateAutoHint')}
          onClick={() => setExperiment({ learningRate: null })}
        >
          {t('learningRateAuto')}
        </button>
      </div>

      <p className="lr-multiple" data-testid="lr-multiple">
        {t('rateTimesLimit', { multiple: formatNumber(multiple, 3) })}
      </p>
      {multiple >= 1 ? <p className="warning">{t('aboveLimit')}</p> : null}
    </div>
  );
}
