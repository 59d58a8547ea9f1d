import { openSession } from './test/e2e/browser.ts';
const s = await openSession();
const logs: string[] = [];
for (const [q, w, h, name] of [['?surface=lecture&panes=compare&speed=20', 1600, 1000, 'compare'], ['?surface=valley&speed=15', 1440, 900, 'runs']] as const) {
  const page = await s.newPage(w, h);
  page.on('console', (m) => m.type() === 'error' && logs.push(m.text()));
  page.on('pageerror', (e) => logs.push(e.message));
  await page.goto(s.url + q);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3);
  await page.getByTestId('preset-all').click();
  await page.getByTestId('play').click();
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="readout-step"]')?.textContent) >= 40, null, { timeout: 90000 });
  await page.getByTestId('play').click();
  await page.screenshot({ path: `test-output/${name}.png`, fullPage: true });
}
console.log(logs.join('\n'));
await s.close();
