import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectErrors, SHOT_DIR, waitForScene, useBrowserSession } from './browser.ts';

const session = useBrowserSession();

describe('presenter mode and the guided lesson', () => {
  it('runs the whole lesson from the keyboard: N / P, a clicker’s PageDown, 1–9, ? help', async () => {
    const page = await session.newPage(1920, 1080);
    const errors = collectErrors(page);
    await page.goto(`${session.url}?lesson=1&present=1`);
    await waitForScene(page);
    expect(await page.getByTestId('lesson-progress').innerText()).toBe('Scene 1 of 7');
    expect(await page.getByRole('combobox', { name: 'Surface', exact: true }).inputValue()).toBe(
      'rugged-bowl',
    );
    await page.locator('h1').click();
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('lesson-progress').innerText()).toBe('Scene 2 of 7');
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('lesson-progress').innerText()).toBe('Scene 3 of 7');
    await expect.poll(() => page.locator('.runs > li').count()).toBe(4);
    await page.keyboard.press('p');
    await expect.poll(() => page.getByTestId('lesson-progress').innerText()).toBe('Scene 2 of 7');
    await page.keyboard.press('4');
    // Compare panes start their canvases one after another (each after the one before has drawn).
    await expect
      .poll(() => page.locator('[data-testid="scene"]').count(), { timeout: 60_000 })
      .toBe(3);
    expect(page.url()).toContain('lesson=4');
    await page.keyboard.press(' ');
    await expect
      .poll(() => page.getByTestId('pane-standardized-run-0').getAttribute('data-status'), {
        timeout: 60_000,
      })
      .toBe('converged');
    await page.keyboard.press('?');
    await page.getByTestId('help-overlay').waitFor();
    expect(await page.getByTestId('help-overlay').innerText()).toContain('Full screen');
    await page.screenshot({ path: `${SHOT_DIR}/presenter-lesson.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('help-overlay').count()).toBe(0);
    // Clutter is hidden in presenter mode.
    expect(await page.getByTestId('sweep-panel').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('a link opens a chosen scene; every scene has text in both languages', async () => {
    const page = await session.newPage();
    await page.goto(`${session.url}?lesson=6&lang=zh-TW`);
    await waitForScene(page);
    expect(await page.getByTestId('lesson-progress').innerText()).toBe('第 6 幕，共 7 幕');
    expect(await page.getByTestId('lesson-card').innerText()).toContain('鞍點');
  });
});

describe('embedding in course notes', () => {
  it('a page with three embeds drives one through the host script’s API', async () => {
    const page = await session.newPage(1280, 900);
    const errors = collectErrors(page);
    await page.goto(`${session.url}embed-demo.html`);
    await page.locator('#driven').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => (document.getElementById('log')?.textContent ?? '').includes('ready'),
      null,
      { timeout: 60_000 },
    );
    const experiment = await page.evaluate(() =>
      (window as unknown as { demoLab: { get(): Promise<{ surface: string }> } }).demoLab.get(),
    );
    expect(experiment.surface).toBe('valley');
    await page.evaluate(() => (window as unknown as { demoLab: { play(): void } }).demoLab.play());
    await page.waitForFunction(
      () => (document.getElementById('log')?.textContent ?? '').includes('converged at step'),
      null,
      { timeout: 60_000 },
    );
    expect(await page.locator('#log').innerText()).toMatch(/step \d+: loss/);
    // set() goes through the codec's rules: a bad value is reported, a good one applied.
    const reply = await page.evaluate(
      () =>
        new Promise<{ experiment: { learningRate: number }; ignored: string[] }>((resolve) => {
          const lab = (
            window as unknown as {
              demoLab: { on(t: string, f: (e: unknown) => void): void; set(p: object): void };
            }
          ).demoLab;
          lab.on('experiment', (e) =>
            resolve(e as { experiment: { learningRate: number }; ignored: string[] }),
          );
          lab.set({ learningRate: 0.5, surface: 'volcano' });
        }),
    );
    expect(reply.experiment.learningRate).toBe(0.5);
    expect(reply.ignored).toEqual(['surface']);
    expect(await page.locator('iframe').count()).toBe(3);
    await page.screenshot({ path: `${SHOT_DIR}/embed-demo.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('ignores messages of the wrong shape, and from origins it was not told to trust', async () => {
    const page = await session.newPage(800, 600);
    await page.goto(`${session.url}embed-demo.html`);
    await page.locator('#driven').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => (document.getElementById('log')?.textContent ?? '').includes('ready'),
      null,
      { timeout: 60_000 },
    );
    const frame = page.frames().find((f) => f.url().includes('surface=valley'))!;
    await page.evaluate(() => {
      const iframe = [...document.querySelectorAll('iframe')].find((f) =>
        f.src.includes('surface=valley'),
      )!;
      for (const m of [
        null,
        'play',
        { type: 'play' },
        { source: 'error-surface-lab', type: 'step', steps: -4 },
        { source: 'error-surface-lab', type: 'explode' },
      ])
        iframe.contentWindow!.postMessage(m, '*');
    });
    await page.waitForTimeout(500);
    expect(await frame.getByTestId('readout-step').innerText()).toBe('0');
    const strict = await session.newPage(800, 600);
    await strict.setContent(
      `<iframe id="f" src="${session.url}?embed=1&surface=bowl&origins=https://notes.example.edu" width="600" height="400"></iframe>`,
    );
    const inner = await (await strict.waitForSelector('#f')).contentFrame();
    await inner!.getByTestId('readout-step').waitFor();
    await strict.evaluate(() =>
      (document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
        { source: 'error-surface-lab', type: 'step', steps: 3 },
        '*',
      ),
    );
    await strict.waitForTimeout(500);
    expect(await inner!.getByTestId('readout-step').innerText()).toBe('0');
  });

  it('fits a 320×240 iframe, and the share panel gives a titled iframe snippet', async () => {
    const small = await session.newPage(320, 240);
    await small.goto(`${session.url}?embed=1&surface=lecture&scaling=standardize&controls=lr`);
    await small.getByTestId('embed').waitFor();
    await small.locator('[data-testid="scene"] canvas').waitFor();
    expect(
      await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await small.getByTestId('play').isVisible()).toBe(true);
    await small.screenshot({ path: `${SHOT_DIR}/embed-320x240.png` });
    const page = await session.newPage(1280, 900);
    await page.goto(`${session.url}?surface=penguins&scaling=standardize`);
    await waitForScene(page);
    const snippet = await page.getByTestId('share-snippet').inputValue();
    expect(snippet).toMatch(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?surface=penguins&amp;scaling=standardize&amp;embed=1&amp;controls=play,lr" width="720" height="480" title="Error Surface Lab: Palmer penguins/,
    );
  });
});

describe('export', () => {
  it('saves the trajectories as CSV and the view as PNG', async () => {
    const page = await session.newPage(1280, 800);
    await page.goto(`${session.url}?surface=bowl&runs=momentum:0.1`);
    await waitForScene(page);
    await page.getByTestId('step').click();
    await page.getByTestId('step').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(text[0]).toBe(
      'pane,run,optimizer,learning_rate,step,w1,w2,loss,gradient_norm,kept_every',
    );
    expect(text).toHaveLength(1 + 2 * 3);
    expect(text[1]).toMatch(/^main,1,gd,/);
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});
