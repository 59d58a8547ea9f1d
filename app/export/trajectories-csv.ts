import { keptEvery, stepOf, type Runner } from '../../src/index.ts';

/** One run to export: which pane and run it is, and the runner itself. */
export interface ExportRun {
  pane: string;
  run: number;
  runner: Runner;
}

/**
 * Every point kept of every run as CSV: pane, run, optimizer, learning rate, step, w1, w2, loss,
 * |∇L|, and kept_every: 1 where every step is kept, k where a long run's older steps were thinned
 * to every k-th (a live run keeps every step up to its history limit, then step 0, every k-th
 * older step and its recent steps exactly; see RunHistory).
 */
export function trajectoriesCsv(runs: readonly ExportRun[]): string {
  const lines = ['pane,run,optimizer,learning_rate,step,w1,w2,loss,gradient_norm,kept_every'];
  for (const { pane, run, runner } of runs) {
    const h = runner.history;
    const head = `${pane},${run},${runner.config.optimizer},${runner.params.learningRate}`;
    for (let i = 0; i < h.length; i++)
      lines.push(
        `${head},${stepOf(h, i)},${h.w1[i]},${h.w2[i]},${h.losses[i]},${h.gradientNorms[i]},${keptEvery(h, i)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
