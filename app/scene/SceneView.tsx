import { lazy, Suspense, useRef, useState } from 'react';
import { formatNumber } from '../ui/format.ts';
import { localized, withMessages } from '../i18n/i18n.ts';
import { useLanguage, useT } from '../lab/react/use-t.tsx';
import { LabelLayerContext, PaneIndexContext, usePane } from '../lab/react/driver-context.tsx';
import { useLandscape } from '../lab/react/use-landscape.tsx';
import { usePanes } from '../lab/react/use-panes.tsx';
import { useLab } from '../lab/react/use-lab.tsx';
import { PANE_NAMES } from '../ui/pane-names.ts';
import { PaneHeader } from './PaneHeader.tsx';
import { ProbeOverlay } from './ProbeOverlay.tsx';
import { usePaneOpening, type PaneCanvas, type PaneGl } from './pane-opening.tsx';
import { Scene3D } from './Scene3D.tsx';
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx';
import { warmsUp } from './warm-up.tsx';
import { hasWebGL } from './webgl.ts';
import './scene.css';

// The flat map is drawn only without WebGL (or after the scene failed): it loads then.
const Fallback2D = lazy(
  withMessages(() => import('./Fallback2D.tsx').then((m) => ({ default: m.Fallback2D }))),
);

/** Height-scale and stretched-axes labels over a pane. */
function Badges() {
  const t = useT();
  const landscape = useLandscape();
  return (
    <div className="badges">
      <span className="badge" data-testid="height-badge">
        {landscape.heightMap.kind === 'log' ? t('logBadge') : t('linearBadge')}
      </span>
      {landscape.frame.stretched ? (
        <span className="badge badge-warning" data-testid="stretched-badge">
          {t('stretchedBadge')}
        </span>
      ) : null}
    </div>
  );
}

/**
 * One pane's drawing: the 3-D scene, or the flat map when WebGL is missing or failed. A pane whose
 * turn has not come (`start` false) draws nothing yet. The scene is tried at once: a browser
 * without WebGL fails to create its context, and only then is WebGL probed, to say which it was
 * (a probe of its own would create a throwaway context before every first frame).
 */
function PaneScene({
  surface,
  start,
  onFirstFrame,
  onCanvas,
}: {
  /** The surface's name, in the page's language. */
  surface: string;
  start: boolean;
  onFirstFrame: (gl: PaneGl) => void;
  onCanvas: (canvas: PaneCanvas | null) => void;
}) {
  const t = useT();
  const { index, pane } = usePane();
  // The label names the current weights: read here, so the weights changing (several times a
  // second while playing) re-renders this pane's scene holder only, not the whole view.
  const w1 = useLab((s) => s.summary.w1);
  const w2 = useLab((s) => s.summary.w2);
  // Pane 0 may show a network's slice instead: its label then names the network's path.
  const overlay = useLab((s) => (index === 0 ? s.overlay : null));
  const language = useLanguage();
  const label = overlay?.run
    ? t('sceneOverlayLabel', {
        label: localized(overlay.label, language),
        alpha: formatNumber(overlay.run.position[0]),
        beta: formatNumber(overlay.run.position[1]),
        loss: formatNumber(overlay.run.loss),
      })
    : t('sceneLabel', { surface, w1: formatNumber(w1), w2: formatNumber(w2) });
  const labels = useRef<HTMLDivElement>(null);
  const webgl = useLab((s) => s.webgl);
  const setWebgl = useLab((s) => s.setWebgl);
  const addNotice = useLab((s) => s.addNotice);
  const fallback = (
    <Suspense fallback={null}>
      <Fallback2D label={label} />
    </Suspense>
  );
  if (webgl === 'missing' || webgl === 'failed') return fallback;
  if (!start) return null;
  return (
    <LabelLayerContext.Provider value={labels}>
      <div ref={labels} className="label-layer" />
      <SceneErrorBoundary
        fallback={fallback}
        onError={() => {
          if (hasWebGL()) {
            setWebgl('failed');
            addNotice({ id: 'scene-error', key: 'noticeSceneError', tone: 'warning' });
          } else {
            setWebgl('missing');
            addNotice({ id: 'no-webgl', key: 'noticeNoWebgl', tone: 'warning' });
          }
        }}
      >
        <Scene3D
          label={label}
          onFirstFrame={onFirstFrame}
          onCanvas={onCanvas}
          warmUp={warmsUp(index, pane().landscape.grid.resolution)}
        />
      </SceneErrorBoundary>
    </LabelLayerContext.Provider>
  );
}

/** The scene: one pane, or raw / standardized / batch-normalized side by side with a shared camera. */
export function SceneView() {
  const t = useT();
  const language = useLanguage();
  const panes = usePanes();
  // The panes open one after another, each once the GPU has finished the one before.
  const opening = usePaneOpening(panes.map((p) => p.id));
  const compare = panes.length > 1;
  // On a narrow screen the compare panes are tabs (CSS shows the active one only).
  const [active, setActive] = useState(0);
  const overlay = useLab((s) => s.overlay);
  const setOverlay = useLab((s) => s.setOverlay);
  return (
    <div className={compare ? 'panes panes-compare' : 'panes'}>
      {overlay ? (
        <div
          className="notice notice-info overlay-banner"
          role="status"
          data-testid="overlay-banner"
        >
          <span>
            {overlay.plane
              ? t('overlayShowingPlane', {
                  label: localized(overlay.label, language),
                  plane: localized(overlay.plane, language),
                })
              : t('overlayShowing', { label: localized(overlay.label, language) })}
          </span>
          <button
            type="button"
            className="small"
            onClick={() => setOverlay(null)}
            data-testid="overlay-back"
          >
            {t('overlayBack')}
          </button>
        </div>
      ) : null}
      {compare ? (
        <div className="pane-tabs" role="group" aria-label={t('paneTabs')}>
          {panes.map((pane, k) => (
            <button
              key={pane.id}
              type="button"
              aria-pressed={k === active}
              data-testid={`pane-tab-${pane.id}`}
              onClick={() => setActive(k)}
            >
              {t(PANE_NAMES[pane.id])}
            </button>
          ))}
        </div>
      ) : null}
      {panes.map((pane, k) => (
        <PaneIndexContext.Provider key={pane.id} value={k}>
          <div className={k === active || !compare ? 'pane pane-active' : 'pane'}>
            {compare ? <PaneHeader pane={pane} index={k} /> : null}
            <div className="scene">
              <PaneScene
                start={opening.isOpen(k)}
                onFirstFrame={(gl) => opening.onFirstFrame(pane.id, gl)}
                onCanvas={(canvas) => opening.onCanvas(pane.id, canvas)}
                surface={localized(pane.problem.surface.name, language)}
              />
              <Badges />
              <ProbeOverlay />
            </div>
          </div>
        </PaneIndexContext.Provider>
      ))}
    </div>
  );
}
