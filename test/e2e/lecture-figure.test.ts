import { describe, expect, it } from 'vitest';
import { sceneFacts } from '../../app/lessons/scene-facts.ts';
import { LESSON, type LessonClaim } from '../../app/lessons/scenes.ts';
import { DEFAULT_EXPERIMENT } from '../../src/index.ts';
import { collectErrors, SHOT_DIR, useBrowserSession, waitForScene } from './browser.ts';
import { exportTrajectories, problemOf, steepReversals, type ExportedRun } from './trajectory.ts';
import type { Page } from 'playwright-core';

const session = useBrowserSession();

const step = async (page: Page) => Number(await page.getByTestId('readout-step').innerText());

/** The visible size of a reversal: 2 % of the drawn w2 range. */
const visibleSwing = (fields: Parameters<typeof problemOf>[0]) => {
  const { w2 } = problemOf(fields).surface.domain;
  return 0.02 * (w2[1] - w2[0]);
};

/** Checks one claim of a lesson scene against the exported path (and the page's statuses). */
function checkClaim(
  claim: LessonClaim,
  runs: ExportedRun[],
  setup: Parameters<typeof problemOf>[0],
) {
  const paneName = claim.pane === 'main' ? 'main' : claim.pane;
  const run = runs.find((r) => r.pane === paneName && r.run === claim.run + 1); // 1-based in the CSV
  expect(run, `${claim.pane} run ${claim.run}`).toBeDefined();
  const problem = problemOf(setup);
  if (claim.does === 'zigzags')
    expect(steepReversals(run!, problem, 0, 30, visibleSwing(setup))).toBeGreaterThanOrEqual(5);
  if (claim.does === 'crawls') {
    expect(run!.loss.length).toBeGreaterThan(200);
    // No visible turn in steps 100–200, and along the flat direction it has barely moved: more
    // than half of the start's error along it is left after 200 steps.
    expect(steepReversals(run!, problem, 100, 200, visibleSwing(setup) / 4)).toBe(0);
    const v = problem.curvature.eigenvectors[1]!;
    const w = problem.surface.minima[0]!.w;
    const flat = (t: number) => v[0] * (run!.w1[t]! - w[0]) + v[1] * (run!.w2[t]! - w[1]);
    expect(Math.abs(flat(200))).toBeGreaterThan(0.5 * Math.abs(flat(0)));
  }
}

describe('the lecture’s picture on the first Play', () => {
  it('the default page zig-zags across the valley, says so, then crawls along it with a step estimate', async () => {
    const page = await session.newPage(1280, 720);
    const errors = collectErrors(page);
    await page.goto(session.url);
    await waitForScene(page);
    await page.getByTestId('play').click();
    await expect
      .poll(() => page.getByTestId('readout-status').innerText(), { timeout: 60_000 })
      .toContain('overshooting: zig-zags across the valley');
    await page.screenshot({ path: `${SHOT_DIR}/first-play-zigzag.png` });
    await expect
      .poll(() => page.getByTestId('readout-status').innerText(), { timeout: 90_000 })
      .toMatch(/crawling: about [\d,]+ more steps at this rate/);
    await page.getByTestId('play').click();
    expect(await step(page)).toBeGreaterThan(30);
    const [main] = await exportTrajectories(page);
    const reversals = steepReversals(main!, problemOf({}), 0, 30, visibleSwing({}));
    expect(reversals).toBeGreaterThanOrEqual(5);
    // w2 itself reverses (the steep direction is w2 on this surface).
    let w2Turns = 0;
    for (let t = 1; t < 30; t++)
      if ((main!.w2[t]! - main!.w2[t - 1]!) * (main!.w2[t + 1]! - main!.w2[t]!) < 0) w2Turns++;
    expect(w2Turns).toBeGreaterThanOrEqual(5);
    expect(DEFAULT_EXPERIMENT.scaling).toBe('none');
    await page.screenshot({ path: `${SHOT_DIR}/first-play-crawl.png` });
    expect(errors).toEqual([]);
  });

  it('a feature toggle says what it did to η, offers the other choice, and the one-rate comparison is one click away', async () => {
    const page = await session.newPage(1280, 900);
    const errors = collectErrors(page);
    await page.goto(session.url);
    await waitForScene(page);
    await page.getByRole('radio', { name: /Standardize/ }).check();
    const note = page.getByTestId('rate-note');
    await expect.poll(() => note.innerText()).toMatch(/η changed from 9\.00e-4 to 0\.4\d+/);
    await note.getByRole('button').click();
    await expect.poll(() => page.getByTestId('lr-multiple').innerText()).toContain('0.00');
    expect(page.url()).toContain('lrtoggle=keep');
    await page.getByRole('radio', { name: /None|Raw/ }).check();
    await expect.poll(() => note.innerText()).toContain('Same learning rate η = 9.00e-4');
    await page.getByTestId('compare-one-rate').click();
    // Compare panes start their canvases one after another (each after the one before has drawn).
    await expect
      .poll(() => page.locator('[data-testid="scene"]').count(), { timeout: 60_000 })
      .toBe(3);
    await page.getByTestId('play').click();
    await expect
      .poll(() => page.getByTestId('pane-raw-run-0').getAttribute('data-status'), {
        timeout: 60_000,
      })
      .toBe('diverged');
    await expect
      .poll(() => page.getByTestId('pane-standardized-run-0').innerText(), { timeout: 60_000 })
      .toMatch(/converged at step \d+/);
    const steps = Number(
      (await page.getByTestId('pane-standardized-run-0').innerText()).match(/\d+/)![0],
    );
    expect(steps).toBeLessThan(30);
    await page.screenshot({ path: `${SHOT_DIR}/one-rate-comparison.png` });
    expect(errors).toEqual([]);
  });

  it('“Why it overshoots” explains the run that zig-zags, and the one the user picks', async () => {
    const page = await session.newPage(1280, 900);
    await page.goto(`${session.url}?lesson=3`);
    await waitForScene(page);
    const select = page.getByTestId('eigen-run');
    await select.waitFor({ timeout: 60_000 });
    expect(await select.inputValue()).toBe('2');
    expect(await page.getByTestId('eigen-run-text').innerText()).toContain('run 3');
    expect(await page.getByTestId('eigen-factor-0').innerText()).toContain('zig-zag');
    await select.selectOption('0');
    await expect.poll(() => page.getByTestId('eigen-run-text').innerText()).toContain('run 1');
  });
});

