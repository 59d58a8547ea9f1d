import { afterAll, beforeAll, expect, it } from 'vitest';
import { openSession, type BrowserSession } from './browser.ts';

let session: BrowserSession;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

it('the page loads with no console errors and shows the lab’s title', async () => {
  const page = await session.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(session.url);
  await expect.poll(() => page.textContent('h1')).toContain('Error Surface Lab');
  expect(errors).toEqual([]);
});
