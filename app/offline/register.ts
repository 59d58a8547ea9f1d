import { messageSW, Workbox } from 'workbox-window';

/** How often an open page asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** A new version waiting for the user's word; calling it switches every open page to it. */
let pendingUpdate: (() => void) | null = null;
const listeners = new Set<() => void>();

/** The update the page may offer ("a new version is available — Reload"), for useSyncExternalStore. */
export const waitingUpdate = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  get: () => pendingUpdate,
};

/**
 * Registers the service worker (app/offline/sw.ts, built to sw.js) in production builds: after the
 * first visit the whole app opens without a network (a lecture hall's Wi-Fi fails). A new version
 * waits while any page of the old one is open, so an open page keeps working; the page then offers
 * "Reload". A page that is alone and not yet touched (it was just opened or reloaded) switches at
 * once, so a reload shows a new deployment after at most two loads.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A page that an older version serves reloads when a newer one takes over (the first version
  // taking over the first visit's page changes nothing on it).
  let served = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (served) window.location.reload();
    served = true;
  });
  let touched = false;
  for (const type of ['pointerdown', 'keydown'])
    window.addEventListener(type, () => (touched = true), { once: true, capture: true });

  const wb = new Workbox(new URL('../sw.js', document.baseURI).href);
  wb.addEventListener('waiting', async (event) => {
    const waiting = event.sw;
    if (!waiting) return;
    if (!touched) {
      const reply = (await messageSW(waiting, { type: 'SKIP_WAITING_IF_ALONE' })) as {
        alone?: boolean;
      } | null;
      if (reply?.alone) return; // it takes over now, and controllerchange reloads this page
    }
    pendingUpdate = () => waiting.postMessage({ type: 'SKIP_WAITING' });
    for (const l of listeners) l();
  });
  void wb.register().then((registration) => {
    if (!registration) return;
    const check = () => void registration.update().catch(() => undefined);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
    setInterval(check, UPDATE_CHECK_MS);
  });
}