describe('every lesson scene does what its text says', () => {
  const scenes = LESSON.map((s, k) => ({ scene: s, n: k + 1 })).filter((s) => s.scene.claims);
  for (const { scene, n } of scenes) {
    it(`scene ${n} (${scene.id}): ${scene.claims!.map((c) => `${c.pane} run ${c.run + 1} ${c.does}`).join(', ')}`, async () => {
      const page = await session.newPage(1280, 720);
      const errors = collectErrors(page);
      await page.goto(`${session.url}?lesson=${n}`);
      await waitForScene(page);
      const facts = sceneFacts(scene.setup());
      // The numbers in the text are the simulator's.
      const text = await page.getByTestId('lesson-text').innerText();
      for (const name of ['kappa', 'standardizedSteps'])
        if (scene.text.en.includes(`{${name}}`)) expect(text).toContain(facts[name]);
      await page.getByTestId('play').click();
      const compare = scene.setup().panes === 'compare';
      const statusOf = (c: LessonClaim) =>
        compare
          ? page.getByTestId(`pane-${c.pane}-run-${c.run}`)
          : page.getByTestId(`run-${c.run}-status`);
      const convergedAt = new Map<number, number>();
      for (const claim of scene.claims!) {
        if (claim.does === 'diverges')
          await expect
            .poll(() => statusOf(claim).getAttribute('data-status'), { timeout: 90_000 })
            .toBe('diverged');
        if (claim.does === 'converges') {
          await expect
            .poll(() => statusOf(claim).innerText(), { timeout: 90_000 })
            .toMatch(/converged at step \d+/);
          const text = await statusOf(claim).innerText();
          const at = Number(text.match(/converged at step ([\d,]+)/)![1]!.replace(/,/g, ''));
          convergedAt.set(claim.run, at);
          if (claim.withinFact)
            expect(at).toBeLessThanOrEqual(Number(facts[claim.withinFact]!.replace(/,/g, '')));
        }
      }
      for (const claim of scene.claims!)
        if (claim.before !== undefined)
          expect(convergedAt.get(claim.run)).toBeLessThan(convergedAt.get(claim.before)!);
      const needsPath = scene.claims!.some((c) => c.does === 'zigzags' || c.does === 'crawls');
      if (needsPath) {
        await expect
          .poll(() => step(page), { timeout: 120_000, interval: 500 })
          .toBeGreaterThan(205);
        await page.getByTestId('play').click();
        const runs = await exportTrajectories(page);
        for (const claim of scene.claims!) checkClaim(claim, runs, scene.setup());
      }
      await page.screenshot({ path: `${SHOT_DIR}/lesson-${n}-played.png` });
      expect(errors).toEqual([]);
    });
  }
});
