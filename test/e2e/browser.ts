import { preview, type PreviewServer } from 'vite';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where browser tests keep their screenshots, to be looked at by a person. */
export const SHOT_DIR = 'test-output/screenshots';
mkdirSync(SHOT_DIR, { recursive: true });

/** Standard deviation of the luminance of a PNG's pixels: ~0 for a blank image. */
export function luminanceSpread(png: Buffer): number {
  const { data, width, height } = PNG.sync.read(png);
  let sum = 0;
  let sq = 0;
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const l = 0.2126 * data[4 * i]! + 0.7152 * data[4 * i + 1]! + 0.0722 * data[4 * i + 2]!;
    sum += l;
    sq += l * l;
  }
  return Math.sqrt(Math.max(0, sq / n - (sum / n) ** 2));
}

/** Fraction of pixels that differ by more than a small tolerance between two same-size PNGs. */
export function pixelDifference(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  let differ = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (
      Math.abs(x.data[i]! - y.data[i]!) +
        Math.abs(x.data[i + 1]! - y.data[i + 1]!) +
        Math.abs(x.data[i + 2]! - y.data[i + 2]!) >
      30
    )
      differ++;
  }
  return differ / (x.width * x.height);
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Waits until the scene has drawn at least one frame with content. */
export async function waitForScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="scene"] canvas, [data-testid="fallback-2d"]', {
    timeout: 60_000,
  });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.tick').length > 3 ||
      document.querySelector('[data-testid="fallback-2d"]'),
    null,
    { timeout: 60_000 },
  );
}

/** Serves the built app (dist/, or $E2E_DIST) in-process and opens headless Chromium with software WebGL. */
export interface BrowserSession {
  url: string;
  browser: Browser;
  newPage(width?: number, height?: number): Promise<Page>;
  /** Closes every page opened so far (each test's WebGL contexts would otherwise slow the next). */
  closePages(): Promise<void>;
  /** Stops serving (the network is gone: only what the browser kept can load), or serves again on the same address. */
  setServing(on: boolean): Promise<void>;
  close(): Promise<void>;
}

/** How a session serves the app: another folder, extra response headers (a Content-Security-Policy). */
export interface ServeOptions {
  outDir?: string;
  headers?: Record<string, string>;
}

async function serve(options: ServeOptions, port = 0): Promise<PreviewServer> {
  // E2E_DIST serves another build folder (several builds side by side on one machine).
  return preview({
    build: { outDir: options.outDir ?? process.env.E2E_DIST ?? 'dist' },
    preview: {
      port,
      host: '127.0.0.1',
      strictPort: port !== 0,
      ...(options.headers ? { headers: options.headers } : {}),
    },
    logLevel: 'warn',
  });
}

async function stop(server: PreviewServer): Promise<void> {
  // Open keep-alive connections would otherwise keep answering after close().
  const http = server.httpServer as { closeAllConnections?: () => void };
  http.closeAllConnections?.();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

export async function openSession(
  extraArgs: string[] = [],
  options: ServeOptions = {},
): Promise<BrowserSession> {
  let server: PreviewServer | null = await serve(options);
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-quic',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async newPage(width = 1280, height = 720) {
      const context = await browser.newContext({ viewport: { width, height } });
      contexts.push(context);
      return context.newPage();
    },
    async closePages() {
      await Promise.all(contexts.splice(0).map((c) => c.close()));
    },
    async setServing(on) {
      if (!on && server) {
        await stop(server);
        server = null;
      } else if (on && !server) server = await serve(options, port);
    },
    async close() {
      await browser.close();
      if (server) await stop(server);
    },
  };
}

/**
 * One browser session for a test file: opened before its tests, pages closed after each test
 * (their WebGL contexts would slow the next one), closed at the end. The object returned stands
 * for that session: use it in tests (its members reach the session opened in `beforeAll`).
 */
export function useBrowserSession(
  extraArgs: string[] = [],
  options: ServeOptions = {},
): BrowserSession {
  let current: BrowserSession | null = null;
  const open = (): BrowserSession => {
    if (!current) throw new Error('the browser session is opened in beforeAll: use it in tests');
    return current;
  };
  beforeAll(async () => {
    current = await openSession(extraArgs, options);
  });
  afterEach(async () => {
    await current?.closePages();
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get url() {
      return open().url;
    },
    get browser() {
      return open().browser;
    },
    newPage: (width, height) => open().newPage(width, height),
    closePages: () => open().closePages(),
    setServing: (on) => open().setServing(on),
    close: () => open().close(),
  };
}
