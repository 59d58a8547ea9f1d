import type { Page } from 'playwright-core';

/** Starts recording the page's long tasks (over 50 ms) from its first script on: call before goto. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: [number, number][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The long tasks recorded so far (start and duration in ms), emptying the record. */
export async function takeLongTasks(page: Page): Promise<[number, number][]> {
  return (await page.evaluate('window.__longTasks.splice(0)')) as [number, number][];
}

/** Longest task and total blocking time (the sum of each task's time past 50 ms). */
export function blocking(tasks: [number, number][]): { longest: number; blocking: number } {
  return {
    longest: Math.max(0, ...tasks.map(([, d]) => d)),
    blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
  };
}
