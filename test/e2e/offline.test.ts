import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, waitForScene, type BrowserSession, SHOT_DIR } from './browser.ts';

const BUILT = process.env.E2E_DIST ?? 'dist';
/** The folder served here: a copy of the build, replaced by another build to "deploy" it. */
const SITE = 'test-output/offline-site';
/** A second build of the same app (another build id), the new version to deploy. */
const NEXT = 'test-output/offline-next';

/** Replaces the served folder's contents with `from` (files only the old version had are gone). */
function deploy(from: string) {
  for (const entry of readdirSync(SITE)) rmSync(`${SITE}/${entry}`, { recursive: true });
  cpSync(from, SITE, { recursive: true });
}

let session: BrowserSession;
beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  deploy(BUILT);
  // A production build like `vite build` (vitest itself runs with NODE_ENV=test).
  const env = { ESL_BUILD_ID: process.env.ESL_BUILD_ID, NODE_ENV: process.env.NODE_ENV };
  Object.assign(process.env, { ESL_BUILD_ID: 'next', NODE_ENV: 'production' });
  try {
    await build({
      mode: 'production',
      build: { outDir: NEXT, emptyOutDir: true },
      logLevel: 'error',
    });
  } finally {
    for (const [k, v] of Object.entries(env))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
  session = await openSession([], { outDir: SITE });
});
afterAll(async () => {
  await session?.close();
});

const buildId = (page: Page) => page.locator('meta[name="esl-build"]').getAttribute('content');

/** Waits until the service worker has precached the build and is active. */
const installed = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return (await caches.keys()).filter((k) => k.startsWith('workbox-precache'));
  });

/** The URLs in the precache, without the revision parameters. */
const precached = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const key of await caches.keys())
      for (const r of await (await caches.open(key)).keys())
        urls.push(new URL(r.url).pathname.replace(/^.*?\/(assets\/|[^/]+$)/, '$1'));
    return urls.sort();
  });

/** Uses every panel: a step, the batch-norm formulas (KaTeX fonts), the sweep and the network workers. */
async function useEverything(page: Page) {
  await waitForScene(page);
  const step = Number(await page.getByTestId('readout-step').innerText());
  await page.getByTestId('step').click();
  await expect.poll(() => page.getByTestId('readout-step').innerText()).toBe(String(step + 1));
  await page.getByTestId('bn-formulas').waitFor();
  await expect.poll(() => page.evaluate(() => document.fonts.check('20px KaTeX_Main'))).toBe(true);
  await page.getByTestId('sweep-run').click();
  await page.getByTestId('sweep-chart').waitFor({ timeout: 60_000 });
  await page.getByTestId('net-run').click();
  await page.getByTestId('net-results').waitFor({ timeout: 120_000 });
  for (const panel of ['sweep-panel', 'network-panel', 'bn-panel', 'share-panel'])
    expect(await page.getByTestId(panel).isVisible()).toBe(true);
}

const LINK = '?surface=lecture&bn=1&net=xor:1:4:0.5:10';

describe('offline', () => {
  it('after one plain visit: offline, a new link opens and every panel and both workers work', async () => {
    const page = await session.newPage(1280, 900);
    const hosts = new Set<string>();
    const failed: string[] = [];
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    // Each with its reason and the page it was for, so a failure says whether it was a cache miss.
    page.on('requestfailed', (r) =>
      failed.push(`${r.url()} (${r.failure()?.errorText ?? '?'}, on ${page.url()})`),
    );
    await page.goto(session.url);
    await waitForScene(page);
    expect(await installed(page)).toHaveLength(1);
    const files = await precached(page);
    // The whole build: both workers, every lazy panel, the woff2 fonts, the pages.
    for (const worker of ['sweep', 'network'])
      expect(files.some((f) => f.startsWith(`assets/${worker}.worker-`))).toBe(true);
    expect(files.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThan(10);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'embed.js']));
    // The network is gone: nothing answers but the service worker.
    await session.setServing(false);
    await page.context().setOffline(true);
    try {
      await page.goto(`${session.url}${LINK}`);
      await useEverything(page);
      await page.goto(`${session.url}?surface=penguins&opt=adam`);
      await waitForScene(page);
      // Links are not cached one by one.
      expect(await precached(page)).toEqual(files);
      expect([...hosts].every((h) => h.startsWith('127.0.0.1:'))).toBe(true);
      expect(failed).toEqual([]);
    } finally {
      await page.context().setOffline(false);
      await session.setServing(true);
    }
  });

  it('a new deployment: an open page keeps working and offers Reload; a reload shows it', async () => {
    // Two visitors of the old version: one working in an open page, one who will just reload.
    const open = await session.newPage(1280, 900);
    await open.goto(`${session.url}${LINK}`);
    await waitForScene(open);
    await installed(open);
    await open.getByTestId('step').click();
    const reloading = await session.newPage(1280, 720);
    await reloading.goto(session.url);
    await waitForScene(reloading);
    await installed(reloading);
    const before = await buildId(open);
    const oldFiles = await precached(open);

    deploy(NEXT);
    const newFiles = readdirSync(`${SITE}/assets`).map((f) => `assets/${f}`);
    const gone = oldFiles.filter((f) => f.startsWith('assets/') && !newFiles.includes(f));
    expect(gone.length).toBeGreaterThan(0);

    // The reloading visitor sees the new version after at most two loads of their own.
    let loads = 0;
    while ((await buildId(reloading)) !== 'next' && loads < 2) {
      loads++;
      await reloading.reload();
      await reloading
        .waitForFunction(
          () =>
            document.querySelector('meta[name="esl-build"]')?.getAttribute('content') === 'next',
          null,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
    }
    expect(await buildId(reloading)).toBe('next');
    console.log(`the new version showed after ${loads} reload(s) by the visitor`);
    await waitForScene(reloading);

    // The open page learns of it, says so, and keeps working on its own version's files.
    await open.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await open.getByTestId('update-notice').waitFor({ timeout: 30_000 });
    await open.screenshot({ path: `${SHOT_DIR}/update-available-1280x900.png` });
    expect(await buildId(open)).toBe(before);
    await useEverything(open);
    // Its Reload switches to the new version, and the old files are purged from the cache.
    await open.getByTestId('update-reload').click();
    await open.waitForFunction(
      () => document.querySelector('meta[name="esl-build"]')?.getAttribute('content') === 'next',
      null,
      { timeout: 30_000 },
    );
    await waitForScene(open);
    await expect.poll(() => precached(open)).not.toEqual(expect.arrayContaining([gone[0]]));
    expect((await precached(open)).filter((f) => gone.includes(f))).toEqual([]);
  });

  it('the update notice at a phone’s size', async () => {
    const page = await session.newPage(390, 844);
    await page.goto(session.url);
    await waitForScene(page);
    await installed(page);
    await page.getByTestId('step').click();
    const other = process.env.E2E_DIST ?? 'dist';
    deploy(other);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.getByTestId('update-notice').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${SHOT_DIR}/update-available-390x844.png` });
  });
});
