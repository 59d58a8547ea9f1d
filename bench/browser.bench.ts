// Browser benchmark (npm run bench:browser): the explorer with a 256×256 surface in headless
// Chromium (software WebGL here), at 1280×720 and 1920×1080, beside an empty WebGL canvas of the
// same size measured in the same run. Frames per second and main-thread script time per frame,
// medians over repeated windows. A benchmark: it prints and never fails on time.
import type { Page } from 'playwright-core';
import { openSession } from '../test/e2e/browser.ts';
import { fmt, printTable } from './measure.ts';

const WINDOW_MS = 3000;
const REPEATS = 3;

/** Frames and main-thread script seconds over one window, from rAF counting and CDP metrics. */
async function measure(page: Page): Promise<{ fps: number; scriptMsPerFrame: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const script = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')!.value;
  };
  const s0 = await script();
  // Passed as text: tsx would wrap a function argument in helpers the page does not have.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    let n = 0;
    const t0 = performance.now();
    const tick = () => {
      n++;
      if (performance.now() - t0 < ${WINDOW_MS}) requestAnimationFrame(tick);
      else resolve(n / ((performance.now() - t0) / 1000));
    };
    requestAnimationFrame(tick);
  })`)) as number;
  const s1 = await script();
  await cdp.detach();
  return { fps: frames, scriptMsPerFrame: ((s1 - s0) * 1000) / (frames * (WINDOW_MS / 1000)) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** A bare WebGL canvas cleared every frame: the floor any WebGL page pays here. */
const EMPTY_CANVAS = `<!doctype html><body style="margin:0;background:#0d1320"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth * devicePixelRatio; c.height = innerHeight * devicePixelRatio;
const gl = c.getContext('webgl2', { antialias: true });
(function loop() { gl.clearColor(0.05, 0.07, 0.12, 1); gl.clear(gl.COLOR_BUFFER_BIT); requestAnimationFrame(loop); })();
</script></body>`;

type Setup = { label: string; query: string | null };

const session = await openSession();
const rows: (string | number)[][] = [];
/**
 * Opens one page alone (every other page closed, so nothing else draws), starts it playing,
 * measures one window and closes it.
 */
async function measureAlone(setup: Setup, width: number, height: number, thenPause = false) {
  const page = await session.newPage(width, height);
  try {
    if (setup.query === null) {
      await page.setContent(EMPTY_CANVAS);
      return { playing: await measure(page), paused: null };
    }
    await page.goto(`${session.url}${setup.query}`);
    await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
      timeout: 60_000,
    });
    await page.getByTestId('play').click();
    const playing = await measure(page);
    if (!thenPause) return { playing, paused: null };
    await page.getByTestId('play').click();
    return { playing, paused: await measure(page) };
  } finally {
    await session.closePages();
  }
}

// Rosenbrock at small rates: every run keeps moving for the whole measurement.
const SETUPS: Setup[] = [
  { label: 'empty WebGL canvas', query: null },
  {
    label: 'explorer, 256×256 surface, 1 run, playing',
    query: '?surface=rosenbrock&res=256&speed=60&lr=0.0002',
  },
  {
    label: 'explorer, 256×256 surface, 6 runs, playing',
    query:
      '?surface=rosenbrock&res=256&speed=60&lr=0.0002&runs=gd:0.0001,momentum:0.0001,nesterov:0.0001,adam:0.01,rmsprop:0.01',
  },
];

try {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    const results = SETUPS.map(() => [] as { fps: number; scriptMsPerFrame: number }[]);
    let idle: { fps: number; scriptMsPerFrame: number } | null = null;
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
      ms: median(xs.map((m) => m.scriptMsPerFrame)),
    }));
    const base = med[0]!;
    SETUPS.forEach((setup, k) => {
      const m = med[k]!;
      const vs =
        k === 0
          ? '1×'
          : k === 2
            ? `${fmt(m.fps / base.fps)}× (${fmt(m.fps / med[1]!.fps)}× of 1 run)`
            : `${fmt(m.fps / base.fps)}×`;
      rows.push([`${width}×${height}`, setup.label, fmt(m.fps), fmt(m.ms), vs]);
    });
    if (idle)
      rows.push([
        `${width}×${height}`,
        'explorer, paused (idle)',
        fmt(idle.fps),
        fmt(idle.scriptMsPerFrame),
        '—',
      ]);
  }
} finally {
  await session.close();
}
console.log(
  `## Explorer in headless Chromium (software WebGL), medians of ${REPEATS} windows of ${WINDOW_MS / 1000} s, each page alone\n`,
);
printTable(
  ['viewport', 'page', 'frames / s', 'main-thread script ms / frame', 'fps vs empty canvas'],
  rows,
);
console.log(
  '\n(rAF frames per second; when paused the scene renders nothing, so the rAF count only measures the empty loop.)',
);
