import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  collectErrors,
  luminanceSpread,
  openSession,
  pixelDifference,
  SHOT_DIR,
  waitForScene,
  type BrowserSession,
  useBrowserSession,
} from './browser.ts';

const session = useBrowserSession();

const text = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).innerText();
const number = async (page: Page, id: string) => Number(await text(page, id));
const status = (page: Page) =>
  page.locator('[data-testid="readout-status"]').getAttribute('data-status');
const sceneShot = (page: Page, name: string) =>
  page.locator('[data-testid="scene"]').screenshot({ path: `${SHOT_DIR}/${name}.png` });

async function open(query = '', width = 1280, height = 800) {
  const page = await session.newPage(width, height);
  const errors = collectErrors(page);
  await page.goto(`${session.url}${query}`);
  await waitForScene(page);
  return { page, errors };
}

describe('the 3-D explorer', () => {
  it('loads with no console errors, and the canvas is not blank', async () => {
    const { page, errors } = await open();
    await expect
      .poll(async () => luminanceSpread(await sceneShot(page, 'explorer-default')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(10);
    await page.screenshot({ path: `${SHOT_DIR}/page-default.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('play moves the ball and the loss falls', async () => {
    const { page, errors } = await open('?surface=lecture&scaling=standardize&speed=20');
    const loss0 = await number(page, 'readout-loss');
    const w10 = await text(page, 'readout-w1');
    await page.getByTestId('play').click();
    await expect.poll(() => number(page, 'readout-step'), { timeout: 30_000 }).toBeGreaterThan(3);
    // Read while it plays or after it stopped by itself: a click on Play after the run converged
    // (12 steps here) would start it again from the beginning.
    expect(await number(page, 'readout-loss')).toBeLessThan(loss0);
    expect(await text(page, 'readout-w1')).not.toBe(w10);
    await sceneShot(page, 'explorer-after-play');
    expect(errors).toEqual([]);
  });

  it('toggling feature scaling changes the surface and the condition number drops', async () => {
    const { page } = await open('?surface=lecture');
    const kappaRaw = await number(page, 'condition-number');
    const before = await sceneShot(page, 'scaling-raw');
    await page.getByRole('radio', { name: 'Standardize (z-score)' }).check();
    await expect.poll(() => number(page, 'condition-number')).toBeLessThan(kappaRaw / 1000);
    await expect
      .poll(async () => pixelDifference(before, await sceneShot(page, 'scaling-standardized')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0.05);
    expect(page.url()).toContain('scaling=standardize');
  });

  it('a learning rate above the stability limit ends in "diverged" with no NaN on the page; reset recovers', async () => {
    const { page } = await open('?surface=valley&speed=200');
    const limit = await number(page, 'stability-limit');
    const field = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
    await field.fill(String(limit * 1.5));
    await field.press('Enter');
    await expect.poll(() => text(page, 'lr-multiple')).toContain('1.5');
    await page.getByTestId('play').click();
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe('diverged');
    await expect(page.getByTestId('notice-diverged').isVisible()).resolves.toBe(true);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/NaN|Infinity/);
    await sceneShot(page, 'diverged');
    await page.getByTestId('reset').click();
    await expect.poll(() => status(page)).toBe('ready');
    expect(await number(page, 'readout-step')).toBe(0);
  });

  it('an absurd learning rate typed in is refused with a message, and the old one kept', async () => {
    const { page } = await open('?surface=bowl');
    const field = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
    const before = await field.inputValue();
    await field.fill('banana');
    await field.press('Enter');
    await expect(page.getByRole('alert').first().innerText()).resolves.toContain('banana');
    expect(await field.inputValue()).toBe(before);
  });

  it('a shared link reopens the same experiment', async () => {
    const { page } = await open('?surface=penguins');
    await page.getByRole('radio', { name: 'Min-max' }).check();
    await page.getByRole('combobox', { name: 'Optimizer', exact: true }).selectOption('momentum');
    await expect.poll(() => page.url()).toContain('opt=momentum');
    const link = page.url();
    const again = await session.newPage();
    await again.goto(link);
    await waitForScene(again);
    await expect(again.getByRole('radio', { name: 'Min-max' }).isChecked()).resolves.toBe(true);
    await expect(
      again.getByRole('combobox', { name: 'Optimizer', exact: true }).inputValue(),
    ).resolves.toBe('momentum');
    await expect(
      again.getByRole('combobox', { name: 'Surface', exact: true }).inputValue(),
    ).resolves.toBe('penguins');
    expect(await text(again, 'condition-number')).toBe(await text(page, 'condition-number'));
  });

  it('a garbage URL opens the default experiment with a notice of what was ignored', async () => {
    const { page, errors } = await open('?surface=%%%volcano&lr=-1&start=NaN,x&zzz=1');
    const notice = await text(page, 'notice-ignored-params');
    expect(notice).toContain('surface');
    expect(notice).toContain('lr “-1”');
    await expect(
      page.getByRole('combobox', { name: 'Surface', exact: true }).inputValue(),
    ).resolves.toBe('lecture');
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SHOT_DIR}/garbage-url.png` });
  });

  it('the language switch turns the whole page into 繁體中文 and back', async () => {
    const { en } = await import('../../app/i18n/en.ts');
    const { zhTW } = await import('../../app/i18n/zh-TW.ts');
    const { page } = await open('?surface=lecture&bn=1');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('錯誤曲面實驗室');
    // The reference list (paper titles, kept in their original English) stays closed.
    // No English interface string (longer than a symbol) may remain; the scene's labels (its axes'
    // names) change with its next drawn frame, a moment after the page's text.
    const english = Object.entries(en).filter(
      ([k, v]) => /[a-z]{4}/i.test(v) && v !== zhTW[k as keyof typeof zhTW] && !v.includes('{'),
    );
    const left = async () => {
      const body = await page.locator('body').innerText();
      return english.filter(([, v]) => body.includes(v)).map(([k]) => k);
    };
    await expect.poll(left).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(page.url()).toContain('lang=zh-TW');
    await page.screenshot({ path: `${SHOT_DIR}/page-zh-TW.png`, fullPage: true });
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Error Surface Lab');
  });

  it('keyboard: Space plays and pauses, → steps, R resets', async () => {
    const { page } = await open('?surface=bowl&speed=5');
    await page.locator('h1').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => number(page, 'readout-step')).toBe(1);
    await page.keyboard.press('r');
    await expect.poll(() => number(page, 'readout-step')).toBe(0);
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  });

  it('with batch normalization each step draws a new mini-batch surface and shows batch statistics', async () => {
    const { page } = await open('?surface=lecture&bn=1&batch=8');
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('batch-stats').locator('tbody tr').count()).toBe(2);
    const first = await sceneShot(page, 'batchnorm-step1');
    const stats1 = await page.getByTestId('batch-stats').innerText();
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('batch-stats').innerText()).not.toBe(stats1);
    await expect
      .poll(async () => pixelDifference(first, await sceneShot(page, 'batchnorm-step2')), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0.01);
  });

  it('works on a phone in portrait', async () => {
    const { page, errors } = await open('', 390, 844);
    await page.screenshot({ path: `${SHOT_DIR}/phone.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('the top view is a flat map: orthographic, straight down, in every pane; a click on it sets the start', async () => {
    /** Each pane's camera, as the scene element reports it. */
    const cameras = (page: Page) =>
      page.$$eval('[data-testid="scene"]', (els) =>
        els.map((el) => ({
          kind: (el as HTMLElement).dataset.camera,
          direction: ((el as HTMLElement).dataset.cameraDirection ?? '').split(',').map(Number),
        })),
      );
    const straightDown = (d: number[]) =>
      Math.abs(d[0]!) < 1e-3 && Math.abs(d[1]! + 1) < 1e-3 && Math.abs(d[2]!) < 1e-3;

    const compare = await open('?surface=lecture&camera=top&panes=compare');
    await expect
      .poll(async () => (await cameras(compare.page)).map((c) => c.kind), { timeout: 60_000 })
      .toEqual(['orthographic', 'orthographic', 'orthographic']);
    for (const c of await cameras(compare.page)) expect(straightDown(c.direction)).toBe(true);
    await compare.page.screenshot({ path: `${SHOT_DIR}/top-view-compare.png` });
    expect(compare.errors).toEqual([]);
    await compare.page.close();

    const { page, errors } = await open('?surface=lecture&camera=top');
    await expect
      .poll(async () => (await cameras(page))[0]?.kind, { timeout: 30_000 })
      .toBe('orthographic');
    expect(straightDown((await cameras(page))[0]!.direction)).toBe(true);
    await expect
      .poll(() => page.getByTestId('camera-top-hint').count(), { timeout: 30_000 })
      .toBe(1);
    // On a map, points on one row of the screen share w2 and points in one column share w1.
    const box = (await page.locator('[data-testid="scene"]').boundingBox())!;
    const clickAt = async (fx: number, fy: number) => {
      const before = `${await text(page, 'readout-w1')} ${await text(page, 'readout-w2')}`;
      await page.mouse.click(box.x + fx * box.width, box.y + fy * box.height);
      await expect
        .poll(async () => `${await text(page, 'readout-w1')} ${await text(page, 'readout-w2')}`, {
          timeout: 30_000,
        })
        .not.toBe(before);
      expect(await number(page, 'readout-step')).toBe(0);
      return [await number(page, 'readout-w1'), await number(page, 'readout-w2')] as const;
    };
    const a = await clickAt(0.42, 0.35);
    const b = await clickAt(0.58, 0.35);
    const c = await clickAt(0.58, 0.65);
    expect(b[0]).toBeGreaterThan(a[0]);
    expect(b[1]).toBeCloseTo(a[1], 3);
    expect(c[0]).toBeCloseTo(b[0], 3);
    // w2 grows up the screen.
    expect(c[1]).toBeLessThan(b[1]);
    await sceneShot(page, 'top-view');

    // 3-D brings the perspective camera (and orbiting) back; the top view the map.
    await page.getByRole('button', { name: '3-D' }).click();
    await expect
      .poll(async () => (await cameras(page))[0]?.kind, { timeout: 30_000 })
      .toBe('perspective');
    expect(straightDown((await cameras(page))[0]!.direction)).toBe(false);
    await page.getByRole('button', { name: 'Top (contours)' }).click();
    await expect
      .poll(async () => (await cameras(page))[0]?.kind, { timeout: 30_000 })
      .toBe('orthographic');
    expect(errors).toEqual([]);
  });
});

describe('without WebGL', () => {
  let noGl: BrowserSession;
  beforeAll(async () => {
    noGl = await openSession(['--disable-webgl', '--disable-webgl2', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('shows a clear message and a flat map, and the simulation still runs', async () => {
    const page = await noGl.newPage();
    await page.goto(`${noGl.url}?surface=bowl`);
    await page.waitForSelector('[data-testid="fallback-2d"]');
    expect(await page.getByTestId('notice-no-webgl').innerText()).toContain('WebGL');
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('readout-step').innerText()).toBe('1');
    await page.screenshot({ path: `${SHOT_DIR}/no-webgl.png` });
  });
});
