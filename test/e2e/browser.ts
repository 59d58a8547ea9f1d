import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Serves the built app (dist/) in-process and opens headless Chromium with software WebGL. */
export interface BrowserSession {
  url: string;
  browser: Browser;
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function openSession(): Promise<BrowserSession> {
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
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
    ],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async newPage(width = 1280, height = 720) {
      const context = await browser.newContext({ viewport: { width, height } });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
