import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/base.css';
import { App } from './App.tsx';
import { hasLanguage, loadLanguage } from './i18n/i18n.ts';
import { createLab } from './lab/lab.ts';
import { loadLanguagesAskedFor, selectWantedLanguage } from './lab/language.ts';
import { LabProvider } from './lab/react/use-lab.tsx';
import { readLink, syncExperimentWithUrl } from './lab/url-sync.ts';
import { LESSON_SCENES, setUpLinkedSceneSoon } from './lessons/lesson-loader.ts';
import { afterFirstFrame } from './perf/first-frame.ts';
import { installProfile } from './perf/profile.tsx';
// The shared widgets' styles come after the page chrome's and the scene's (imported by App's
// parts): where both style one element (the transport's buttons row) the widget's rule wins.
import './ui/widgets.css';

/**
 * Opens the link, then draws the page. An async function, not awaits at the top of the module: a
 * part this waits for (the lesson) imports the modules of this file's own chunk, which would never
 * finish loading while this module's top-level await waits for that part.
 */
async function start(): Promise<void> {
  // 256×256 surfaces on wide screens, 128×128 on phones and in embeds; ?res=N (32–512) overrides it.
  const lab = createLab({
    resolution: (page) => page.resolution ?? (window.innerWidth < 700 || page.embed ? 128 : 256),
  });
  loadLanguagesAskedFor(lab.store);
  const link = readLink(window.location.search, LESSON_SCENES);
  syncExperimentWithUrl(lab, link, window.location, window.history, navigator.languages);
  // Data too large to travel in a link are named by it: found in this browser, or asked for (the
  // code that does it loads only for such a link).
  const { reference } = link;
  if (reference)
    void import('./data/user-data-actions.ts').then((m) =>
      m.openReferencedData(lab, reference, link.patch),
    );
  // A link to a lesson scene sets the scene up before anything is drawn (only such links wait).
  if (link.page.lesson !== null) await setUpLinkedSceneSoon(lab);
  // The service worker's helper (workbox-window) loads after the first frame: not needed to draw it.
  afterFirstFrame(
    () => void import('./offline/register.ts').then((m) => m.registerServiceWorker()),
  );
  // The driver (and its first surface) is made here, once the link and the lesson are set up.
  installProfile(lab.driver);

  // The page's language is loaded before anything is drawn (the other one only if it is chosen;
  // English's first-frame messages are always here, its others load after the first frame).
  const language = selectWantedLanguage(lab.store.getState());
  if (!hasLanguage(language)) await loadLanguage(language);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LabProvider lab={lab}>
        <App />
      </LabProvider>
    </StrictMode>,
  );
}

void start();
