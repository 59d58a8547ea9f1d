import { lazy, Suspense, useEffect } from 'react';
import { EmbedApp } from './embed/EmbedApp.tsx';
import { useLanguage, useT } from './i18n/use-t.ts';
import { LessonCard } from './lessons/LessonCard.tsx';
import { BatchStatsPanel } from './panels/BatchStatsPanel.tsx';
import { Footer } from './panels/Footer.tsx';
import { Header } from './panels/Header.tsx';
import { HelpOverlay } from './panels/HelpOverlay.tsx';
import { LiveRegion } from './panels/LiveRegion.tsx';
import { LossChart } from './panels/LossChart.tsx';
import { Notices } from './panels/Notices.tsx';
import { OptimizerPanel } from './panels/OptimizerPanel.tsx';
import { RunPanel } from './panels/RunPanel.tsx';
import { RunsPanel } from './panels/RunsPanel.tsx';
import { Transport } from './panels/Transport.tsx';
import { SharePanel } from './panels/SharePanel.tsx';
import { SurfacePanel } from './panels/SurfacePanel.tsx';
import { DataPanel } from './panels/DataPanel.tsx';
import { ViewPanel } from './panels/ViewPanel.tsx';
import { SceneView } from './scene/SceneView.tsx';
import { useDriver } from './sim/driver-context.ts';
import { useLab } from './store/store.ts';
import { useKeyboardShortcuts } from './use-keyboard.ts';
import { useTheme } from './use-theme.ts';

// Panels below the scene load after the first frame is drawn: KaTeX, the network lab and the
// sweep are not needed to draw it.
const BatchNormPanel = lazy(() =>
  import('./panels/BatchNormPanel.tsx').then((m) => ({ default: m.BatchNormPanel })),
);
const EigenPanel = lazy(() =>
  import('./panels/EigenPanel.tsx').then((m) => ({ default: m.EigenPanel })),
);
const NetworkPanel = lazy(() =>
  import('./panels/NetworkPanel.tsx').then((m) => ({ default: m.NetworkPanel })),
);
const SweepPanel = lazy(() =>
  import('./panels/SweepPanel.tsx').then((m) => ({ default: m.SweepPanel })),
);

/** The whole screen: lesson, scene, readouts and charts on the left; the controls beside them. */
export function App() {
  const t = useT();
  const language = useLanguage();
  const embed = useLab((s) => s.page.embed);
  const presenter = useLab((s) => s.page.presenter);
  const sceneReady = useLab((s) => s.sceneReady);
  useKeyboardShortcuts(useDriver());
  useTheme();
  // Without WebGL there is no first frame: load the other panels after a moment anyway.
  useEffect(() => {
    const timer = setTimeout(() => useLab.setState({ sceneReady: true }), 2500);
    return () => clearTimeout(timer);
  }, []);
  // Presenter mode scales the whole page (rem units follow the root's font size).
  useEffect(() => {
    document.documentElement.classList.toggle('presenter-root', presenter);
  }, [presenter]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('appTitle')} · ${language === 'en' ? '錯誤曲面實驗室' : 'Error Surface Lab'}`;
  }, [language, t]);
  if (embed) return <EmbedApp />;
  return (
    <div className={presenter ? 'lab presenter' : 'lab'}>
      <a className="skip-link" href="#scene" data-testid="skip-link">
        {t('skipToScene')}
      </a>
      <Header />
      <Notices />
      <main className="lab-main">
        <div className="stage">
          {presenter ? null : <LessonCard />}
          {/* The hero: the scene and its transport; in presenter mode exactly one screen high. */}
          <div className="hero">
            <div id="scene" className="scene-region" tabIndex={-1} aria-label={t('sceneRegion')}>
              <SceneView />
            </div>
            <Transport />
          </div>
          <LossChart />
          <BatchStatsPanel />
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
          {presenter ? <LessonCard /> : null}
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
        </aside>
      </main>
      <div className="hide-in-presenter">
        <Footer />
      </div>
      <HelpOverlay />
      <LiveRegion />
    </div>
  );
}
