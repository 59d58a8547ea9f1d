import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import {
  collectErrors,
  luminanceSpread,
  SHOT_DIR,
  useBrowserSession,
  waitForScene,
} from './browser.ts';

// Every response carries the strict policy docs/embedding.md ("For hosts") gives hosts (the build
// has it as a meta tag too). Course-notes pages on other sites are routed pages here; Chromium's
// Local Network Access check would otherwise ask the user before such a page may reach the app
// on 127.0.0.1.
const session = useBrowserSession(['--disable-features=LocalNetworkAccessChecks'], {
  headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
});

/** Records every CSP violation of a page and its frames in window.__violations. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => {
    const inFrames = await Promise.all(
      page.frames().map((f) => f.evaluate('window.__violations ?? []').catch(() => [])),
    );
    return [...console, ...(inFrames.flat() as string[])];
  };
}

/** Records long tasks (over 50 ms) of a page and its frames in window.__longTasks (durations). */
async function watchLongTasks(page: Page): Promise<(frame?: Page | Frame) => Promise<number[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  return async (frame = page) => (await frame.evaluate('window.__longTasks.splice(0)')) as number[];
}

describe('a strict Content Security Policy', () => {
  it('runs every feature with zero violations: scene, KaTeX, both workers, exports, offline', async () => {
    const page = await session.newPage(1280, 900);
    const violations = await watchViolations(page);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?surface=lecture&bn=1&net=xor:1:4:0.5:10`);
    await waitForScene(page);
    // The build carries the same policy as a meta tag, for hosts that send no header.
    expect(
      await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
    ).toBe(CONTENT_SECURITY_POLICY);
    await page.getByTestId('step').click();
    // KaTeX: typeset without inline styles, in its own fonts.
    await page.getByTestId('bn-formulas').waitFor();
    const formulas = page.locator('[data-testid="bn-formulas"] .katex');
    // Each fraction stands on two lines: its numerator is placed above its denominator by KaTeX's
    // style properties (set one by one, which the policy allows; a style attribute it would block).
    const spreads = await formulas.evaluateAll((els) =>
      els.map((e) => {
        const parts = [...e.querySelectorAll('.mfrac .vlist')].flatMap((v) => [...v.children]);
        const tops = parts.map((p) => p.getBoundingClientRect().top);
        return Math.max(...tops) - Math.min(...tops);
      }),
    );
    expect(Math.min(...spreads)).toBeGreaterThan(8);
    await expect
      .poll(() => page.evaluate(() => document.fonts.check('20px KaTeX_Main')))
      .toBe(true);
    // Both web workers.
    await page.getByTestId('sweep-run').click();
    await page.getByTestId('sweep-chart').waitFor({ timeout: 60_000 });
    await page.getByTestId('net-run').click();
    await page.getByTestId('net-results').waitFor({ timeout: 120_000 });
    // Exports.
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(await png.failure()).toBeNull();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(await csv.failure()).toBeNull();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.getByTestId('bn-formulas').screenshot({ path: `${SHOT_DIR}/csp-katex.png` });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an embed in another site’s page runs with zero violations', async () => {
    const page = await session.newPage(900, 600);
    const violations = await watchViolations(page);
    await page.route('http://notes.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe id="f" src="${session.url}?embed=1&surface=penguins&controls=lr,scaling" width="800" height="500"></iframe>`,
      }),
    );
    await page.goto('http://notes.test/lecture.html');
    const frame = (await (await page.waitForSelector('#f')).contentFrame())!;
    await frame.getByTestId('play').click();
    await expect.poll(() => frame.getByTestId('readout-step').innerText()).not.toBe('0');
    expect(await violations()).toEqual([]);
  });
});

