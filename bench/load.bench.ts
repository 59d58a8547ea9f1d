// Load benchmark (part of npm run bench:browser): time from navigation to the first drawn frame,
// cold (empty cache) and warm (reload), with the gzip size of the JavaScript loaded before it;
// and the CPU a page of four paused embeds uses while idle, beside an empty page. Medians.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openSession, type BrowserSession } from '../test/e2e/browser.ts';
import { fmt, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

/** Loads of each build (BENCH_REPEATS overrides it). */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);

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

/** One build's loads: cold and warm times to the first frame, and the scripts loaded before it. */
interface Loads {
  cold: number[];
  warm: number[];
  jsBytes: number;
  jsGzip: number;
  scripts: string[];
}
const noLoads = (): Loads => ({ cold: [], warm: [], jsBytes: 0, jsGzip: 0, scripts: [] });

/** One cold load (a fresh browser context: empty cache) and one reload of `served`'s build. */
async function loadOnce(served: BrowserSession, loads: Loads): Promise<void> {
  const page = await served.newPage(1280, 720);
  const firstFrame = async () => {
    await page.waitForFunction(
      () => performance.getEntriesByName('esl:first-frame').length > 0,
      null,
      { timeout: 60_000 },
    );
    return page.evaluate(() => performance.getEntriesByName('esl:first-frame')[0]!.startTime);
  };
  await page.goto(served.url);
  loads.cold.push(await firstFrame());
  if (loads.scripts.length === 0) {
    // The scripts (modules and their imports) whose loading ended before the first frame.
    const urls = (await page.evaluate(`(() => {
      const first = performance.getEntriesByName('esl:first-frame')[0].startTime;
      return performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && e.responseEnd <= first)
        .map((e) => e.name)
        .filter((url, k, all) => all.indexOf(url) === k);
    })()`)) as string[];
    loads.scripts = urls;
    for (const url of urls) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      loads.jsBytes += body.length;
      loads.jsGzip += gzipSync(body, { level: 9 }).length;
    }
  }
  await page.reload();
  loads.warm.push(await firstFrame());
  await served.closePages();
}

const figures = baselines('load');
const session = await openSession();
// BENCH_COMPARE_DIST=folder also loads another build (an earlier one) in this run, interleaved
// with this one, so the two share the machine's load alike.
const compareDist = process.env.BENCH_COMPARE_DIST;
const other = compareDist ? await openSession([], { outDir: compareDist }) : null;
try {
  const loads = noLoads();
  const before = noLoads();
  for (let r = 0; r < REPEATS; r++) {
    // Each build goes first every other time.
    const order: [BrowserSession, Loads][] = [[session, loads]];
    if (other) order[r % 2 ? 'push' : 'unshift']([other, before]);
    for (const [served, l] of order) await loadOnce(served, l);
  }

  // CPU while idle: four paused embeds on one page, against an empty page, each alone.
  const idle = async (html: string) => {
    const page = await session.newPage(1280, 1400);
    // Served from the app's own origin, so the embeds share the page's renderer process and
    // their main-thread time is counted in the page's metrics.
    const url = `${session.url}__idle-bench.html`;
    await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    await page.goto(url);
    // Every embed has drawn its first frame (on a loaded machine that can take longer than any
    // fixed wait), then a moment for what loads after it.
    for (const frame of page.frames().slice(1))
      await frame.waitForFunction(
        () => performance.getEntriesByName('esl:first-frame').length > 0,
        null,
        { timeout: 60_000 },
      );
    await page.waitForTimeout(2000);
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
  const js = (l: Loads) => `${fmt(l.jsBytes / 1024)} KiB, ${fmt(l.jsGzip / 1024)} KiB gzip`;
  figures.record('cold: first frame', `${fmt(median(loads.cold))} ms`);
  figures.record(
    'cold: JS before the first frame',
    `${fmt(loads.jsBytes / 1024)} KiB (${fmt(loads.jsGzip / 1024)} KiB gzip)`,
  );
  figures.record('warm: first frame', `${fmt(median(loads.warm))} ms`);
  const rows: (string | number)[][] = [
    [
      'cold (empty cache)',
      fmt(median(loads.cold)),
      '≤ 500',
      figures.previous('cold: first frame'),
      js(loads),
      '≤ 300 KiB gzip',
      figures.previous('cold: JS before the first frame'),
    ],
    [
      'warm (reload)',
      fmt(median(loads.warm)),
      '—',
      figures.previous('warm: first frame'),
      'from cache',
      '—',
      '—',
    ],
  ];
  if (other) {
    const ratio = (a: number[], b: number[]) => `${fmt(median(a) / median(b))}× of it`;
    rows.push(
      [
        `cold, ${compareDist}`,
        fmt(median(before.cold)),
        ratio(loads.cold, before.cold),
        '—',
        js(before),
        `${fmt(loads.jsGzip / before.jsGzip)}× of it`,
        '—',
      ],
      [
        `warm, ${compareDist}`,
        fmt(median(before.warm)),
        ratio(loads.warm, before.warm),
        '—',
        'from cache',
        '—',
        '—',
      ],
    );
  }
  printTable(
    ['case', 'to first frame (ms)', 'target', 'previous', 'JS before it', 'target', 'previous'],
    rows,
  );
  console.log(`\nCold loads (ms), in order: ${loads.cold.map((x) => fmt(x)).join(', ')}.`);
  if (other) console.log(`${compareDist}: ${before.cold.map((x) => fmt(x)).join(', ')}.`);
  console.log(
    `\nScripts before the first frame: ${loads.scripts.map((u) => u.split('/').pop()).join(', ')}.`,
  );
  bundleReport(loads.scripts.map((u) => u.split('/').pop()!));
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
  await other?.close();
  await session.close();
}
figures.save();
