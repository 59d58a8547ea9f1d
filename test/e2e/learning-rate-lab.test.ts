import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildProblem, DEFAULT_EXPERIMENT, learningRatePresets } from '../../src/index.ts';
import { collectErrors, SHOT_DIR, waitForScene, useBrowserSession } from './browser.ts';

const session = useBrowserSession();

async function open(query: string, width = 1440, height = 900) {
  const page = await session.newPage(width, height);
  const errors = collectErrors(page);
  await page.goto(`${session.url}${query}`);
  await waitForScene(page);
  return { page, errors };
}
const statusOf = (page: Page, id: string) => page.getByTestId(id).getAttribute('data-status');

describe('the learning-rate lab', () => {
  it('"all four at once" runs too small / about right / too large / diverging together', async () => {
    const { page, errors } = await open('?surface=valley&speed=300');
    await page.getByTestId('preset-all').click();
    await expect
      .poll(() => page.locator('[data-testid^="run-"][data-testid$="-status"]').count())
      .toBe(4);
    expect(page.url()).toContain('runs=');
    await page.getByTestId('play').click();
    await expect.poll(() => statusOf(page, 'run-3-status'), { timeout: 60_000 }).toBe('diverged');
    await expect
      .poll(() => page.getByTestId('run-1-status').innerText(), { timeout: 60_000 })
      .toMatch(/converged at step/);
    await page.getByTestId('play').click();
    expect(await statusOf(page, 'run-0-status')).not.toBe('diverged');
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
    await page.screenshot({ path: `${SHOT_DIR}/lab-four-runs.png` });
    expect(errors).toEqual([]);
  });

  it('"too small" on the raw valley says it crawls from its first steps, with the steps it needs', async () => {
    const tooSmall = learningRatePresets(buildProblem(DEFAULT_EXPERIMENT)).tooSmall;
    const { page, errors } = await open(`?lr=${tooSmall}&speed=10`);
    await page.getByTestId('play').click();
    await expect
      .poll(() => page.getByTestId('readout-status').innerText(), { timeout: 60_000 })
      .toMatch(/crawling: about [\d,]+ more steps at this rate/);
    expect(await page.getByTestId('run-0-status').innerText()).toContain('crawling');
    await page.getByTestId('play').click();
    // Named long before the fast steep error has died away (about 200 steps at this rate).
    const step = Number((await page.getByTestId('readout-step').innerText()).replace(/,/g, ''));
    expect(step).toBeLessThan(100);
    const left = (await page.getByTestId('readout-status').innerText()).match(
      /about ([\d,]+)/,
    )![1]!;
    expect(Number(left.replace(/,/g, ''))).toBeGreaterThan(100_000);
    expect(errors).toEqual([]);
  });

  it('add, duplicate and remove runs (at most six)', async () => {
    const { page } = await open('?surface=bowl');
    const count = () => page.locator('.runs > li').count();
    await page.getByTestId('add-run').click();
    await page.getByRole('button', { name: 'Duplicate run 2' }).click();
    await expect.poll(count).toBe(3);
    for (let k = 0; k < 5; k++)
      if (await page.getByTestId('add-run').isEnabled()) await page.getByTestId('add-run').click();
    await expect.poll(count).toBe(6);
    expect(await page.getByTestId('add-run').isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove run 6' }).click();
    await expect.poll(count).toBe(5);
  });

  it('side by side: the same rate diverges on raw features and converges on standardized ones', async () => {
    const { page, errors } = await open('?surface=lecture&lr=0.4&speed=300');
    await page.getByTestId('compare-toggle').check();
    // Compare panes start their canvases one after another (each after the one before has drawn).
    await expect
      .poll(() => page.locator('[data-testid="scene"]').count(), { timeout: 60_000 })
      .toBe(3);
    const kappa = async (id: string) =>
      Number(await page.getByTestId(`pane-${id}-kappa`).innerText());
    expect((await kappa('raw')) / (await kappa('standardized'))).toBeGreaterThan(1000);
    await page.getByTestId('play').click();
    await expect
      .poll(() => statusOf(page, 'pane-standardized-run-0'), { timeout: 60_000 })
      .toBe('converged');
    await expect.poll(() => statusOf(page, 'pane-raw-run-0'), { timeout: 60_000 }).toBe('diverged');
    await expect
      .poll(() => page.getByTestId('pane-standardized-run-0').innerText())
      .toMatch(/converged at step \d+/);
    await page.screenshot({ path: `${SHOT_DIR}/lab-side-by-side.png` });
    expect(errors).toEqual([]);
  });

  it('the sweep runs in a worker, draws the limits, and a click on a dot adds that rate as a run', async () => {
    const { page, errors } = await open('?surface=lecture&scaling=standardize');
    await page.getByTestId('sweep-run').click();
    await page.getByTestId('sweep-chart').waitFor({ timeout: 60_000 });
    const before = await page.locator('.runs > li').count();
    const box = (await page.getByTestId('sweep-chart').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.3);
    await expect.poll(() => page.locator('.runs > li').count()).toBe(before + 1);
    await page.getByTestId('sweep-panel').screenshot({ path: `${SHOT_DIR}/lab-sweep.png` });
    // The page stayed usable: a step still works after the sweep.
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('readout-step').innerText()).toBe('1');
    expect(errors).toEqual([]);
  });

  it('explains the overshoot with the per-direction factors 1 − ηλ', async () => {
    const { page } = await open('?surface=valley&kappa=25&lr=0.95');
    expect(await page.getByTestId('eigen-factor-0').innerText()).toMatch(/-0\.9[\s\S]*zig-zags/);
    expect(await page.getByTestId('eigen-factor-1').innerText()).toMatch(/crawls/);
    await page.getByTestId('eigen-panel').screenshot({ path: `${SHOT_DIR}/lab-eigen.png` });
  });

  it('hovering the surface probes the gradient; clicking it sets the start point', async () => {
    const { page } = await open('?surface=lecture');
    const box = (await page.getByTestId('scene').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.55);
    await page.getByTestId('probe').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('probe').innerText()).toMatch(/∂L\/∂w1 = .*\n.*∂L\/∂w2 = /);
    expect(await page.getByTestId('probe').innerText()).toMatch(/σ\(x2\)/);
    await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.55);
    await expect.poll(() => page.url()).toContain('start=');
  });
});