/** A course-notes page at `origin` embedding the app through embed.js with `options`. */
async function notesPage(origin: string, options: object, size = [900, 700]) {
  const page = await session.newPage(size[0], size[1]);
  const errors = collectErrors(page);
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><body><div id="lab"></div>
<script src="${session.url}embed.js"></script>
<script>
  window.events = [];
  window.lab = ErrorSurfaceLab.embed(document.getElementById('lab'), ${JSON.stringify({ height: 520, ...options })});
  for (const t of ['ready', 'step', 'converged', 'diverged', 'experiment'])
    window.lab.on(t, (e) => window.events.push(t));
  window.addEventListener('message', (e) => { if (e.data && e.data.source === 'error-surface-lab') window.events.push('raw:' + e.data.type); });
</script></body>`,
    }),
  );
  await page.goto(`${origin}/notes.html`);
  const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
  await frame.getByTestId('embed').waitFor({ timeout: 60_000 });
  return { page, frame, errors, warnings };
}

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: string[] }).events);
type Lab = {
  play(): void;
  step(n: number): void;
  set(f: object): void;
  get(): Promise<Record<string, unknown>>;
};
const lab = <T>(page: Page, fn: (lab: Lab) => T | Promise<T>) =>
  page.evaluate(`(${fn.toString()})(window.lab)`) as Promise<T>;

describe('the embed API keeps its word', () => {
  for (const bad of ['http://notes.test/', 'notes.test', 'http://notes.test,notes.test', '*'])
    it(`fails closed for origins=${bad}: no command obeyed, no event sent, and it says so`, async () => {
      const { page, frame, warnings } = await notesPage('http://notes.test', {
        params: { surface: 'bowl' },
        origins: bad.split(','),
      });
      await frame.getByTestId('notice-origins-refused').waitFor();
      await page.evaluate(() => {
        const f = document.querySelector('iframe')!.contentWindow!;
        f.postMessage({ source: 'error-surface-lab', type: 'step', steps: 7 }, '*');
        f.postMessage({ source: 'error-surface-lab', type: 'hello' }, '*');
        f.postMessage({ source: 'error-surface-lab', type: 'get' }, '*');
      });
      await lab(page, (l) => l.play());
      await page.waitForTimeout(1500);
      expect(await frame.getByTestId('readout-step').innerText()).toBe('0');
      expect(await events(page)).toEqual([]);
      expect(warnings.join('\n')).toContain('obeys no host page');
    });

  it('with two allowed hosts, the second one gets ready, play, replies and events', async () => {
    const { page, frame, errors } = await notesPage('http://slides.test', {
      params: { surface: 'bowl', speed: 200 },
      origins: ['http://notes.test', 'HTTP://Slides.test:80'],
    });
    await expect.poll(() => events(page), { timeout: 30_000 }).toContain('ready');
    await lab(page, (l) => l.play());
    await expect.poll(() => events(page), { timeout: 60_000 }).toContain('converged');
    expect(await frame.getByTestId('readout-status').getAttribute('data-status')).toBe('converged');
    // A refused field keeps its current value.
    await lab(page, (l) => l.set({ speed: -5, scaling: 'bogus', learningRate: 0.05 }));
    const experiment = await lab(page, (l) => l.get());
    expect(experiment).toMatchObject({ speed: 200, scaling: 'none', learningRate: 0.05 });
    expect(errors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });

  it('step(10000) and a storm of 1,000 hostile messages leave the page responsive and unchanged', async () => {
    const page = await session.newPage(900, 700);
    const longTasks = await watchLongTasks(page);
    await page.route('http://notes.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><body></body>' }),
    );
    await page.goto('http://notes.test/notes.html');
    await page.evaluate(`(${notesScript.toString()})(${JSON.stringify(session.url)})`);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.getByTestId('embed').waitFor({ timeout: 60_000 });
    await expect.poll(() => events(page), { timeout: 30_000 }).toContain('ready');
    await waitForScene(frame as unknown as Page);
    await page.waitForTimeout(1500);
    await longTasks(frame);
    await lab(page, (l) => l.step(10_000));
    await expect
      .poll(() => frame.getByTestId('readout-step').innerText(), { timeout: 60_000 })
      .toBe('10000');
    const stepTasks = await longTasks(frame);
    const before = await lab(page, (l) => l.get());
    // 1,000 messages: random values, prototype-pollution shapes, huge payloads, wrong types.
    const storm = fc.sample(
      fc.oneof(
        fc.anything({ maxDepth: 3 }),
        fc.record({
          source: fc.constant('error-surface-lab'),
          type: fc.constantFrom('set', 'step', 'launch', '__proto__', 'constructor'),
          steps: fc.oneof(fc.double(), fc.string(), fc.constant(1e12)),
          experiment: fc.oneof(
            fc.anything({ maxDepth: 2 }),
            fc.constant({ __proto__: { polluted: true } }),
            fc.constant({ surface: 'x'.repeat(100_000), start: new Array(10_000).fill(1) }),
            fc.constant({ speed: 'fast', learningRate: -1, bogus: true }),
          ),
        }),
      ),
      { numRuns: 1000, seed: 13 },
    );
    const t0 = Date.now();
    await page.evaluate((messages) => {
      const f = document.querySelector('iframe')!.contentWindow!;
      for (const m of messages) f.postMessage(m, '*');
    }, storm);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    const stormMs = Date.now() - t0;
    const stormTasks = await longTasks(frame);
    const after = await lab(page, (l) => l.get());
    expect(after).toEqual(before);
    expect(await frame.getByTestId('readout-step').innerText()).toBe('10000');
    expect(await frame.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      'polluted',
    );
    console.log(
      `step(10000): long tasks ${JSON.stringify(stepTasks)}; storm: ${stormMs} ms, long tasks ${JSON.stringify(stormTasks)}`,
    );
    // How long the tasks were is a bench figure (bench/responsiveness.bench.ts), not a pass/fail
    // one: on this shared machine it depends on the load. Responsive here means the page answered
    // (the requestAnimationFrame above returned) and took its steps.
  });

  it('the embed passes axe at a phone, a small iframe and a laptop size', async () => {
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const [w, h] of [
      [320, 240],
      [390, 844],
      [1280, 720],
    ] as const) {
      const page = await session.newPage(w, h);
      await page.goto(`${session.url}?embed=1&surface=lecture&controls=lr,scaling`);
      await page.getByTestId('embed').waitFor();
      await page.locator('[data-testid="scene"] canvas').waitFor();
      await page.evaluate(axe);
      const result = (await page.evaluate(() =>
        (
          window as unknown as {
            axe: { run(o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe.run({ resultTypes: ['violations'] }),
      )) as { violations: { id: string; nodes: unknown[] }[] };
      expect(
        result.violations.map((v) => `${w}×${h} ${v.id} ×${v.nodes.length}`),
        `${w}×${h}`,
      ).toEqual([]);
      await session.closePages();
    }
  });
});

/** Builds a notes page with one embed driven by embed.js (run inside the host page). */
function notesScript(app: string) {
  return new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = `${app}embed.js`;
    script.onload = () => {
      const w = window as unknown as {
        events: string[];
        lab: { on(t: string, f: () => void): void };
        ErrorSurfaceLab: { embed(el: Element, o: object): { on(t: string, f: () => void): void } };
      };
      w.events = [];
      const div = document.body.appendChild(document.createElement('div'));
      w.lab = w.ErrorSurfaceLab.embed(div, {
        params: { surface: 'lecture', bn: 1, opt: 'sgd', runs: 'momentum:auto,adam:auto' },
        origins: ['http://notes.test'],
        height: 520,
      });
      for (const t of ['ready', 'experiment']) w.lab.on(t, () => w.events.push(t));
      resolve();
    };
    document.head.appendChild(script);
  });
}

describe('hostile links', () => {
  const long = 'x'.repeat(10_000);
  const sentence = 'Your account is locked. Call 555-0100 now.';
  const hostile = [
    `lr=${long}`,
    `${long}=1`,
    `surface=${encodeURIComponent(sentence)}&note=${encodeURIComponent(sentence)}`,
    `start=1e308,-1e308&lr=1e-320&kappa=1e4&speed=2000&momentum=0.9999999999999999`,
    `lang=%E2%80%AE${encodeURIComponent('<img src=x onerror=alert(1)>')}&runs=${'gd:1,'.repeat(50)}`,
    `embed=1&origins=${encodeURIComponent('javascript:alert(1)')}&controls=${long}`,
    Array.from({ length: 200 }, (_, k) => `k${k}=${encodeURIComponent(sentence)}`).join('&'),
    'net=spiral:3:32:1e6:20000&sweep=1e-300,1e6&batch=4096&bn=1&seed=4294967295',
    '%E0%A4%A&lr=%%%&start=NaN,1&speed=Infinity&kappa=-0',
  ];

  it('no crash, no script, no NaN on screen; notices stay short and change no layout', async () => {
    for (const [w, h] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      const page = await session.newPage(w, h);
      const errors = collectErrors(page);
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      for (const [k, query] of hostile.entries()) {
        // Every link at a laptop's size; at a phone's, the two with the longest notices.
        if (w < 700 && k !== 0 && k !== 6) continue;
        await page.goto(`${session.url}?${query}`);
        await page.locator('#root > *').first().waitFor();
        await page.waitForTimeout(300);
        // Outside the notices (which may quote a refused "NaN"), no number on screen is broken.
        const text = await page.evaluate(() => {
          const copy = document.body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.notices').forEach((n) => n.remove());
          return copy.innerText;
        });
        expect(text, query.slice(0, 80)).not.toMatch(/\bNaN\b|Infinity|undefined/);
        expect(text).not.toContain('Call 555-0100 now');
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        ).toBeLessThanOrEqual(0);
        for (const notice of await page.locator('.notice').all()) {
          expect((await notice.innerText()).length).toBeLessThan(300);
          expect((await notice.boundingBox())!.height).toBeLessThan(130);
        }
        if (k === 0 || k === 6)
          await page.screenshot({ path: `${SHOT_DIR}/hostile-link-${k}-${w}x${h}.png` });
      }
      expect(dialogs).toBe(0);
      expect(errors).toEqual([]);
      await session.closePages();
    }
  });
});

describe('WebGL context loss', () => {
  /** Loses the first canvas's WebGL context; `restore` brings it back after a moment. */
  const lose = (page: Page, restore: boolean) =>
    page.evaluate(async (restore) => {
      const canvas = document.querySelector('[data-testid="scene"] canvas') as HTMLCanvasElement;
      const gl = canvas.getContext('webgl2')!;
      const ext = gl.getExtension('WEBGL_lose_context')!;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 500));
      if (restore) ext.restoreContext();
    }, restore);

  it('redraws as soon as the context is restored, even while paused', async () => {
    const page = await session.newPage(1280, 720);
    await page.goto(`${session.url}?surface=bowl`);
    await waitForScene(page);
    const scene = page.getByTestId('scene').first();
    await page.waitForTimeout(1000);
    expect(luminanceSpread(await scene.screenshot())).toBeGreaterThan(5);
    await lose(page, true);
    await expect
      .poll(async () => luminanceSpread(await scene.screenshot()), { timeout: 15_000 })
      .toBeGreaterThan(5);
    expect(await page.getByTestId('fallback-2d').count()).toBe(0);
  });

  it('falls back to the 2-D map with a message when the context does not come back', async () => {
    const page = await session.newPage(1280, 720);
    await page.goto(`${session.url}?surface=bowl`);
    await waitForScene(page);
    await lose(page, false);
    await page.getByTestId('fallback-2d').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('notice-context-lost').innerText()).toContain(
      'lost its graphics context',
    );
    await page.getByTestId('step').click();
    await expect.poll(() => page.getByTestId('readout-step').innerText()).toBe('1');
    await page.screenshot({ path: `${SHOT_DIR}/context-lost-1280x720.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOT_DIR}/context-lost-390x844.png` });
  });
});

describe('honest settings', () => {
  it('steps per second follow the wall clock, however slow the frames', async () => {
    const page = await session.newPage(1280, 720);
    // Rosenbrock at a tiny rate: the run keeps going for the whole measurement.
    await page.goto(`${session.url}?surface=rosenbrock&lr=0.00001&speed=40&panes=compare`);
    await waitForScene(page);
    await page.getByTestId('play').click();
    await expect.poll(() => page.getByTestId('readout-step').innerText()).not.toBe('0');
    const t0 = Date.now();
    const s0 = Number(await page.getByTestId('readout-step').innerText());
    await page.waitForTimeout(5000);
    const s1 = Number(await page.getByTestId('readout-step').innerText());
    const rate = ((s1 - s0) * 1000) / (Date.now() - t0);
    const fps = (await page.evaluate(
      `new Promise((r) => { let n = 0; const t = performance.now(); const f = () => (++n, performance.now() - t < 2000 ? requestAnimationFrame(f) : r(n / 2)); requestAnimationFrame(f); })`,
    )) as number;
    console.log(`speed 40: ${rate.toFixed(1)} steps/s at ${fps.toFixed(1)} frames/s`);
    expect(rate).toBeGreaterThan(40 * 0.8);
    expect(rate).toBeLessThan(40 * 1.2);
  });

  it('every control shows the value in use', async () => {
    const page = await session.newPage(1280, 900);
    await page.goto(
      `${session.url}?surface=lecture&bn=1&batch=4096&speed=2000&net=spiral:2:8:0.5:20000`,
    );
    await waitForScene(page);
    expect(await page.getByLabel(/^Speed: /).getAttribute('aria-valuetext')).toBe('2000');
    await expect.poll(() => page.getByText('Batch size: 100').count()).toBe(1);
    const steps = page.getByTestId('network-panel').getByRole('combobox').last();
    expect(await steps.inputValue()).toBe('20000');
    expect(await steps.locator('option:checked').innerText()).toBe('20000');
  });
});
