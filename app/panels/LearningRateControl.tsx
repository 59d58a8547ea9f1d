import { useEffect, useState } from 'react';
import { formatNumber } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';
import { LogRange } from './LogRange.tsx';

/** The learning rate: a log slider over a range that follows the surface, a number field, and η as a multiple of 2/λ_max. */
export function LearningRateControl() {
  const t = useT();
  const problem = useLab((s) => s.problem);
  const auto = useLab((s) => s.experiment.learningRate === null);
  const setExperiment = useLab((s) => s.setExperiment);
  const rate = problem?.learningRate ?? 0;
  const [text, setText] = useState(formatNumber(rate, 4));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(formatNumber(rate, 4)), [rate]);
  if (!problem) return null;
  const [lo, hi] = problem.learningRateRange;
  const commit = (raw: string) => {
    const x = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(x) || x <= 0 || x > 1e6) {
      setError(t('learningRateInvalid', { value: raw, current: formatNumber(rate) }));
      setText(formatNumber(rate, 4));
      return;
    }
    setError(null);
    setExperiment({ learningRate: x });
  };
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
            <input
              id={id}
              className="number"
              type="text"
              inputMode="decimal"
              value={text}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setText(e.target.value)}
              onBlur={(e) => commit(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && commit((e.target as HTMLInputElement).value)}
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
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="lr-multiple" data-testid="lr-multiple">
        {t('rateTimesLimit', { multiple: formatNumber(multiple, 3) })}
      </p>
      {multiple >= 1 ? <p className="warning">{t('aboveLimit')}</p> : null}
    </div>
  );
}
