import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildProblem, freshExperiment, type Experiment, type Problem } from '../../src/index.ts';

/** One run's path as exported by the page ("Trajectories as CSV"). */
export interface ExportedRun {
  pane: string;
  run: number;
  w1: number[];
  w2: number[];
  loss: number[];
}

/** Clicks the page's CSV export and reads every run's path from the downloaded file. */
export async function exportTrajectories(page: Page): Promise<ExportedRun[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  const runs = new Map<string, ExportedRun>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [pane, run, , , , w1, w2, loss] = line.split(',');
    const key = `${pane}:${run}`;
    let r = runs.get(key);
    if (!r) runs.set(key, (r = { pane: pane!, run: Number(run), w1: [], w2: [], loss: [] }));
    r.w1.push(Number(w1));
    r.w2.push(Number(w2));
    r.loss.push(Number(loss));
  }
  return [...runs.values()];
}

/** The problem of an experiment given as a link's or a scene's fields. */
export const problemOf = (fields: Partial<Experiment>): Problem =>
  buildProblem(freshExperiment(fields));

/**
 * Reversals along the steepest eigen-direction between steps `from` and `to`: sign changes of
 * the step e_(t+1) − e_t of the error e_t = v_maxᵀ(w_t − w*), counted only when the swing after
 * the turn is at least `minSwing` (in weight units).
 */
export function steepReversals(
  run: ExportedRun,
  problem: Problem,
  from: number,
  to: number,
  minSwing = 0,
): number {
  const v = problem.curvature.eigenvectors[0]!;
  const w = problem.surface.minima[0]!.w;
  const e = run.w1.map((x, t) => v[0] * (x - w[0]) + v[1] * (run.w2[t]! - w[1]));
  let count = 0;
  for (let t = Math.max(1, from); t < Math.min(to, e.length - 1); t++) {
    const before = e[t]! - e[t - 1]!;
    const after = e[t + 1]! - e[t]!;
    if (before * after < 0 && Math.abs(after) >= minSwing) count++;
  }
  return count;
}
