// Load benchmark (part of npm run bench:browser): time from navigation to the first drawn frame,
// cold (empty cache) and warm (reload), with the gzip size of the JavaScript loaded before it;
// and the CPU a page of four paused embeds uses while idle, beside an empty page. Medians.
import { gzipSync } from 'node:zlib';
import { openSession } from '../test/e2e/browser.ts';
import { fmt, printTable } from './measure.ts';

const REPEATS = 5;
const IDLE_MS = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const session = await openSession();
try {
  const cold: number[] = [];
  const warm: number[] = [];
  let jsBytes = 0;
  let jsGzip = 0;
  for (let r = 0; r < REPEATS; r++) {
    const page = await session.newPage(1280, 720);
    const firstFrame = async () => {
      await page.waitForFunction(
        () => performance.getEntriesByName('esl:first-frame').length > 0,
        null,
        { timeout: 60_000 },
      );
      return page.evaluate(() => performance.getEntriesByName('esl:first-frame')[0]!.startTime);
    };
    await page.goto(session.url);
    cold.push(await firstFrame());
    if (r === 0) {
      // The scripts (modules and their imports) whose loading ended before the first frame.
      const urls = await page.evaluate(`(() => {
        const first = performance.getEntriesByName('esl:first-frame')[0].startTime;
        return performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.responseEnd <= first)
          .map((e) => e.name)
          .filter((url, k, all) => all.indexOf(url) === k);
      })()`) as string[];
      for (const url of urls) {
        const body = Buffer.from(await (await fetch(url)).arrayBuffer());
        jsBytes += body.length;
        jsGzip += gzipSync(body, { level: 9 }).length;
      }
    }
    await page.reload();
    warm.push(await firstFrame());
    await session.closePages();
  }

  // CPU while idle: four paused embeds on one page, against an empty page, each alone.
  const idle = async (html: string) => {
    const page = await session.newPage(1280, 1400);
    // Served from the app's own origin, so the embeds share the page's renderer process and
    // their main-thread time is counted in the page's metrics.
    const url = `${session.url}__idle-bench.html`;
    await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(url);
    await page.waitForTimeout(4000); // let every embed load and draw
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!
        .value;
    const t0 = await task();
    await page.waitForTimeout(IDLE_MS);
    const share = (await task()) - t0;
    await session.closePages();
    return (share / (IDLE_MS / 1000)) * 100;
  };
  const frames = [1, 2, 3, 4]
    .map(
      (k) =>
        `<iframe src="${session.url}?embed=1&surface=${['lecture', 'bowl', 'valley', 'penguins'][k - 1]}" width="600" height="320"></iframe>`,
    )
    .join('');
  const embeds = median([
    await idle(`<body>${frames}</body>`),
    await idle(`<body>${frames}</body>`),
    await idle(`<body>${frames}</body>`),
  ]);
  const empty = median([
    await idle('<body><p>empty</p></body>'),
    await idle('<body><p>empty</p></body>'),
    await idle('<body><p>empty</p></body>'),
  ]);

  console.log(
    `## Load: navigation to first drawn frame, medians of ${REPEATS} (1280×720, headless Chromium, software WebGL)\n`,
  );
  printTable(
    ['case', 'to first frame (ms)', 'JS before it'],
    [
      [
        'cold (empty cache)',
        fmt(median(cold)),
        `${fmt(jsBytes / 1024)} KiB, ${fmt(jsGzip / 1024)} KiB gzip`,
      ],
      ['warm (reload)', fmt(median(warm)), 'from cache'],
    ],
  );
  console.log(
    `\n## Idle CPU over ${IDLE_MS / 1000} s (main-thread task time / wall time, median of 3)\n`,
  );
  printTable(
    ['page', 'CPU %'],
    [
      ['empty page (baseline)', fmt(empty, 2)],
      ['four paused embeds', fmt(embeds, 2)],
    ],
  );
} finally {
  await session.close();
}
