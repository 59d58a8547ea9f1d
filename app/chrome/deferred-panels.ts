// The panels that load after the scene's first frame (app/App.tsx): one chunk of their own, so the
// scripts a first frame waits for are only the scene's, its transport's and the header's.
export { BatchStatsPanel } from '../charts/BatchStatsPanel.tsx';
export { DataPanel } from '../data/DataPanel.tsx';
export { Footer } from './Footer.tsx';
export { HelpOverlay } from './HelpOverlay.tsx';
export { LossChart } from '../charts/LossChart.tsx';
export { Notices } from './Notices.tsx';
export { OptimizerPanel } from '../controls/OptimizerPanel.tsx';
export { RunPanel } from '../controls/RunPanel.tsx';
export { RunsPanel } from '../controls/RunsPanel.tsx';
export { SharePanel } from '../export/SharePanel.tsx';
export { SurfacePanel } from '../controls/SurfacePanel.tsx';
export { ViewPanel } from '../controls/ViewPanel.tsx';
