import { SPEED_LIMITS } from '../../src/index.ts';
import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';
import { LogRange } from './LogRange.tsx';

/** Speed and how to use the scene (play / step / reset sit right under the scene: Transport). */
export function RunPanel() {
  const t = useT();
  const speed = useLab((s) => s.experiment.speed);
  const achieved = useLab((s) => s.achievedSpeed);
  const setExperiment = useLab((s) => s.setExperiment);
  return (
    <section className="card" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('sectionRun')}</h2>
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
      <p className="hint usage-hint">{t('clickToStart')}</p>
      <p className="hint usage-hint">{t('probeHint')}</p>
      <p className="hint usage-hint keys-hint">{t('keyboardHelp')}</p>
    </section>
  );
}
