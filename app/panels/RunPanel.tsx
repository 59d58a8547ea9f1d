import { SPEED_LIMITS } from '../../src/index.ts';
import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';
import { LogRange } from './LogRange.tsx';
import { PlaybackButtons } from './PlaybackButtons.tsx';

/** Play / pause, single step, reset, and speed. */
export function RunPanel() {
  const t = useT();
  const speed = useLab((s) => s.experiment.speed);
  const achieved = useLab((s) => s.achievedSpeed);
  const setExperiment = useLab((s) => s.setExperiment);
  return (
    <section className="card" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('sectionRun')}</h2>
      <div className="buttons">
        <PlaybackButtons />
      </div>
      <Field
        label={`${t('speed')}: ${t('stepsPerSecond', { n: speed })}`}
        hint={
          achieved !== null ? (
            <span data-testid="speed-achieved">{t('speedAchieved', { n: achieved })}</span>
          ) : undefined
        }
      >
        {(id) => (
          <LogRange
            id={id}
            lo={SPEED_LIMITS[0]}
            hi={SPEED_LIMITS[1]}
            value={speed}
            round={Math.round}
            onChange={(speed) => setExperiment({ speed })}
          />
        )}
      </Field>
      <p className="hint">{t('clickToStart')}</p>
      <p className="hint">{t('probeHint')}</p>
      <p className="hint">{t('keyboardHelp')}</p>
    </section>
  );
}
