// Browser benchmark (npm run bench:browser): the explorer with a 256×256 surface in headless
// Chromium (software WebGL here), at 1280×720 and 1920×1080, beside an empty WebGL canvas of the
// same size measured in the same run. Per window: frames per second; the render loop's script per
// drawn frame (every useFrame callback and three.js render, timed in the page by app/perf/profile.ts,
// which only a benchmark turns on); and the panels' work per second: main-thread CPU of script,
// style and layout while the page plays with its scene held (the throttled summary, readouts,
// charts, and the few simulation steps). Medians over repeated windows, beside the previous
// figures (bench/baselines.json). A benchmark: it prints, never fails.
import type { CDPSession, Page } from 'playwright-core';
import { openSession } from '../test/e2e/browser.ts';
import { fmt, printTable } from './measure.ts';
import { baselines } from './baselines.ts';

const WINDOW_MS = 3000;
// BENCH_REPEATS=n takes more windows (a loaded machine's medians need more).
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

interface Window {
  fps: number;
  /** Median ms of script per drawn frame of the render loop (all script per frame on the empty page). */
  loopMs: number;
  /** Ms per second of main-thread CPU (script, style, layout) while playing with the scene held. */
  panelsMsPerS: number;
  /** All main-thread script, style and layout CPU per frame (the measure used before the render loop was timed). */
  allScriptMsPerFrame: number;
}

/** Main-thread CPU (thread time) of script, style and layout, in ms, from CDP's metrics. */
async function cpuWork(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((m) => m.name === name)!.value;
  return (get('ScriptDuration') + get('RecalcStyleDuration') + get('LayoutDuration')) * 1000;
}

/** Counts animation frames for WINDOW_MS in the page (passed as text: tsx would wrap a function). */
const countFrames = (page: Page) =>
  page.evaluate(`new Promise((resolve) => {
    let n = 0;
    const t0 = performance.now();
    const tick = () => {
      n++;
      if (performance.now() - t0 < ${WINDOW_MS}) requestAnimationFrame(tick);
      else resolve({ n, seconds: (performance.now() - t0) / 1000 });
    };
    requestAnimationFrame(tick);
  })`) as Promise<{ n: number; seconds: number }>;

/**
 * One window of a playing page: frames per second, the render loop's time per drawn frame (from
 * the page's own timing), and all main-thread script per frame (CPU). Then one window with the
 * scene held (nothing drawn, the runs and panels going on): the panels' CPU per second.
 */
async function measure(page: Page): Promise<Window> {
  const cdp = await page.context().newCDPSession(page);
  // Thread time: CPU the main thread used, not time it waited (on the software rasterizer).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.evaluate('window.__ESL_PROFILE__ && window.__ESL_PROFILE__.frames.splice(0)');
  const w0 = await cpuWork(cdp);
  const result = await countFrames(page);
  const w1 = await cpuWork(cdp);
  const loop = (await page.evaluate(
    'window.__ESL_PROFILE__ ? window.__ESL_PROFILE__.frames.splice(0) : null',
  )) as number[] | null;
  const fps = result.n / result.seconds;
  const allScriptMsPerFrame = (w1 - w0) / result.n;
  let panelsMsPerS = 0;
  if (loop) {
    await page.evaluate('window.__ESL_PROFILE__.holdScene(true)');
    await page.waitForTimeout(300);
    const p0 = await cpuWork(cdp);
    const held = await countFrames(page);
    panelsMsPerS = ((await cpuWork(cdp)) - p0) / held.seconds;
    await page.evaluate('window.__ESL_PROFILE__.holdScene(false)');
  }
  await cdp.detach();
  return {
    fps,
    loopMs: loop ? (loop.length ? median(loop) : 0) : allScriptMsPerFrame,
    panelsMsPerS,
    allScriptMsPerFrame,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** A bare WebGL canvas cleared every frame: the floor any WebGL page pays here. */
const EMPTY_CANVAS = `<!doctype html><body style="margin:0;background:#0d1320"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
const gl = c.getContext('webgl2', { antialias: true });
(function loop() { gl.clearColor(0.05, 0.07, 0.12, 1); gl.clear(gl.COLOR_BUFFER_BIT); requestAnimationFrame(loop); })();
</script></body>`;

type Setup = {
  label: string;
  query: string | null;
  target?: string;
  /** Its name in bench/baselines.json, for the builds measured there (not a comparison build). */
  figure?: string;
  /** Served from BENCH_COMPARE_DIST (an earlier build, measured in the same run). */
  compare?: boolean;
};

const figures = baselines('browser');
const session = await openSession();
// BENCH_COMPARE_DIST=folder also measures another build of the app (an earlier one) in this run.
const compareDist = process.env.BENCH_COMPARE_DIST;
const other = compareDist ? await openSession([], { outDir: compareDist }) : null;
const rows: (string | number)[][] = [];
/**
 * Opens one page alone (every other page closed, so nothing else draws), starts it playing,
 * measures one window and closes it.
 */
async function measureAlone(setup: Setup, width: number, height: number, thenPause = false) {
  const served = setup.compare && other ? other : session;
  const page = await served.newPage(width, height);
  try {
    if (setup.query === null) {
      await page.setContent(EMPTY_CANVAS);
      return { playing: await measure(page), paused: null };
    }
    await page.addInitScript('window.__ESL_PROFILE__ = { frames: [] }');
    await page.goto(`${served.url}${setup.query}`);
    await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
      timeout: 60_000,
    });
    await page.getByTestId('play').click();
    const playing = await measure(page);
    if (!thenPause) return { playing, paused: null };
    await page.getByTestId('play').click();
    return { playing, paused: await measure(page) };
  } finally {
    await served.closePages();
  }
}

