// CPU profile of the render loop while a page plays (a diagnostic: prints, never fails). Build the
// app unminified first for readable names: npx vite build --minify false --outDir dist-prof, then
// E2E_DIST=dist-prof npx tsx scripts/profile-loop.ts. PROFILE_QUERY picks the page (default: the
// browser bench's one-run page). Prints the time per drawn frame spent in each function, counting a
// function once per sample whatever its depth (inclusive), over the samples inside R3F's frame
// loop, and the same for the functions' own time (self). PROFILE_PANELS=1 profiles the panels
// instead: the scene held (nothing drawn, the runs and panels going on, as the browser bench
// measures them), every sample but idle, per second.
import { openSession } from '../test/e2e/browser.ts';

const QUERY = process.env.PROFILE_QUERY ?? '?surface=rosenbrock&res=256&speed=60&lr=0.0002';
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const PANELS = process.env.PROFILE_PANELS === '1';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
  children?: number[];
}

const session = await openSession();
try {
  const page = await session.newPage(1280, 720);
  if (PANELS) await page.addInitScript('window.__ESL_PROFILE__ = { frames: [] }');
  await page.goto(`${session.url}${QUERY}`);
  await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
    timeout: 60_000,
  });
  await page.getByTestId('play').click();
  await page.waitForTimeout(2000);
  if (PANELS) await page.evaluate('window.__ESL_PROFILE__.holdScene(true)');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const frames0 = (await page.evaluate(
    'window.__frames = 0; (function f(){ window.__frames++; requestAnimationFrame(f); })(); 0',
  )) as number;
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const frames = ((await page.evaluate('window.__frames')) as number) - frames0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  const name = (n: Node) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let inLoop = 0;
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k + 1] ?? profile.timeDeltas[k] ?? 0) / 1000;
    const stack: string[] = [];
    for (let n = byId.get(id); n; n = n.parent === undefined ? undefined : byId.get(n.parent))
      stack.push(name(n));
    // R3F's frame loop: its `loop` (or `update`) function runs every root's callbacks and render.
    if (PANELS) {
      if (/^\((idle|program)\)/.test(stack[0]!)) return;
    } else if (!stack.some((s) => /^(loop|update) .*(vendor|fiber|events)/.test(s))) return;
    inLoop += dt;
    for (const s of new Set(stack)) inclusive.set(s, (inclusive.get(s) ?? 0) + dt);
    self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + dt);
  });
  const per = PANELS ? SECONDS : frames;
  const unit = PANELS ? 'ms/s' : 'ms/frame';
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${(v / per).toFixed(3)} ${unit}  ${k}`)
      .join('\n');
  console.log(
    PANELS
      ? `scene held; ${(inLoop / SECONDS).toFixed(2)} ms/s of samples other than idle`
      : `${frames} frames in ${SECONDS} s; in R3F's loop ${(inLoop / frames).toFixed(3)} ms/frame (samples)`,
  );
  console.log(`inclusive:\n${top(inclusive, 40)}`);
  console.log(`self:\n${top(self, 25)}`);
} finally {
  await session.close();
}
