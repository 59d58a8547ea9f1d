import { describe, expect, it } from 'vitest';
import { collectErrors, SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';
import type { Page } from 'playwright-core';

const session = useBrowserSession();

const progress = (page: Page) => page.getByTestId('lesson-progress').innerText();
const playing = (page: Page) => page.getByTestId('play').getAttribute('aria-pressed');

describe('keys that always work', () => {
  it('after a click on any header or lesson button, Space plays/pauses and N, P, digits, ? work', async () => {
    const page = await session.newPage(1280, 900);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?lesson=3`);
    await waitForScene(page);
    // Each button the issue names, clicked, then the keys pressed with it still focused.
    const buttons = [
      page.getByTestId('lesson-next'),
      page.getByTestId('lesson-prev'),
      page.getByTestId('presenter-toggle'),
      page.getByTestId('presenter-toggle'),
      page.getByTestId('share'),
      page.getByRole('button', { name: 'Keyboard shortcuts' }),
    ];
    for (const button of buttons) {
      await button.click();
      if (await page.getByTestId('help-overlay').count()) await page.keyboard.press('Escape');
      const scene = await progress(page);
      // Space plays (the focused button is not activated again), Space again pauses.
      await page.keyboard.press(' ');
      await expect.poll(() => playing(page)).toBe('true');
      expect(await progress(page)).toBe(scene);
      await page.keyboard.press(' ');
      await expect.poll(() => playing(page)).toBe('false');
      await page.keyboard.press('2');
      await expect.poll(() => progress(page)).toMatch(/^Scene 2 of/);
      await page.keyboard.press('n');
      await expect.poll(() => progress(page)).toMatch(/^Scene 3 of/);
      await page.keyboard.press('p');
      await expect.poll(() => progress(page)).toMatch(/^Scene 2 of/);
      await page.keyboard.press('3');
      await expect.poll(() => progress(page)).toMatch(/^Scene 3 of/);
    }
    await page.getByTestId('lesson-toggle').click(); // leave the lesson…
    await page.keyboard.press('n'); // …and N starts it again
    await expect.poll(() => progress(page)).toMatch(/^Scene 1 of/);
    await page.keyboard.press('?');
    await page.getByTestId('help-overlay').waitFor();
    await page.keyboard.press('Escape');
    // In a text field the keys are the field's own.
    const field = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
    await field.click();
    await page.keyboard.press('2');
    expect(await progress(page)).toMatch(/^Scene 1 of/);
    expect(errors).toEqual([]);
  });
});

describe('presenter mode on projectors', () => {
  for (const [width, height] of [
    [1920, 1080],
    [1366, 768],
    [1280, 720],
  ] as const) {
    it(`at ${width}×${height} the scene is the hero: on the first screen, at least half of it, no page scroll`, async () => {
      const page = await session.newPage(width, height);
      const errors = collectErrors(page);
      await page.goto(`${session.url}?present=1&lesson=4`);
      await waitForScene(page);
      const boxes = await page
        .locator('.scene')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes).toHaveLength(3);
      const top = Math.min(...boxes.map((b) => b.top));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      const left = Math.min(...boxes.map((b) => b.left));
      const right = Math.max(...boxes.map((b) => b.right));
      expect(bottom).toBeLessThanOrEqual(height);
      expect(((bottom - top) * (right - left)) / (width * height)).toBeGreaterThanOrEqual(0.5);
      // Pane headers line up, so do the three scenes.
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
      // The page does not scroll; the lesson card is beside the scene.
      const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(scroll).toBeLessThanOrEqual(height);
      const lesson = await page.getByTestId('lesson-card').boundingBox();
      expect(lesson!.x).toBeGreaterThanOrEqual(right);
      // Mouse and keyboard hints are hidden.
      expect(await page.locator('.usage-hint:visible').count()).toBe(0);
      // Every number under the scene reads on one line (a projected 1.945 / 3 misleads).
      // One line is about 1.2 font sizes high, two about 2.4.
      const heights = await page
        .locator('.readouts > div:not(.readout-phase) dd')
        .evaluateAll((els) =>
          els.map(
            (el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).fontSize),
          ),
        );
      expect(heights.length).toBe(5);
      for (const h of heights) expect(h).toBeLessThan(1.8);
      await page.screenshot({ path: `${SHOT_DIR}/presenter-${width}x${height}.png` });
      expect(errors).toEqual([]);
    });
  }
});

describe('on a phone', () => {
  it('Play, status and loss sit under the scene and stay in reach; later panels do not move them', async () => {
    const page = await session.newPage(390, 844);
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(session.url);
    await waitForScene(page);
    const before = await page.getByTestId('play').boundingBox();
    const scene = await page.locator('.scene').first().boundingBox();
    expect(before!.y).toBeGreaterThan(scene!.y + scene!.height - 1);
    expect(before!.y + before!.height).toBeLessThanOrEqual(844);
    // The panels that load after the first frame.
    await page.getByTestId('sweep-panel').waitFor({ state: 'attached', timeout: 60_000 });
    const after = await page.getByTestId('play').boundingBox();
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
    const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
    expect(cls).toBeLessThanOrEqual(0.1);
    // Scrolled far down, Play, status and loss are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const reach = (await page.getByTestId('play').boundingBox())!;
    expect(reach.y).toBeGreaterThan(0);
    expect(reach.y + reach.height).toBeLessThanOrEqual(844);
    expect(await page.getByTestId('readout-status').isVisible()).toBe(true);
    expect(await page.getByTestId('readout-loss').isVisible()).toBe(true);
    await page.getByTestId('play').click();
    await page.screenshot({ path: `${SHOT_DIR}/phone-playing.png` });
    // No keyboard hints on a touch screen is checked with touch emulation below.
    expect(errors).toEqual([]);
  });

  it('a skip link leads to the scene, and Play is the next stop', async () => {
    const page = await session.newPage(390, 844);
    await page.goto(session.url);
    await waitForScene(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'skip-link',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'play',
    );
  });

  it('touch: a tap shows the gradient there, compare panes are tabs, no keyboard hints', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${session.url}?panes=compare`);
      await waitForScene(page);
      expect(await page.locator('.keys-hint').isVisible()).toBe(false);
      const visibleScenes = await page.locator('.scene:visible').count();
      expect(visibleScenes).toBe(1);
      await page.getByTestId('pane-tab-standardized').tap();
      await expect
        .poll(() => page.locator('.pane-active [data-testid="pane-standardized"]').count())
        .toBe(1);
      const box = (await page.locator('.scene:visible').boundingBox())!;
      // Tap down the middle of the view until the tap lands on the surface.
      for (const at of [0.5, 0.45, 0.55, 0.4, 0.6]) {
        await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height * at);
        if (await page.getByTestId('probe').count()) break;
        await page.waitForTimeout(300);
      }
      await page.getByTestId('probe').waitFor({ timeout: 30_000 });
      expect(page.url()).toContain('start=');
      await page.screenshot({ path: `${SHOT_DIR}/phone-tap-probe.png` });
    } finally {
      await context.close();
    }
  });
});

describe('a light theme for bright rooms', () => {
  it('theme=light turns the page and the scene light; the default follows the system', async () => {
    const light = await session.browser.newContext({
      viewport: { width: 1366, height: 768 },
      colorScheme: 'light',
    });
    try {
      // The system's light setting is followed while the link does not choose.
      const page = await light.newPage();
      await page.goto(session.url);
      await waitForScene(page);
      expect(
        await page.evaluate(() => document.documentElement.classList.contains('theme-light')),
      ).toBe(true);
      // A link's choice wins over the system's.
      await page.goto(`${session.url}?theme=dark`);
      await waitForScene(page);
      expect(
        await page.evaluate(() => document.documentElement.classList.contains('theme-light')),
      ).toBe(false);
      await page.goto(`${session.url}?theme=light&present=1&lesson=2`);
      await waitForScene(page);
      const bright = await page.evaluate(() => {
        const lab = document.querySelector('.lab')!;
        const [r, g, b] = getComputedStyle(lab).backgroundColor.match(/\d+/g)!.map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
      expect(bright).toBeGreaterThan(200);
      await page.screenshot({ path: `${SHOT_DIR}/presenter-light-1366x768.png` });
    } finally {
      await light.close();
    }
  });
});
