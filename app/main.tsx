import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createDriver } from './sim/driver.ts';
import { DriverContext } from './sim/driver-context.ts';
import { hasLanguage, loadLanguage } from './i18n/i18n.ts';
import { labStore, selectWantedLanguage, useLab } from './store/store.ts';
import { syncExperimentWithUrl } from './store/url-sync.ts';
import { setUpLinkedSceneSoon } from './lessons/lesson-loader.ts';
import { afterFirstFrame } from './perf/first-frame.ts';
import { installProfile } from './perf/profile.ts';
import './styles.css';

/**
 * Opens the link, then draws the page. An async function, not awaits at the top of the module: a
 * part this waits for (the lesson) imports the modules of this file's own chunk, which would never
 * finish loading while this module's top-level await waits for that part.
 */
async function start(): Promise<void> {
  syncExperimentWithUrl(window.location, window.history, navigator.languages);
  // A link to a lesson scene sets the scene up before anything is drawn (only such links wait).
  if (useLab.getState().page.lesson !== null) await setUpLinkedSceneSoon();
  // The service worker's helper (workbox-window) loads after the first frame: not needed to draw it.
  afterFirstFrame(() => void import('./offline.ts').then((m) => m.registerServiceWorker()));

  // 256×256 surfaces on wide screens, 128×128 on phones and in embeds; ?res=N (32–512) overrides it.
  const page = useLab.getState().page;
  const resolution = page.resolution ?? (window.innerWidth < 700 || page.embed ? 128 : 256);
  const driver = createDriver(labStore, resolution);
  installProfile(driver);

  // The page's language is loaded before anything is drawn (the other one only if it is chosen;
  // English's first-frame messages are always here, its others load after the first frame).
  const language = selectWantedLanguage(useLab.getState());
  if (!hasLanguage(language)) await loadLanguage(language);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DriverContext.Provider value={driver}>
        <App />
      </DriverContext.Provider>
    </StrictMode>,
  );
}

void start();