// Rosenbrock at small rates: every run keeps moving for the whole measurement.
const SETUPS: Setup[] = [
  { label: 'empty WebGL canvas', query: null, figure: 'empty WebGL canvas' },
  {
    label: 'explorer, 256×256 surface, 1 run, playing',
    query: '?surface=rosenbrock&res=256&speed=60&lr=0.0002',
    target: '≤ 1.0',
    figure: '1 run, playing',
  },
  {
    label: 'explorer, 256×256 surface, 6 runs, playing',
    query:
      '?surface=rosenbrock&res=256&speed=60&lr=0.0002&runs=gd:0.0001,momentum:0.0001,nesterov:0.0001,adam:0.01,rmsprop:0.01',
    target: '≤ 1.5',
    figure: '6 runs, playing',
  },
];
if (compareDist)
  for (const k of [1, 2])
    SETUPS.push({
      ...SETUPS[k]!,
      label: `${SETUPS[k]!.label} (${compareDist})`,
      figure: undefined,
      compare: true,
    });

try {
  // BENCH_SIZES=1280x720 measures one viewport only (a quick look).
  const sizes = (process.env.BENCH_SIZES ?? '1280x720,1920x1080')
    .split(',')
    .map((v) => v.split('x').map(Number) as [number, number]);
  for (const [width, height] of sizes) {
    const results = SETUPS.map(() => [] as Window[]);
    let idle: Window | null = null;
    // Interleave the setups so load on this shared machine hits them alike.
    for (let r = 0; r < REPEATS; r++) {
      for (let k = 0; k < SETUPS.length; k++) {
        const m = await measureAlone(SETUPS[k]!, width, height, k === 1 && r === 0);
        results[k]!.push(m.playing);
        if (m.paused) idle = m.paused;
      }
    }
    const med = results.map((xs) => ({
      fps: median(xs.map((m) => m.fps)),
      loop: median(xs.map((m) => m.loopMs)),
      panels: median(xs.map((m) => m.panelsMsPerS)),
      all: median(xs.map((m) => m.allScriptMsPerFrame)),
    }));
    const base = med[0]!;
    const size = `${width}×${height}`;
    SETUPS.forEach((setup, k) => {
      const m = med[k]!;
      const loopFigure = `${size}, ${setup.figure}: render loop ms / drawn frame`;
      const panelsFigure = `${size}, ${setup.figure}: panels ms / s`;
      const before = setup.figure ? figures.previous(loopFigure) : '—';
      if (setup.figure) {
        figures.record(loopFigure, fmt(m.loop, 2));
        if (k > 0) figures.record(panelsFigure, fmt(m.panels, 2));
      }
      rows.push([
        size,
        setup.label,
        fmt(m.fps),
        k === 0 ? '1×' : `${fmt(m.fps / base.fps)}×`,
        `${fmt(m.loop, 2)}${setup.target ? ` (target ${setup.target})` : ''}`,
        k === 0 ? '1×' : `${fmt(m.loop / base.loop)}×`,
        k === 0
          ? '—'
          : `${fmt(m.panels, 2)} (target ≤ 20${setup.figure ? `; previous ${figures.previous(panelsFigure)}` : ''})`,
        fmt(m.all, 2),
        before,
      ]);
    });
    if (idle)
      rows.push([
        size,
        'explorer, paused (idle)',
        fmt(idle.fps),
        '—',
        '—',
        '—',
        fmt(idle.panelsMsPerS, 2),
        fmt(idle.allScriptMsPerFrame, 2),
        '—',
      ]);
  }
} finally {
  await session.close();
  await other?.close();
}
console.log(
  `## Explorer in headless Chromium (software WebGL), medians of ${REPEATS} windows of ${WINDOW_MS / 1000} s, each page alone\n`,
);
printTable(
  [
    'viewport',
    'page',
    'frames / s',
    'fps vs empty canvas',
    'render loop: script ms / drawn frame',
    'vs empty canvas',
    'panels: ms / s',
    'all script ms / frame',
    'previous: render loop ms / drawn frame',
  ],
  rows,
);
console.log(
  '\n(The render loop: every useFrame callback and three.js render of a drawn frame, wall time in the page; on the empty canvas, all its script per frame. Panels: main-thread CPU of script, style and layout per second while playing with the scene held. All script: main-thread CPU per frame while drawing. When paused the scene renders nothing.)',
);
figures.save();
