// Load benchmark (part of npm run bench:browser): time from navigation to the first drawn frame,
// cold (empty cache) and warm (reload), with the gzip size of the JavaScript loaded before it;
// and the CPU a page of four paused embeds uses while idle, beside an empty page. Medians.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openSession } from '../test/e2e/browser.ts';
import { fmt, printTable } from './measure.ts';
import { previous } from './readme-figures.ts';

const REPEATS = 5;

/**
 * What the scripts before the first frame hold, from the build's bundle report (gzip of each
 * module alone, so the sum exceeds the files' own gzip): the largest packages and folders.
 */
function bundleReport(files: string[]): void {
  const dir = process.env.E2E_DIST ?? 'dist';
  const path = `${dir}/bundle-report.json`;
  if (!existsSync(path)) return;
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    nodeParts: Record<string, { gzipLength: number }>;
    nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
  };
  const sizes = new Map<string, number>();
  for (const meta of Object.values(report.nodeMetas))
    for (const [bundle, part] of Object.entries(meta.moduleParts)) {
      if (!files.includes(bundle.split('/').pop()!)) continue;
      const pkg = meta.id.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1];
      const key = pkg ?? meta.id.replace(/^.*?\/(app|src)\//, '$1/').replace(/\/[^/]*$/, '/');
      sizes.set(key, (sizes.get(key) ?? 0) + report.nodeParts[part]!.gzipLength);
    }
  console.log(`\nLargest parts of them (${path}, each module gzipped alone, KiB):\n`);
  printTable(
    ['package or folder', 'KiB gzip'],
    [...sizes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([k, v]) => [k, fmt(v / 1024)]),
  );
}
const IDLE_MS = 5000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const session = await openSession();
try {
  const cold: number[] = [];
  const warm: number[] = [];
  let jsBytes = 0;
  let jsGzip = 0;
  let scripts: string[] = [];
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
      const urls = (await page.evaluate(`(() => {
        const first = performance.getEntriesByName('esl:first-frame')[0].startTime;
        return performance.getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js') && e.responseEnd <= first)
          .map((e) => e.name)
          .filter((url, k, all) => all.indexOf(url) === k);
      })()`)) as string[];
      scripts = urls;
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
    [
      'case',
      'to first frame (ms)',
      'target',
      'README before',
      'JS before it',
      'target',
      'README before',
    ],
    [
      [
        'cold (empty cache)',
        fmt(median(cold)),
        '≤ 500',
        previous(1, 'cold (empty cache)'),
        `${fmt(jsBytes / 1024)} KiB, ${fmt(jsGzip / 1024)} KiB gzip`,
        '≤ 300 KiB gzip',
        previous(2, 'cold (empty cache)'),
      ],
      [
        'warm (reload)',
        fmt(median(warm)),
        '—',
        previous(1, 'warm (reload)'),
        'from cache',
        '—',
        '—',
      ],
    ],
  );
  console.log(
    `\nScripts before the first frame: ${scripts.map((u) => u.split('/').pop()).join(', ')}.`,
  );
  bundleReport(scripts.map((u) => u.split('/').pop()!));
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
