/** The service worker's cache; public/sw.js uses the same name. */
const CACHE = 'error-surface-lab-v1';

/**
 * Registers the service worker (public/sw.js) in production builds, so that after the first visit
 * the app opens without a network (a lecture hall's Wi-Fi fails). The files this first visit
 * already loaded are put in its cache at once; later ones are cached as they are fetched. Only
 * this site's own files are ever cached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !('caches' in window)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(new URL('./sw.js', document.baseURI))
      .then(async () => {
        const own = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((url) => new URL(url).origin === window.location.origin);
        const cache = await caches.open(CACHE);
        await cache.addAll([...new Set([window.location.pathname, ...own])]);
      })
      .catch(() => undefined);
  });
}
