import { beforeEach, describe, expect, it } from 'vitest';
import {
  collectErrors,
  luminanceSpread,
  pixelDifference,
  SHOT_DIR,
  waitForScene,
  type BrowserSession,
  useBrowserSession,
} from './browser.ts';

const browser = useBrowserSession();
let session: BrowserSession;
beforeEach(() => {
  session = browser.current;
});

describe('batch normalization up close', () => {
  it('shows the mini-batch before and after normalization, the formulas with its numbers, and the coupling', async () => {
    const page = await session.newPage(1440, 900);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?surface=penguins&bn=1&batch=8`);
    await waitForScene(page);
    await page.getByTestId('step').click();
    await page.getByTestId('bn-formulas').waitFor();
    expect(await page.locator('[data-testid="bn-formulas"] .katex').count()).toBe(2);
    const gap = await page.getByTestId('bn-gap').innerText();
    expect(gap).toMatch(/training\) [\d.e-]+; .*inference\) [\d.e-]+/);
    const coupling = await page.getByTestId('bn-coupling').innerText();
    await page.getByTestId('bn-resample').click();
    await expect.poll(() => page.getByTestId('bn-coupling').innerText()).not.toBe(coupling);
    expect(
      luminanceSpread(await page.getByTestId('bn-scatter-normalized').screenshot()),
    ).toBeGreaterThan(1);
    await page.getByTestId('bn-panel').screenshot({ path: `${SHOT_DIR}/bn-up-close.png` });
    expect(errors).toEqual([]);
  });

  it('explains batch size 1 (σ_B = 0, ε decides) and shows no NaN', async () => {
    const page = await session.newPage(1280, 800);
    await page.goto(`${session.url}?surface=lecture&bn=1&batch=1`);
    await waitForScene(page);
    await page.getByTestId('step').click();
    expect(await page.getByTestId('bn-batch-one').innerText()).toContain('ε');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
  });
});

describe('the network lab', () => {
  it('trains both networks in a worker, with progress, and shows curves, stable rates and two landscapes', async () => {
    const page = await session.newPage(1440, 900);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?surface=bowl`);
    await waitForScene(page);
    await page.getByTestId('net-run').click();
    await page.getByTestId('net-results').waitFor({ timeout: 120_000 });
    const stable = await page.getByTestId('net-stable').innerText();
    const rates = stable.match(/: ([\d.]+) without batch norm, ([\d.]+) with/);
    expect(rates).not.toBeNull();
    expect(Number(rates![2])).toBeGreaterThan(Number(rates![1]));
    await page.getByTestId('net-landscape-bn').waitFor();
    await expect
      .poll(async () => luminanceSpread(await page.getByTestId('net-landscape-bn').screenshot()), {
        timeout: 30_000,
      })
      .toBeGreaterThan(5);
    expect(page.url()).toBe(`${session.url}?surface=bowl`);
    // The batch-normalized network's slice in the main 3-D view, then back to the experiment.
    const before = await page.getByTestId('scene').screenshot();
    await page.getByTestId('net-show-bn').click();
    await page.getByTestId('overlay-banner').waitFor();
    await expect.poll(() => page.locator('.axis-name').allInnerTexts()).toContain('α');
    await expect
      .poll(async () => pixelDifference(before, await page.getByTestId('scene').screenshot()), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0.05);
    await page.getByTestId('scene').screenshot({ path: `${SHOT_DIR}/network-slice-main-view.png` });
    await page.getByTestId('overlay-back').click();
    await expect.poll(() => page.getByTestId('overlay-banner').count()).toBe(0);
    await expect.poll(() => page.locator('.axis-name').allInnerTexts()).toContain('w1');
    await page.getByTestId('network-panel').screenshot({ path: `${SHOT_DIR}/network-lab.png` });
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
