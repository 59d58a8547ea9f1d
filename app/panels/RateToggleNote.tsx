import { useEffect, useRef, useState } from 'react';
import { allRuns, learningRatePresets, runLearningRate, type Experiment } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { useT } from '../i18n/use-t.ts';
import { problemFor } from '../sim/problem-cache.ts';
import { useLab } from '../store/store.ts';

/** What the last feature toggle did to the main run's η. */
interface RateChange {
  before: number;
  after: number;
  /** The new surface's "about right" rate 1/λ_max. */
  aboutRight: number;
}

const mainRate = (e: Experiment) => runLearningRate(problemFor(e), allRuns(e)[0]!);

/**
 * After a change of feature scaling or batch normalization, says what happened to η — kept
 * ("same η = …") or re-chosen ("η changed from … to …") — and offers the other choice.
 */
export function RateToggleNote() {
  const t = useT();
  const experiment = useLab((s) => s.experiment);
  const setExperiment = useLab((s) => s.setExperiment);
  const previous = useRef(experiment);
  const [change, setChange] = useState<RateChange | null>(null);
  useEffect(() => {
    const p = previous.current;
    previous.current = experiment;
    if (p === experiment) return;
    const toggled =
      p.surface === experiment.surface &&
      (p.scaling !== experiment.scaling || p.batchNorm !== experiment.batchNorm);
    setChange(
      toggled
        ? {
            before: mainRate(p),
            after: mainRate(experiment),
            aboutRight: learningRatePresets(problemFor(experiment)).aboutRight,
          }
        : (c) => (c && p.learningRate === experiment.learningRate ? c : null),
    );
  }, [experiment]);
  if (!change) return null;
  const kept = change.before === change.after;
  return (
    <div className="rate-note" role="status" data-testid="rate-note" data-kept={kept}>
      {kept ? (
        <>
          <p>{t('rateKept', { rate: formatNumber(change.after) })}</p>
          <button
            type="button"
            className="small"
            onClick={() =>
              setExperiment({ learningRate: change.aboutRight, learningRateOnToggle: 'best' })
            }
          >
            {t('rateUseAboutRight', { rate: formatNumber(change.aboutRight) })}
          </button>
        </>
      ) : (
        <>
          <p>
            {t('rateChanged', {
              from: formatNumber(change.before),
              to: formatNumber(change.after),
            })}
          </p>
          <button
            type="button"
            className="small"
            onClick={() =>
              setExperiment({ learningRate: change.before, learningRateOnToggle: 'keep' })
            }
          >
            {t('rateKeepInstead', { rate: formatNumber(change.before) })}
          </button>
        </>
      )}
    </div>
  );
}
