// Takes the README's screenshot: npx tsx scripts/screenshot.ts [query] [out.png] [steps]
// (needs a build: npx vite build). Takes `steps` single steps (default 14: the raw pane is still
// zig-zagging across its valley), or with steps = 0 plays the experiment for a while, then
// captures the page.
import { openSession } from '../test/e2e/browser.ts';

const query = process.argv[2] ?? '?panes=compare';
const out = process.argv[3] ?? 'public/readme/explorer.png';
const steps = Number(process.argv[4] ?? 14);
const session = await openSession();
try {
  const page = await session.newPage(1440, 900);
  await page.goto(`${session.url}${query}`);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
    timeout: 60_000,
  });
  for (let k = 0; k < steps; k++) {
    await page.getByTestId('step').click();
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="readout-step"]')?.textContent) >= n,
      k + 1,
    );
  }
  if (steps === 0) await page.getByTestId('play').click();
  // Until the main run has taken 40 steps or stopped (converged or diverged), at most 20 s.
  await page
    .waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="readout-step"]')?.textContent) >= 40 ||
        document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') === 'false',
      null,
      { timeout: 20_000 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(3000);
  if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'true')
    await page.getByTestId('play').click();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await session.close();
}
