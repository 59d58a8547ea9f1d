import { openSession } from './test/e2e/browser.ts';
const s = await openSession();
for (const [q, w, h, name] of [['?surface=lecture&scaling=standardize&camera=top&speed=10', 1920, 1080, 'projector'], ['?surface=penguins&bn=1&batch=4&speed=10', 1440, 900, 'bn']] as const) {
  const page = await s.newPage(w, h);
  await page.goto(s.url + q);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3);
  await page.getByTestId('play').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="readout-step"]')?.textContent) >= 15, null, { timeout: 60000 });
  await page.getByTestId('play').click();
  await page.screenshot({ path: `test-output/${name}.png` });
}
await s.close();
