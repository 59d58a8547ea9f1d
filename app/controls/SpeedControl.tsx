import { SPEED_LIMITS } from '../../src/index.ts';
import { useT } from '../lab/react/use-t.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { Field } from '../ui/Field.tsx';
import { LogRange } from '../ui/LogRange.tsx';

/** Steps per second (log slider), with the rate achieved when frames are too slow to keep up. */
export function SpeedControl() {
  const t = useT();
  const speed = useLab((s) => s.experiment.speed);
  const achieved = useLab((s) => s.achievedSpeed);
  const lab = useLabApi();
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
          onChange={(next) => lab.change({ speed: next })}
        />
      )}
    </Field>
  );
}
