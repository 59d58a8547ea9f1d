import { useEffect, useRef, useState, type JSX } from 'react';
import { experimentQuery, type ControlId } from '../../src/index.ts';
import { formatNumber } from '../ui/format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { LiveRegion } from '../chrome/LiveRegion.tsx';
import { Notices } from '../chrome/Notices.tsx';
import { PlaybackButtons } from '../chrome/PlaybackButtons.tsx';
import { BatchNormControl } from '../controls/BatchNormControl.tsx';
import { OptimizerSelect, OptimizerSettings } from '../controls/OptimizerSelect.tsx';
import { ScalingControl } from '../controls/ScalingControl.tsx';
import { SpeedControl } from '../controls/SpeedControl.tsx';
import { SurfaceSelect } from '../controls/SurfaceSelect.tsx';
import { LearningRateControl } from '../controls/LearningRateControl.tsx';
import { RunsPanel } from '../controls/RunsPanel.tsx';
import { phaseText } from '../ui/status-label.ts';
import { ViewPanel } from '../controls/ViewPanel.tsx';
import { SceneView } from '../scene/SceneView.tsx';
import { useProblem } from '../lab/react/use-problem.tsx';
import { useLab, useLabApi } from '../lab/react/use-lab.tsx';
import { startMessageApi } from './message-api.ts';
import './embed.css';

/** Exactly the control a course author asked for, one by one (play / step / reset are always there). */
const CONTROLS: Record<Exclude<ControlId, 'play'>, () => JSX.Element> = {
  surface: () => <SurfaceSelect />,
  scaling: () => <ScalingControl />,
  batchnorm: () => <BatchNormControl />,
  optimizer: () => (
    <>
      <OptimizerSelect />
      <OptimizerSettings />
    </>
  ),
  lr: () => <LearningRateControl />,
  runs: () => <RunsPanel />,
  speed: () => <SpeedControl />,
  view: () => <ViewPanel />,
};

/** Play / step / reset (always there: the minimal controls) and the run's state, in one line. */
function EmbedBar({ drawer }: { drawer: { open: boolean; toggle(): void } | null }) {
  const t = useT();
  const lab = useLabApi();
  const summary = useLab((s) => s.summary);
  const experiment = useLab((s) => s.experiment);
  const full = `${window.location.pathname}?${experimentQuery(experiment, lab.problemFor)}`;
  return (
    <div className="embed-bar">
      <PlaybackButtons />
      <span data-testid="readout-step">{summary.step}</span>
      <span>
        {t('loss')} <span data-testid="readout-loss">{formatNumber(summary.loss, 4)}</span>
      </span>
      <span
        className={`status status-${summary.status}`}
        data-testid="readout-status"
        data-status={summary.status}
      >
        {phaseText(t, summary)}
      </span>
      {drawer ? (
        // Shown only where the controls do not fit beside the scene (CSS): they open over it.
        <button
          type="button"
          className="small embed-controls-toggle"
          aria-expanded={drawer.open}
          aria-controls="embed-controls"
          data-testid="embed-controls-toggle"
          onClick={drawer.toggle}
        >
          {t('embedControls')}
        </button>
      ) : null}
      <a href={full} target="_blank" rel="noopener" className="muted">
        {t('appTitle')} ↗
      </a>
    </div>
  );
}

/**
 * The page embedded in course notes: the scene with a one-line bar and only the controls the
 * author chose; the postMessage API for the host; nothing drawn while it is off screen.
 */
export function EmbedApp() {
  const lab = useLabApi();
  const { driver } = lab;
  const t = useT();
  const language = useLanguage();
  const page = useLab((s) => s.page);
  const surface = useProblem().surface.name;
  const root = useRef<HTMLElement>(null);
  const controls = page.controls ?? ['play'];
  useEffect(() => startMessageApi(lab, page.origins), [lab, page.origins]);
  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) =>
      driver.setSuspended(!entry!.isIntersecting),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [driver]);
  const chosen = controls.filter((id): id is Exclude<ControlId, 'play'> => id !== 'play');
  const [open, setOpen] = useState(false);
  const drawer = chosen.length > 0 ? { open, toggle: () => setOpen((o) => !o) } : null;
  // One landmark and a heading, for screen readers (and axe) at any iframe size.
  return (
    <main
      ref={root}
      className={`lab embed${page.presenter ? ' presenter' : ''}`}
      data-testid="embed"
    >
      <h1 className="sr-only">
        {t('appTitle')}: {localized(surface, language)}
      </h1>
      <Notices />
      <div className="embed-main">
        <div className="embed-stage">
          <SceneView />
          <EmbedBar drawer={drawer} />
        </div>
        {chosen.length > 0 ? (
          <div
            id="embed-controls"
            className={open ? 'embed-controls open' : 'embed-controls'}
            data-testid="embed-controls"
          >
            <button
              type="button"
              className="small embed-controls-toggle embed-controls-close"
              aria-label={t('embedControlsClose')}
              onClick={() => setOpen(false)}
            >
              ✕
            </button>
            {chosen.map((id) => (
              <div key={id} className="embed-control" data-control={id}>
                {CONTROLS[id]()}
              </div>
            ))}
          </div>
        ) : null}
      </div>
      <LiveRegion />
    </main>
  );
}
