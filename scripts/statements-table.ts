// Prints what the page says of the lecture's runs, computed by the simulator: for each preset on
// raw, standardized and batch-normalized data, the status after 400 steps (with its phases), the
// steps it needs to converge (the one basis: src/analysis/step-counts.ts) and the fewest any rate
// needs. `npx tsx scripts/statements-table.ts [surface]` (default lecture).
import {
  buildProblem,
  createRunner,
  DEFAULT_EXPERIMENT,
  fewestSteps,
  learningRatePresets,
  LEARNING_RATE_PRESETS,
  simulationConfig,
  stepsToConverge,
  type Experiment,
} from '../src/index.ts';

const surface = (process.argv[2] ?? 'lecture') as Experiment['surface'];
const variants: [string, Partial<Experiment>][] = [
  ['raw', { scaling: 'none' }],
  ['standardized', { scaling: 'standardize' }],
  ['batch norm', { batchNorm: true }],
];
console.log(
  '| data | preset | η (× limit) | status after 400 steps | phases | steps to converge | fewest |',
);
console.log('|---|---|---|---|---|---|---|');
for (const [name, patch] of variants) {
  const e = { ...DEFAULT_EXPERIMENT, surface, ...patch };
  const p = buildProblem(e);
  const presets = learningRatePresets(p);
  const fewest = fewestSteps(p.surface, p.surface.start);
  for (const preset of LEARNING_RATE_PRESETS) {
    const run = { ...e, learningRate: presets[preset] };
    const runner = createRunner(simulationConfig(run, buildProblem(run), 1_000_000));
    while (runner.t < 400 && runner.advance(20) > 0) runner.phases();
    const phases = runner.phases();
    const status = runner.status !== 'incomplete' ? runner.status : phases.at(-1)!.regime;
    const noise = runner.noise();
    const total = p.batch ? null : stepsToConverge(p.surface, p.surface.start, presets[preset]);
    console.log(
      `| ${name} | ${preset} | ${(presets[preset] / p.stabilityLimit).toFixed(2)} | ${status}${
        noise && status === 'noisy'
          ? ` (gap ${noise.mean.toExponential(1)} ± ${noise.std.toExponential(1)})`
          : ''
      } | ${phases.map((x) => `${x.regime} ${x.from}–${x.to}`).join(', ')} | ${
        total === null ? '—' : total.toLocaleString('en-US')
      } | ${fewest && !p.batch ? `${fewest.steps.toLocaleString('en-US')} at ${fewest.multiple.toFixed(4)}×` : '—'} |`,
    );
  }
}
