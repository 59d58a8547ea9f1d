import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  collectErrors,
  luminanceSpread,
  pixelDifference,
  SHOT_DIR,
  waitForScene,
  useBrowserSession,
} from './browser.ts';

const session = useBrowserSession();

const NETWORKS = ['none', 'batch', 'layer'] as const;

/** Trains the three networks of the panel and waits for every slice to be refined. */
async function trainAll(page: Page) {
  await page.getByTestId('net-run').click();
  await page.getByTestId('net-results').waitFor({ timeout: 180_000 });
  for (const n of NETWORKS)
    await page
      .locator(`[data-testid="net-landscape-${n}"][data-complete="true"]`)
      .waitFor({ timeout: 180_000 });
  await page.getByTestId('net-run').waitFor({ timeout: 60_000 });
}

/** The lower and upper bound of a "between a and b" stable-rate cell. */
async function bracket(page: Page, n: string): Promise<[number, number]> {
  const text = await page.getByTestId(`net-stable-${n}`).innerText();
  const m = text.match(/between ([\d.]+) and ([\d.]+)/);
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

describe('the network lab', () => {
  it('"where batch norm helps": three networks, smoother with batch norm by all three measures, stable rates with their grid, the path on each landscape and in the main view', async () => {
    const page = await session.newPage(1280, 720);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?surface=bowl`);
    await waitForScene(page);
    expect(await page.getByTestId('net-preset-helps').getAttribute('aria-pressed')).toBe('true');
    await trainAll(page);
    expect(await page.getByTestId('net-smooth-reading').innerText()).toContain(
      'smoother along the gradient by all three measures',
    );
    const [plainLo, plainHi] = await bracket(page, 'none');
    const [bnLo] = await bracket(page, 'batch');
    expect(plainHi).toBeGreaterThan(plainLo);
    expect(bnLo).toBeGreaterThan(plainLo);
    expect(await page.getByTestId('net-stable-grid').innerText()).toMatch(
      /13 rates from 0\.1 to 100 \(4 per decade\), 300 steps each/,
    );
    expect(await page.getByTestId('net-ics-reading').innerText()).toMatch(/moved by up to [\d.]+/);
    expect(await page.locator('[data-testid="net-batch-table"] tbody tr').count()).toBe(3);
    // Layer norm does not train at this rate: it is called stuck, and its smoothness figures are
    // marked as not meaningful.
    expect(await page.getByTestId('net-final-layer').getAttribute('data-stuck')).toBe('true');
    expect(await page.getByTestId('net-final-layer').innerText()).toContain('stuck');
    expect(await page.getByTestId('net-final-batch').getAttribute('data-stuck')).toBe('false');
    expect(await page.getByTestId('net-stuck-note').innerText()).toMatch(/within 10 %/);
    expect(await page.getByTestId('net-smooth-stuck').innerText()).toContain(
      'Not meaningful for layer norm',
    );
    expect(await page.getByTestId('net-measure-lossRange-reading').innerText()).toContain(
      '(stuck: not meaningful)',
    );
    expect(await page.getByTestId('net-stable-grid').innerText()).toContain(
      'ends below 50 % of its first loss',
    );
    // Every chart of the lab has its legend; the covariate-shift chart names its dashed lines.
    const charts = await page.locator('[data-testid="network-panel"] .net-chart').count();
    expect(charts).toBe(5);
    expect(await page.locator('[data-testid="network-panel"] .net-legend').count()).toBe(charts);
    expect(await page.getByTestId('net-ics-chart-legend').innerText()).toContain(
      'dashed: 15 % and 85 %',
    );
    for (const n of NETWORKS) {
      expect(await page.getByTestId(`net-landscape-${n}-explained`).innerText()).toMatch(
        /d1 and d2 hold [\d.]+ % and [\d.]+ % of the path's variance\. Loss [\d.e-]+ … [\d.e-]+/,
      );
      expect(
        luminanceSpread(await page.getByTestId(`net-landscape-${n}`).screenshot()),
      ).toBeGreaterThan(5);
    }
    expect(page.url()).toBe(`${session.url}?surface=bowl`);
    await page
      .getByTestId('network-panel')
      .screenshot({ path: `${SHOT_DIR}/network-lab-helps-1280.png` });
    await page
      .getByTestId('net-landscape-batch-figure')
      .screenshot({ path: `${SHOT_DIR}/network-lab-path-panel.png` });

    // The batch-normalized network's slice and path in the main 3-D view, then back.
    const before = await page.getByTestId('scene').screenshot();
    await page.getByTestId('net-show-batch').click();
    await page.getByTestId('overlay-banner').waitFor();
    // The banner and the axes name the plane drawn: the path's principal directions d1 and d2.
    const banner = await page.getByTestId('overlay-banner').innerText();
    expect(banner).toMatch(/d1 and d2, the first two principal directions of the training path/);
    expect(banner).toMatch(/holding [\d.]+ % and [\d.]+ % of its variance/);
    expect(banner).not.toContain('random');
    await expect
      .poll(async () => (await page.locator('.axis-name').allInnerTexts()).join(' | '))
      .toMatch(/α · d1 \([\d.]+ %\).*β · d2 \([\d.]+ %\)|β · d2 \([\d.]+ %\).*α · d1/);
    // The readouts are the network's: its steps and final loss, said to be the network's.
    expect(await page.getByTestId('readout-source').innerText()).toBe(
      'the network (batch norm); the lecture run is hidden',
    );
    expect(await page.getByTestId('readout-step').innerText()).toBe('300');
    const tableLoss = parseFloat(await page.getByTestId('net-final-batch').innerText());
    const readoutLoss = parseFloat(await page.getByTestId('readout-loss').innerText());
    expect(Math.abs(readoutLoss - tableLoss)).toBeLessThanOrEqual(0.005 * tableLoss);
    expect(await page.getByTestId('readout-status').innerText()).toBe('trained');
    expect(await page.getByTestId('scene').getAttribute('aria-label')).toContain(
      'training path ends at α = 0',
    );
    await expect
      .poll(async () => pixelDifference(before, await page.getByTestId('scene').screenshot()), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0.05);
    await page.getByTestId('scene').scrollIntoViewIfNeeded();
    await page
      .getByTestId('scene')
      .screenshot({ path: `${SHOT_DIR}/network-lab-path-main-view.png` });
    await page.getByTestId('overlay-back').click();
    await expect.poll(() => page.getByTestId('overlay-banner').count()).toBe(0);
    await expect.poll(() => page.getByTestId('readout-source').count()).toBe(0);
    expect(await page.getByTestId('readout-w1').innerText()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('"where it does not help", on a phone: batch norm is not smoother here, and the page says so', async () => {
    const page = await session.newPage(390, 844);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?surface=bowl`);
    await waitForScene(page);
    await page.getByTestId('net-preset-no-help').click();
    expect(page.url()).toContain('net=xor');
    expect(await page.getByTestId('net-preset-why').innerText()).toContain('One hidden layer');
    await trainAll(page);
    expect(await page.getByTestId('net-smooth-reading').innerText()).toContain(
      'does not make this landscape smoother',
    );
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    await page
      .getByTestId('network-panel')
      .screenshot({ path: `${SHOT_DIR}/network-lab-no-help-390.png` });
    expect(errors).toEqual([]);
  });

  it('can be cancelled while it runs, and the page keeps working', async () => {
    const page = await session.newPage(1280, 800);
    await page.goto(`${session.url}?surface=bowl&net=spiral:3:32:0.5:1500`);
    await waitForScene(page);
    await page.getByTestId('net-run').click();
    await page.getByTestId('net-progress').waitFor();
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('readout-step').innerText()).toBe('1');
    await page.getByTestId('net-cancel').click();
    await page.getByTestId('net-run').waitFor();
    expect(await page.getByTestId('net-results').count()).toBe(0);
  });
});

