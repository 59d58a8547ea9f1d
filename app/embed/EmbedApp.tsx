import { useEffect, useRef } from 'react';
import { experimentQuery, type ControlId } from '../../src/index.ts';
import { formatNumber } from '../format.ts';
import { localized } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../i18n/use-t.ts';
import { LiveRegion } from '../panels/LiveRegion.tsx';
import { Notices } from '../panels/Notices.tsx';
import { PlaybackButtons } from '../panels/PlaybackButtons.tsx';
import { OptimizerPanel } from '../panels/OptimizerPanel.tsx';
import { RunPanel } from '../panels/RunPanel.tsx';
import { RunsPanel } from '../panels/RunsPanel.tsx';
import { STATUS_KEYS } from '../panels/status-label.ts';
import { SurfacePanel } from '../panels/SurfacePanel.tsx';
import { ViewPanel } from '../panels/ViewPanel.tsx';
import { SceneView } from '../scene/SceneView.tsx';
import { useDriver } from '../sim/driver-context.ts';
import { useProblem } from '../sim/use-problem.ts';
import { useLab } from '../store/store.ts';
import { startMessageApi } from './message-api.ts';
import { problemFor } from '../sim/problem-cache.ts';

/** Which panel serves each control a course author can ask for. */
const PANELS: [ControlId[], () => React.JSX.Element][] = [
  [['speed'], () => <RunPanel />],
  [['surface', 'scaling', 'batchnorm'], () => <SurfacePanel />],
  [['optimizer', 'lr'], () => <OptimizerPanel />],
  [['runs'], () => <RunsPanel />],
  [['view'], () => <ViewPanel />],
];

/** Play / step / reset (always there: the minimal controls) and the run's state, in one line. */
function EmbedBar() {
  const t = useT();
  const summary = useLab((s) => s.summary);
  const experiment = useLab((s) => s.experiment);
  const full = `${window.location.pathname}?${experimentQuery(experiment, problemFor)}`;
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
        {t(STATUS_KEYS[summary.status])}
      </span>
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
  const driver = useDriver();
  const t = useT();
  const language = useLanguage();
  const page = useLab((s) => s.page);
  const surface = useProblem().surface.name;
  const root = useRef<HTMLElement>(null);
  const controls = page.controls ?? ['play'];
  useEffect(() => startMessageApi(driver, page.origins), [driver, page.origins]);
  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) =>
      driver.setSuspended(!entry!.isIntersecting),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [driver]);
  const panels = PANELS.filter(([ids]) => ids.some((id) => controls.includes(id)));
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
          <EmbedBar />
        </div>
        {panels.length > 0 ? (
          <div className="embed-controls">
            {panels.map(([ids, render]) => (
              <div key={ids.join()}>{render()}</div>
            ))}
          </div>
        ) : null}
      </div>
      <LiveRegion />
    </main>
  );
}
