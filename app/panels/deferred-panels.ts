// The panels that load after the scene's first frame (app/App.tsx): one chunk of their own, so the
// scripts a first frame waits for are only the scene's, its transport's and the header's.
export { BatchStatsPanel } from './BatchStatsPanel.tsx';
export { DataPanel } from './DataPanel.tsx';
export { Footer } from './Footer.tsx';
export { HelpOverlay } from './HelpOverlay.tsx';
export { LossChart } from './LossChart.tsx';
export { Notices } from './Notices.tsx';
export { OptimizerPanel } from './OptimizerPanel.tsx';
export { RunPanel } from './RunPanel.tsx';
export { RunsPanel } from './RunsPanel.tsx';
export { SharePanel } from './SharePanel.tsx';
export { SurfacePanel } from './SurfacePanel.tsx';
export { ViewPanel } from './ViewPanel.tsx';
