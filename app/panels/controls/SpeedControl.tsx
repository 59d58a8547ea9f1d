import { SPEED_LIMITS } from '../../../src/index.ts';
import { useT } from '../../i18n/use-t.ts';
import { useLab } from '../../store/store.ts';
import { Field } from '../Field.tsx';
import { LogRange } from '../LogRange.tsx';

/** Steps per second (log slider), with the rate achieved when frames are too slow to keep up. */
export function SpeedControl() {
  const t = useT();
  const speed = useLab((s) => s.experiment.speed);
  const achieved = useLab((s) => s.achievedSpeed);
  const setExperiment = useLab((s) => s.setExperiment);
  return (
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
          onChange={(next) => setExperiment({ speed: next })}
        />
      )}
    </Field>
  );
}
