import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { VitePWA } from 'vite-plugin-pwa';
import { threeTreeShaking } from './build-tools/three-tree-shaking.ts';

/**
 * The Content Security Policy the app runs under (docs/embedding.md: "For hosts"). No inline
 * script or style, nothing from another host; workers and fonts come from the app's own folder.
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

/**
 * R3F's <Canvas> registers every export of three as a JSX element (extend(THREE)), which keeps all
 * of three in the bundle. Its import of three resolves to the classes the scene uses instead
 * (app/scene/three-catalogue.ts), so the rest of three is left out of the build.
 */
const leanThreeCatalogue = (): Plugin => ({
  name: 'esl-lean-three-catalogue',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'three' && importer?.replaceAll('\\', '/').endsWith(R3F_CANVAS_MODULE))
      return fileURLToPath(new URL('./app/scene/three-catalogue.ts', import.meta.url));
    return null;
  },
});
const R3F_CANVAS_MODULE = '@react-three/fiber/dist/react-three-fiber.esm.js';

// Relative base so the built app also works from a sub-folder or an iframe host.
export default defineConfig({
  base: './',
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID) },
  build: {
    // Fonts and images are files of their own: a data: font would need a CSP exception.
    assetsInlineLimit: 0,
    // What the first frame needs (every module the entry imports statically) comes in two files,
    // the libraries and the app's own, not a score of small chunks shared with the parts that load
    // later: fewer requests, and one gzip stream compresses better (docs/performance.md).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', tags: ['$initial'], test: /[\\/]node_modules[\\/]/ },
            { name: 'first-frame', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  plugins: [
    react(),
    securityPolicyMeta(),
    leanThreeCatalogue(),
    threeTreeShaking(),
    // The bundle report: what each module adds to each chunk, gzipped (docs/performance.md), as a
    // treemap to look at and as data the load benchmark reads. Written into the build folder.
    visualizer({ filename: 'bundle-report.html', emitFile: true, gzipSize: true }),
    visualizer({
      filename: 'bundle-report.json',
      emitFile: true,
      gzipSize: true,
      template: 'raw-data',
    }),
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
        globIgnores: ['readme/**', 'bundle-report.*'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
});
