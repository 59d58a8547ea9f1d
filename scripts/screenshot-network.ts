// Screenshots of the network lab with a network's loss slice in the main view, at 1280×720, in
// English and 繁體中文: npx tsx scripts/screenshot-network.ts [out-dir] [network]
// (needs a build; E2E_DIST names it as for the browser tests). Trains the "helps" preset, shows
// `network`'s slice (default batch) in the main view, and captures the top of the page (banner,
// scene, axes, readouts) and the lab's panel.
import { openSession } from '../test/e2e/browser.ts';

const out = process.argv[2] ?? 'test-output/screenshots';
const network = process.argv[3] ?? 'batch';
const session = await openSession();
try {
  for (const lang of ['en', 'zh-TW'] as const) {
    const page = await session.newPage(1280, 720);
    await page.goto(`${session.url}?surface=bowl&lang=${lang}`);
    await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
      timeout: 60_000,
    });
    await page.getByTestId('net-run').click();
    await page.getByTestId('net-results').waitFor({ timeout: 180_000 });
    for (const n of ['none', 'batch', 'layer'])
      await page
        .locator(`[data-testid="net-landscape-${n}"][data-complete="true"]`)
        .waitFor({ timeout: 180_000 });
    await page.getByTestId('net-run').waitFor({ timeout: 60_000 });
    await page
      .getByTestId('network-panel')
      .screenshot({ path: `${out}/network-panel-${lang}.png` });
    await page.getByTestId(`net-show-${network}`).click();
    await page.getByTestId('overlay-banner').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(4000);
    await page.screenshot({ path: `${out}/network-main-view-${lang}.png` });
    // The readouts under the scene: the network's, not the hidden lecture run's.
    await page.evaluate(() => {
      const r = document.querySelector('.readouts')!.getBoundingClientRect();
      window.scrollBy(0, r.bottom - window.innerHeight + 12);
    });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${out}/network-readouts-${lang}.png` });
    console.log(`wrote ${out}/network-*-${lang}.png`);
    await page.close();
  }
} finally {
  await session.close();
}