describe('the network lab without WebGL', () => {
  const noGl = useBrowserSession(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);

  it('the flat map shows a network’s slice with its training path in place of the runs', async () => {
    const page = await noGl.newPage(1280, 720);
    const errors = collectErrors(page);
    await page.goto(`${noGl.url}?surface=bowl`);
    await page.getByTestId('fallback-2d').waitFor();
    await trainAll(page);
    // Pixels of the plain network's colour (#4dc3ff) on the flat map: none before.
    const pathPixels = () =>
      page.getByTestId('fallback-2d').evaluate((el) => {
        const c = el as HTMLCanvasElement;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let k = 0; k < d.length; k += 4)
          if (Math.abs(d[k]! - 77) < 30 && Math.abs(d[k + 1]! - 195) < 30 && d[k + 2]! > 220) n++;
        return n;
      });
    expect(await pathPixels()).toBeLessThan(10);
    await page.getByTestId('net-show-none').click();
    await page.getByTestId('overlay-banner').waitFor();
    await expect.poll(pathPixels, { timeout: 30_000 }).toBeGreaterThan(100);
    await page
      .getByTestId('fallback-2d')
      .screenshot({ path: `${SHOT_DIR}/network-path-flat-map.png` });
    // Without WebGL the scene's renderer reports the context it could not create; nothing else.
    expect(errors.filter((e) => !/WebGL context/.test(e))).toEqual([]);
  });
});
