import { describe, expect, it } from 'vitest';
import { CONTROL_IDS } from '../../src/index.ts';
import { SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';
import type { Page } from 'playwright-core';

const session = useBrowserSession();

const SIZES = [
  [320, 240],
  [480, 360],
  [800, 500],
] as const;

/** Opens an embed at an iframe-like viewport and waits for its scene. */
async function openEmbed(width: number, height: number, controls: string): Promise<Page> {
  const page = await session.newPage(width, height);
  await page.goto(`${session.url}?embed=1&controls=${controls}`);
  await waitForScene(page);
  return page;
}

/** Makes the controls reachable: at small sizes they open as a drawer over the scene. */
async function reveal(page: Page) {
  const toggle = page.getByTestId('embed-controls-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId('embed-controls').waitFor({ state: 'visible' });
}

/** Whether an element lies fully inside the viewport. */
async function inView(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const vp = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 1;
}

describe('embeds honour their controls at every size', () => {
  for (const [width, height] of SIZES) {
    it(`${width}×${height}: controls=lr shows the learning rate alone, reachable, with the scene still in view`, async () => {
      const page = await openEmbed(width, height, 'lr');
      await reveal(page);
      const shown = await page
        .locator('.embed-control')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-control')));
      expect(shown).toEqual(['lr']);
      // Only the rate: no optimizer picker, no surface picker.
      expect(await page.getByRole('combobox', { name: 'Optimizer' }).count()).toBe(0);
      expect(await page.getByRole('combobox', { name: 'Surface', exact: true }).count()).toBe(0);
      const slider = page.getByLabel('Learning rate (log scale)');
      await slider.scrollIntoViewIfNeeded();
      expect(await slider.isVisible()).toBe(true);
      expect(await inView(page, '.embed-control[data-control="lr"]')).toBe(true);
      // The scene stays (at least partly) visible beside or under the controls.
      const scene = (await page.locator('.scene').first().boundingBox())!;
      const drawer = (await page.getByTestId('embed-controls').boundingBox())!;
      expect(Math.max(0, drawer.x - scene.x)).toBeGreaterThan(width * 0.2);
      await page.screenshot({ path: `${SHOT_DIR}/embed-${width}x${height}-lr.png` });
    });
  }

  it('each control alone shows exactly that control (at 320×240, in the drawer)', async () => {
    for (const id of CONTROL_IDS.filter((c) => c !== 'play')) {
      const page = await openEmbed(320, 240, id);
      await reveal(page);
      const shown = await page
        .locator('.embed-control')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-control')));
      expect(shown, id).toEqual([id]);
      expect(await page.locator('.embed-control').first().isVisible(), id).toBe(true);
      await session.closePages();
    }
  });

  it('without chosen controls there is no drawer, and Play is there', async () => {
    const page = await openEmbed(320, 240, 'play');
    expect(await page.getByTestId('embed-controls').count()).toBe(0);
    expect(await page.getByTestId('embed-controls-toggle').count()).toBe(0);
    expect(await page.getByTestId('play').isVisible()).toBe(true);
  });
});

describe('the share panel previews the embed at the chosen size', () => {
  it('a 480×360 preview shows an iframe of that size, and the snippet says so', async () => {
    const page = await session.newPage(1280, 900);
    await page.goto(session.url);
    await waitForScene(page);
    await page.getByTestId('embed-size').selectOption({ label: '480 × 360' });
    expect(await page.getByTestId('share-snippet').inputValue()).toContain(
      'width="480" height="360"',
    );
    await page.getByTestId('embed-preview-toggle').click();
    const frame = page.getByTestId('embed-preview');
    await frame.waitFor();
    const box = (await frame.boundingBox())!;
    expect(Math.round(box.width)).toBe(480);
    expect(Math.round(box.height)).toBe(360);
    await page
      .frameLocator('[data-testid="embed-preview"]')
      .getByTestId('play')
      .waitFor({ timeout: 60_000 });
  });
});
