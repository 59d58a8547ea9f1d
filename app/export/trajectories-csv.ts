import type { Runner } from '../../src/index.ts';

/** One run to export: which pane and run it is, and the runner itself. */
export interface ExportRun {
  pane: string;
  run: number;
  runner: Runner;
}

/** Every point of every run as CSV: pane, run, optimizer, learning rate, step, w1, w2, loss, |∇L|. */
export function trajectoriesCsv(runs: readonly ExportRun[]): string {
  const lines = ['pane,run,optimizer,learning_rate,step,w1,w2,loss,gradient_norm'];
  for (const { pane, run, runner } of runs) {
    const h = runner.history;
    const head = `${pane},${run},${runner.config.optimizer},${runner.params.learningRate}`;
    for (let i = 0; i < h.length; i++)
      lines.push(`${head},${i},${h.w1[i]},${h.w2[i]},${h.losses[i]},${h.gradientNorms[i]}`);
  }
  return `${lines.join('\n')}\n`;
}
