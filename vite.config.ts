import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content Security Policy the app runs under (README: "For hosts"). No inline script or style,
 * nothing from another host; workers and fonts come from the app's own folder.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** This build's name (ESL_BUILD_ID, else the time of the build): in a meta tag and the footer. */
const BUILD_ID = process.env.ESL_BUILD_ID ?? new Date().toISOString().slice(0, 16);

/** The built index.html carries the policy as a meta tag (the dev server's inline scripts would break it). */
const securityPolicyMeta = (): Plugin => ({
  name: 'esl-security-policy-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
    { tag: 'meta', attrs: { name: 'esl-build', content: BUILD_ID }, injectTo: 'head' },
  ],
});

// Relative base so the built app also works from a sub-folder or an iframe host.
export default defineConfig({
  base: './',
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  // Fonts and images are files of their own: a data: font would need a CSP exception.
  build: { assetsInlineLimit: 0 },
  plugins: [
    react(),
    securityPolicyMeta(),
    // The service worker (app/offline/sw.ts) precaches the whole build from the build's own
    // manifest: every script, both workers, the styles, the pages and the fonts (woff2: every
    // browser with service workers reads it, so the woff and ttf copies are never fetched).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'app/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,css,svg,woff2}'],
        globIgnores: ['readme/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
});
