// Traces the heaviest link (bench/responsiveness.bench.ts) with Chrome's timeline: every main-thread
// task over 50 ms while loading (6 s after the axes appear) and while playing (10 s), with its CPU
// time (the rest is waiting: on the GPU, or for a core), its slowest nested events (e.g. a WebGL
// call waiting on the GPU) and the JS functions sampled in it. A diagnostic: prints, never fails.
// PROFILE_QUERY overrides the link, PROFILE_PLAY=0 skips playing; E2E_DIST picks the build. The
// trace is kept in test-output/trace-heavy.json (open it in chrome://tracing or Perfetto).
// FIRST_FRAME=1 profiles a cold load of the default page (or PROFILE_QUERY) up to its first drawn
// frame instead: every main-thread task over 10 ms (TASK_MS), from navigation on.
import { readFileSync } from 'node:fs';
import { openSession } from '../test/e2e/browser.ts';

const FIRST_FRAME = process.env.FIRST_FRAME === '1';
const TASK_MS = Number(process.env.TASK_MS ?? (FIRST_FRAME ? 10 : 50));
const QUERY =
  process.env.PROFILE_QUERY ??
  (FIRST_FRAME
    ? ''
    : '?surface=lecture&panes=compare&speed=2000&res=512&runs=gd:auto,momentum:auto,nesterov:auto,adam:auto,rmsprop:auto');
const PATH = 'test-output/trace-heavy.json';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { cpuProfile?: CpuChunk } };
}
interface CpuChunk {
  nodes?: { id: number; callFrame: { functionName: string; url?: string; lineNumber: number } }[];
  samples?: number[];
}

// TRACE_READ=1 reads the last trace again instead of recording one.
const session = process.env.TRACE_READ ? null : await openSession();
if (session)
  try {
    const page = await session.newPage(1280, 720);
    await session.browser.startTracing(page, {
      path: PATH,
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
        'v8.execute',
        'gpu',
        'toplevel',
      ],
    });
    await page.goto(`${session.url}${QUERY}`);
    if (FIRST_FRAME)
      await page.waitForFunction(() => performance.getEntriesByName('esl:first-frame').length > 0);
    else
      await page.waitForFunction(() => document.querySelectorAll('.tick').length > 3, null, {
        timeout: 60_000,
      });
    if (!FIRST_FRAME) await page.waitForTimeout(6000);
    await page.evaluate(() => performance.mark('trace:play'));
    if (process.env.PROFILE_PLAY !== '0' && !FIRST_FRAME) {
      await page.getByTestId('play').click();
      await page.waitForTimeout(10_000);
    }
    await session.browser.stopTracing();
  } finally {
    await session.close();
  }

const events = (JSON.parse(readFileSync(PATH, 'utf8')) as { traceEvents: TraceEvent[] })
  .traceEvents;
// The page's main thread: the one that ran its animation frames.
const frames = new Map<string, number>();
for (const e of events)
  if (e.name === 'FireAnimationFrame')
    frames.set(`${e.pid}:${e.tid}`, (frames.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const [key] = [...frames].sort((a, b) => b[1] - a[1])[0] ?? ['0:0'];
const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key);
const play = onMain.find((e) => e.name === 'trace:play')?.ts ?? Infinity;

// JS samples of the main thread's CPU profile (its chunks share the profile's id).
const profile = onMain.find((e) => e.name === 'Profile');
const names = new Map<number, string>();
const samples: [number, number][] = [];
let clock = Number(profile?.args?.data?.startTime ?? 0);
for (const e of events) {
  if (e.name !== 'ProfileChunk' || e.id !== profile?.id || e.pid !== profile?.pid) continue;
  const chunk = e.args?.data?.cpuProfile ?? {};
  for (const n of chunk.nodes ?? [])
    names.set(
      n.id,
      `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber}`,
    );
  const deltas = (e.args?.data?.timeDeltas as number[] | undefined) ?? [];
  (chunk.samples ?? []).forEach((id, k) => samples.push([(clock += deltas[k] ?? 0), id]));
}

const tally = (entries: [string, number][]) => {
  const m = new Map<string, number>();
  for (const [k, v] of entries) m.set(k, (m.get(k) ?? 0) + v);
  return [...m].sort((a, b) => b[1] - a[1]);
};
const navigation = events.find((e) => e.name === 'navigationStart' && e.ts > 0);
const t0 = FIRST_FRAME && navigation ? navigation.ts : (onMain[0]?.ts ?? 0);
if (FIRST_FRAME)
  for (const e of events)
    if (/^esl:/.test(e.name) || e.name === 'firstContentfulPaint' || e.name === 'domInteractive')
      console.log(`mark ${e.name} at ${((e.ts - t0) / 1000).toFixed(0)} ms`);
for (const task of onMain.filter(
  (e) => e.name === 'RunTask' && e.ph === 'X' && e.dur! > TASK_MS * 1000 && e.ts >= t0,
)) {
  const end = task.ts + task.dur!;
  const inside = onMain.filter(
    (e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end,
  );
  const waits = tally(
    inside
      .filter((e) =>
        /Wait|Finish|CreateViewCommandBuffer|GetProgramiv|GetString|GetBucket/.test(e.name),
      )
      .map((e) => [e.name, e.dur! / 1000]),
  ).filter(([n]) => !/Finish|GetBucket|WaitForGetOffset/.test(n));
  const js = tally(
    samples.filter(([t]) => t >= task.ts && t <= end).map(([, id]) => [names.get(id) ?? '?', 1]),
  );
  console.log(
    `${task.ts < play ? 'LOAD' : 'PLAY'} at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(0)} ms, CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms`,
  );
  if (waits.length)
    console.log(
      `  GPU waits: ${waits
        .slice(0, 4)
        .map(([n, v]) => `${n} ${v.toFixed(0)} ms`)
        .join(', ')}`,
    );
  if (js.length)
    console.log(
      `  JS samples: ${js
        .slice(0, 6)
        .map(([n, v]) => `${n} ×${v}`)
        .join(' | ')}`,
    );
}
