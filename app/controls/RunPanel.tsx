import { useT } from '../lab/react/use-t.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import './controls.css';

/** Speed and how to use the scene (play / step / reset sit right under the scene: Transport). */
export function RunPanel() {
  const t = useT();
  return (
    <section className="card" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('sectionRun')}</h2>
      <SpeedControl />
      <p className="hint usage-hint">{t('clickToStart')}</p>
      <p className="hint usage-hint">{t('probeHint')}</p>
      <p className="hint usage-hint keys-hint">{t('keyboardHelp')}</p>
    </section>
  );
}
