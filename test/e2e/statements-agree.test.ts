import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';

const session = useBrowserSession();

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Boxes of everything a notice must not cover: readouts, transport, lesson card, control cards. */
async function protectedBoxes(page: Page): Promise<{ what: string; box: Box }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.readouts, .transport, [data-testid="lesson-card"], .card')]
      .filter((el) => !el.closest('.notices'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return {
          what: `${el.tagName}.${el.className}`,
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      })
      .filter((e) => e.box.width > 0 && e.box.height > 0),
  );
}

describe('notices that know the context, in a strip of their own', () => {
  const sizes: [string, number, number, string][] = [
    ['phone', 390, 844, ''],
    ['laptop', 1280, 720, ''],
    ['hall-1366', 1366, 768, '&present=1'],
    ['hall-1920', 1920, 1080, '&present=1'],
  ];
  for (const [name, width, height, extra] of sizes) {
    it(`${name} ${width}×${height}: the lesson's intended divergence is explained, and the notice covers nothing`, async () => {
      const page = await session.newPage(width, height);
      const errors = collectErrors(page);
      // Scene 4: raw vs standardized at one η; the raw run is meant to diverge.
      await page.goto(`${session.url}?lesson=4${extra}`);
      await waitForScene(page);
      await page.getByTestId('play').click();
      const notice = page.getByTestId('notice-diverged');
      await notice.waitFor({ timeout: 60_000 });
      expect(await notice.getAttribute('class')).toContain('notice-info');
      const text = await notice.innerText();
      expect(text).toMatch(/As this comparison means to show/);
      expect(text).not.toMatch(/Lower it/);
      const box = (await notice.boundingBox())!;
      for (const other of await protectedBoxes(page))
        expect(overlaps(box, other.box), `the notice covers ${other.what}`).toBe(false);
      await page.screenshot({ path: `${SHOT_DIR}/notice-${name}.png` });
      expect(errors).toEqual([]);
    });
  }
});

describe('a status with memory', () => {
  it('the default run overshoots, then crawls: the status names both, and never flickers back', async () => {
    const page = await session.newPage(1280, 720);
    await page.goto(`${session.url}?speed=60`);
    await waitForScene(page);
    const status = page.getByTestId('readout-status');
    const seen: string[] = [];
    await page.getByTestId('play').click();
    await expect
      .poll(
        async () => {
          const s = (await status.getAttribute('data-status')) ?? '';
          if (seen.at(-1) !== s) seen.push(s);
          return s;
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBe('too-slow');
    await page.getByTestId('play').click();
    // ready → running → overshooting → crawling, each once.
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((s) => s === 'oscillating' || s === 'too-slow')).toEqual([
      'oscillating',
      'too-slow',
    ]);
    expect(await status.innerText()).toMatch(
      /^overshot for \d+ steps, now crawling: about [\d,]+ more steps/,
    );
    expect(await status.getAttribute('title')).toMatch(/10⁻⁶ of the start/);
  });
});
