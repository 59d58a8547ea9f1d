import { useT } from '../lab/react/use-t.tsx';
import { useDriver } from '../lab/react/driver-context.tsx';
import { useLab } from '../lab/react/use-lab.tsx';

/** Play / pause, one step, reset: the same three buttons in the full page and in an embed. */
export function PlaybackButtons() {
  const t = useT();
  const driver = useDriver();
  const playing = useLab((s) => s.playing);
  return (
    <>
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
    </>
  );
}
