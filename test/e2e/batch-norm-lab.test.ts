import { describe, expect, it } from 'vitest';
import {
  collectErrors,
  luminanceSpread,
  SHOT_DIR,
  waitForScene,
  useBrowserSession,
} from './browser.ts';

const session = useBrowserSession();

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

// The network lab's browser tests are in network-lab.test.ts.
