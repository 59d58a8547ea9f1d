import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserSession, waitForScene } from './browser.ts';
import type { Page } from 'playwright-core';

const session = useBrowserSession();

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe's violations on the page as it stands: "rule ×nodes (first target)". */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(o: object): Promise<{
            violations: { id: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run({ resultTypes: ['violations'] }),
  )) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) => `${v.id} ×${v.nodes.length} (${v.nodes[0]?.target.join(' ')})`,
  );
}

const PAGES: [string, string, number, number][] = [
  ['the default page', '', 1280, 720],
  ['繁體中文', '?lang=zh-TW', 1280, 720],
  ['presenter mode', '?present=1&lesson=4', 1920, 1080],
  ['the lesson', '?lesson=2', 1366, 768],
  ['an embed', '?embed=1&controls=lr,scaling,runs', 800, 500],
  ['a phone', '?panes=compare', 390, 844],
  ['the light theme in presenter mode', '?theme=light&present=1&lesson=2', 1366, 768],
  ['the light theme', '?theme=light', 1280, 720],
];

describe('accessibility (axe): no violations of any impact', () => {
  for (const [name, query, width, height] of PAGES) {
    it(`${name} (${width}×${height})`, async () => {
      const page = await session.newPage(width, height);
      await page.goto(`${session.url}${query}`);
      await waitForScene(page);
      // The panels that load after the first frame are part of the page too.
      if (!query.includes('embed'))
        await page.getByTestId('sweep-panel').waitFor({ state: 'attached', timeout: 60_000 });
      expect(await violations(page)).toEqual([]);
    });
  }
});
