import { useT } from '../lab/react/use-t.tsx';
import { PlaybackButtons } from './PlaybackButtons.tsx';
import { Readouts } from './Readouts.tsx';
import './chrome.css';

/**
 * Right under the scene: play / step / reset and the run's readouts (status in words, loss).
 * On a phone it stays in reach at the bottom of the screen while the page scrolls.
 */
export function Transport() {
  const t = useT();
  return (
    <div className="transport" role="group" aria-label={t('sectionRun')} data-testid="transport">
      <div className="buttons transport-buttons">
        <PlaybackButtons />
      </div>
      <Readouts />
    </div>
  );
}
