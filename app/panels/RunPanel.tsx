import { useT } from '../i18n/use-t.ts';
import { useDriver } from '../sim/driver-context.ts';
import { useLab } from '../store/store.ts';
import { Field } from './Field.tsx';

/** Play / pause, single step, reset, and speed. */
export function RunPanel() {
  const t = useT();
  const driver = useDriver();
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.experiment.speed);
  const setExperiment = useLab((s) => s.setExperiment);
  return (
    <section className="card" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('sectionRun')}</h2>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          aria-pressed={playing}
          onClick={() => driver.togglePlay()}
          data-testid="play"
        >
          {playing ? `❚❚ ${t('pause')}` : `▶ ${t('play')}`}
        </button>
        <button type="button" onClick={() => driver.stepOnce()} data-testid="step">
          {t('step')} ›
        </button>
        <button type="button" onClick={() => driver.reset()} data-testid="reset">
          ↺ {t('reset')}
        </button>
      </div>
      <Field label={`${t('speed')}: ${t('stepsPerSecond', { n: speed })}`}>
        {(id) => (
          <input
            id={id}
            type="range"
            min={0}
            max={3}
            step={0.01}
            value={Math.log10(speed)}
            onChange={(e) => setExperiment({ speed: Math.round(10 ** Number(e.target.value)) })}
          />
        )}
      </Field>
      <p className="hint">{t('clickToStart')}</p>
      <p className="hint">{t('keyboardHelp')}</p>
    </section>
  );
}
