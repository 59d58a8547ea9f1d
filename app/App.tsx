import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { withMessages } from './i18n/i18n.ts';
import { useLanguage, useT } from './lab/react/use-t.tsx';
import { afterFirstFrame, SCENE_IDLE_MARK } from './perf/first-frame.ts';
import { Header } from './chrome/Header.tsx';
import { LiveRegion } from './chrome/LiveRegion.tsx';
import { Transport } from './chrome/Transport.tsx';
import { SceneView } from './scene/SceneView.tsx';
import { useLab, useLabApi } from './lab/react/use-lab.tsx';
import { useKeyboardShortcuts } from './chrome/use-keyboard.tsx';
import { useTheme } from './chrome/use-theme.tsx';

// The controls, charts and panels load after the scene's first frame is drawn
// (docs/performance.md): the first frame waits only for the scene, its transport and the header.
// Each part loaded later brings every English message with it (withMessages).
const deferred = withMessages(() => import('./chrome/deferred-panels.ts'));
type Deferred = Awaited<ReturnType<typeof deferred>>;
const later = (name: keyof Deferred) =>
  lazy(() => deferred().then((m) => ({ default: m[name] as ComponentType })));
const BatchStatsPanel = later('BatchStatsPanel');
const DataPanel = later('DataPanel');
const Footer = later('Footer');
const HelpOverlay = later('HelpOverlay');
const LossChart = later('LossChart');
const Notices = later('Notices');
const OptimizerPanel = later('OptimizerPanel');
const RunPanel = later('RunPanel');
const RunsPanel = later('RunsPanel');
const SharePanel = later('SharePanel');
const SurfacePanel = later('SurfacePanel');
const ViewPanel = later('ViewPanel');
const LessonCard = lazy(
  withMessages(() => import('./lessons/LessonCard.tsx').then((m) => ({ default: m.LessonCard }))),
);
const EmbedApp = lazy(
  withMessages(() => import('./embed/EmbedApp.tsx').then((m) => ({ default: m.EmbedApp }))),
);
const BatchNormPanel = lazy(
  withMessages(() =>
    import('./charts/BatchNormPanel.tsx').then((m) => ({ default: m.BatchNormPanel })),
  ),
);
const EigenPanel = lazy(
  withMessages(() => import('./charts/EigenPanel.tsx').then((m) => ({ default: m.EigenPanel }))),
);
const NetworkPanel = lazy(
  withMessages(() =>
    import('./network/NetworkPanel.tsx').then((m) => ({ default: m.NetworkPanel })),
  ),
);
const SweepPanel = lazy(
  withMessages(() => import('./charts/SweepPanel.tsx').then((m) => ({ default: m.SweepPanel }))),
);

/** The whole screen: lesson, scene, readouts and charts on the left; the controls beside them. */
export function App() {
  const t = useT();
  const language = useLanguage();
  const embed = useLab((s) => s.page.embed);
  const presenter = useLab((s) => s.page.presenter);
  const sceneReady = useLab((s) => s.sceneReady);
  // The lesson's card, loaded when a lesson is open (app/lessons/lesson-loader.ts).
  const lesson = useLab((s) => s.page.lesson);
  const card =
    lesson === null ? null : (
      <Suspense fallback={null}>
        <LessonCard />
      </Suspense>
    );
  const lab = useLabApi();
  useKeyboardShortcuts(lab);
  // Notices take a strip of their own: above the page, or at the top of the presenter's side column
  // (where they cover neither the scene's one-screen hero nor its readouts).
  const notices = sceneReady ? (
    <Suspense fallback={null}>
      <Notices />
    </Suspense>
  ) : null;
  useTheme();
  // The other panels load once the GPU has drawn the scene's first frame (or after a moment
  // without WebGL): their canvases would otherwise wait for that drawing.
  useEffect(
    () => afterFirstFrame(() => lab.store.setState({ sceneReady: true }), SCENE_IDLE_MARK),
    [lab],
  );
  // Presenter mode scales the whole page (rem units follow the root's font size).
  useEffect(() => {
    document.documentElement.classList.toggle('presenter-root', presenter);
  }, [presenter]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('appTitle')} · ${language === 'en' ? '錯誤曲面實驗室' : 'Error Surface Lab'}`;
  }, [language, t]);
  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    );
  return (
    <div className={presenter ? 'lab presenter' : 'lab'}>
      <a className="skip-link" href="#scene" data-testid="skip-link">
        {t('skipToScene')}
      </a>
      <Header />
      {presenter ? null : notices}
      <main className="lab-main">
        <div className="stage">
          {presenter ? null : card}
          {/* The hero: the scene and its transport; in presenter mode exactly one screen high. */}
          <div className="hero">
            <div id="scene" className="scene-region" tabIndex={-1} aria-label={t('sceneRegion')}>
              <SceneView />
            </div>
            <Transport />
          </div>
          {sceneReady ? (
            <Suspense fallback={null}>
              <LossChart />
              <BatchStatsPanel />
            </Suspense>
          ) : null}
          {sceneReady ? (
            <Suspense fallback={null}>
              <BatchNormPanel />
              <div className="hide-in-presenter">
                <SweepPanel />
                <EigenPanel />
                <NetworkPanel />
              </div>
            </Suspense>
          ) : null}
        </div>
        <aside className="controls" aria-label={t('sectionControls')}>
          {presenter ? notices : null}
          {presenter ? card : null}
          {sceneReady ? (
            <Suspense fallback={null}>
              <RunPanel />
              <RunsPanel />
              <SurfacePanel />
              <div className="hide-in-presenter">
                <DataPanel />
              </div>
              <OptimizerPanel />
              <div className="hide-in-presenter">
                <ViewPanel />
                <SharePanel />
              </div>
            </Suspense>
          ) : null}
        </aside>
      </main>
      {sceneReady ? (
        <Suspense fallback={null}>
          <div className="hide-in-presenter">
            <Footer />
          </div>
          <HelpOverlay />
        </Suspense>
      ) : null}
      <LiveRegion />
    </div>
  );
}
