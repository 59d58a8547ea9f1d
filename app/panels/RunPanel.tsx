import { useT } from '../i18n/use-t.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';
import { LogRange } from './LogRange.tsx';
import { PlaybackButtons } from './PlaybackButtons.tsx';

/** Play / pause, single step, reset, and speed. */
export function RunPanel() {
  const t = useT();
  const speed = useLab((s) => s.experiment.speed);
  const setExperiment = useLab((s) => s.setExperiment);
  return (
    <section className="card" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('sectionRun')}</h2>
      <div className="buttons">
        <PlaybackButtons />
      </div>
      <Field label={`${t('speed')}: ${t('stepsPerSecond', { n: speed })}`}>
        {(id) => (
          <LogRange
            id={id}
            lo={1}
            hi={1000}
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
