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

const session = await openSession();
const rows: (string | number)[][] = [];
try {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    const empty = await session.newPage(width, height);
    await empty.setContent(EMPTY_CANVAS);
    const app = await session.newPage(width, height);
    await app.goto(`${session.url}?surface=rosenbrock&res=256&speed=60`);
    await app.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, { timeout: 60_000 });
    await app.getByTestId('play').click();
    const emptyRuns: Awaited<ReturnType<typeof measure>>[] = [];
    const appRuns: Awaited<ReturnType<typeof measure>>[] = [];
    // Alternate the two pages so load on this shared machine hits both alike.
    for (let r = 0; r < REPEATS; r++) {
      await empty.bringToFront();
      emptyRuns.push(await measure(empty));
      await app.bringToFront();
      appRuns.push(await measure(app));
    }
    await app.getByTestId('play').click();
    const idle = await measure(app);
    const e = { fps: median(emptyRuns.map((m) => m.fps)), ms: median(emptyRuns.map((m) => m.scriptMsPerFrame)) };
    const a = { fps: median(appRuns.map((m) => m.fps)), ms: median(appRuns.map((m) => m.scriptMsPerFrame)) };
    rows.push([`${width}×${height}`, 'empty WebGL canvas', fmt(e.fps), fmt(e.ms), '1×']);
    rows.push([`${width}×${height}`, 'explorer, 256×256 surface, playing', fmt(a.fps), fmt(a.ms), `${fmt(a.fps / e.fps)}× fps`]);
    rows.push([`${width}×${height}`, 'explorer, paused (idle)', fmt(idle.fps), fmt(idle.scriptMsPerFrame), '—']);
    await empty.close();
    await app.close();
  }
} finally {
  await session.close();
}
console.log(`## Explorer in headless Chromium (software WebGL), medians of ${REPEATS} windows of ${WINDOW_MS / 1000} s\n`);
printTable(['viewport', 'page', 'frames / s', 'main-thread script ms / frame', 'vs empty canvas'], rows);
console.log('\n(rAF frames per second; when paused the scene renders nothing and the rAF count only measures the empty loop.)');
