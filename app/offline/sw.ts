// Error Surface Lab's service worker (built by vite-plugin-pwa, injectManifest): after one visit the
// whole app works without a network — both web workers and the fonts included.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/** Where the hand-written service worker before this one kept its copies. */
const OLD_CACHES = ['error-surface-lab-v1'];

// Every file of this build, from the build's own manifest, each under its content's revision.
// A link is served by the one index.html whatever its query: no per-link entries are ever stored.
// When a new version activates, the files only the old one listed are deleted.
precacheAndRoute(self.__WB_MANIFEST, {
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanURLs: false,
});
cleanupOutdatedCaches();
// The first visit's page is served by this version from the moment it is installed, so a later
// deployment cannot pull its files away from under it.
clientsClaim();

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all(OLD_CACHES.map((name) => caches.delete(name))));
});

/**
 * A new version waits while pages of the old one are open (their lazy panels and workers are still
 * served from the old files), and takes over when a page asks: SKIP_WAITING when the user chose
 * "Reload", SKIP_WAITING_IF_ALONE when the asking page is the only one (it answers whether it was).
 */
self.addEventListener('message', (event) => {
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === 'SKIP_WAITING') event.waitUntil(self.skipWaiting());
  if (type === 'SKIP_WAITING_IF_ALONE')
    event.waitUntil(
      self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (pages) => {
        const alone = pages.length <= 1;
        event.ports[0]?.postMessage({ alone });
        if (alone) await self.skipWaiting();
      }),
    );
});
