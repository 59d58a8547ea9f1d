import { useEffect } from 'react';
import { useLanguage, useT } from './i18n/use-t.ts';
import { BatchNormPanel } from './panels/BatchNormPanel.tsx';
import { BatchStatsPanel } from './panels/BatchStatsPanel.tsx';
import { EigenPanel } from './panels/EigenPanel.tsx';
import { Footer } from './panels/Footer.tsx';
import { NetworkPanel } from './panels/NetworkPanel.tsx';
import { Header } from './panels/Header.tsx';
import { LiveRegion } from './panels/LiveRegion.tsx';
import { LossChart } from './panels/LossChart.tsx';
import { Notices } from './panels/Notices.tsx';
import { OptimizerPanel } from './panels/OptimizerPanel.tsx';
import { Readouts } from './panels/Readouts.tsx';
import { RunPanel } from './panels/RunPanel.tsx';
import { RunsPanel } from './panels/RunsPanel.tsx';
import { SurfacePanel } from './panels/SurfacePanel.tsx';
import { SweepPanel } from './panels/SweepPanel.tsx';
import { ViewPanel } from './panels/ViewPanel.tsx';
import { SceneView } from './scene/SceneView.tsx';
import { useDriver } from './sim/driver-context.ts';
import { useKeyboardShortcuts } from './use-keyboard.ts';

/** The whole screen: the scene with its readouts and loss chart, and the controls beside it. */
export function App() {
  const t = useT();
  const language = useLanguage();
  useKeyboardShortcuts(useDriver());
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t('appTitle')} · ${language === 'en' ? '錯誤曲面實驗室' : 'Error Surface Lab'}`;
  }, [language, t]);
  return (
    <div className="lab">
      <Header />
      <Notices />
      <main className="lab-main">
        <div className="stage">
          <SceneView />
          <Readouts />
          <LossChart />
          <BatchStatsPanel />
          <BatchNormPanel />
          <SweepPanel />
          <EigenPanel />
          <NetworkPanel />
        </div>
        <aside className="controls" aria-label={t('sectionRun')}>
          <RunPanel />
          <RunsPanel />
          <SurfacePanel />
          <OptimizerPanel />
          <ViewPanel />
        </aside>
      </main>
      <Footer />
      <LiveRegion />
    </div>
  );
}
