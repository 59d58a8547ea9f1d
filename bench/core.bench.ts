// Core benchmark (npm run bench): medians over repeated runs, each beside a baseline measured in the
// same run, since this machine is shared and noisy. Not a test: it prints, it never fails on time.
import {
  batchNormSurface,
  buildProblem,
  createSurface,
  dataSurface,
  FEATURE_SCALINGS,
  gradientDescentStep,
  initOptimizerState,
  lectureDataset,
  penguinsDataset,
  regressionLossDirect,
  sampleGrid,
  simulate,
  DEFAULT_EXPERIMENT,
  DEFAULT_OPTIMIZER_PARAMS,
  logSpace,
  simulationConfig,
  sweepLearningRates,
  type Surface,
} from '../src/index.ts';
import { fmt, medianMs, printTable } from './measure.ts';
import { baselines } from './baselines.ts';
import { networkSliceBench } from './network-slice.ts';

const N = 256;
const figures = baselines('core');

/** The naive grid: the loss looped over every example at every grid point (what sufficient statistics replace). */
function naiveGrid(
  x1: Float64Array,
  x2: Float64Array,
  y: Float64Array,
  s: Surface,
  out: Float32Array,
) {
  const [a0, a1] = s.domain.w1;
  const [b0, b1] = s.domain.w2;
  for (let j = 0; j < N; j++) {
    for (let i = 0; i < N; i++) {
      out[j * N + i] = regressionLossDirect(
        x1,
        x2,
        y,
        a0 + ((a1 - a0) * i) / (N - 1),
        b0 + ((b1 - b0) * j) / (N - 1),
      );
    }
  }
}

console.log(`## Grid of ${N}×${N} on each data-driven surface (median ms)\n`);
const gridRows: (string | number)[][] = [];
const buffer = new Float32Array(N * N);
for (const data of [lectureDataset(), penguinsDataset()]) {
  const variants = [
    ...FEATURE_SCALINGS.map((scaling) => ({ label: scaling, ...dataSurface(data, scaling) })),
    { label: 'batch norm', surface: batchNormSurface(data), data },
  ];
  for (const v of variants) {
    const fast = medianMs(() => sampleGrid(v.surface, N, v.surface.domain, buffer), 41);
    const naive = medianMs(
      () => naiveGrid(v.data.x1, v.data.x2, v.data.y, v.surface, buffer),
      5,
      1,
    );
    const figure = `grid: ${data.id} (N=${data.y.length}), ${v.label}`;
    gridRows.push([
      `${data.id} (N=${data.y.length}), ${v.label}`,
      fmt(fast),
      fmt(naive),
      `${fmt(naive / fast)}×`,
      figures.previous(figure),
    ]);
    figures.record(figure, `${fmt(fast)} ms`);
  }
}
printTable(
  ['surface', 'sufficient statistics', 'naive loop over examples', 'speed-up', 'previous'],
  gridRows,
);

console.log(
  `\n## Gradient-descent steps per second on the bowl (medians of 15 interleaved rounds after 6)\n`,
);
const bowl = createSurface('bowl');
const STEPS = 2_000_000;
const SIM_STEPS = 200_000;
const params = { ...DEFAULT_OPTIMIZER_PARAMS, learningRate: 1e-7 };
let sink = 0;
const loops = {
  /** Baseline: the same update written inline on two local numbers. */
  inline: () => {
    let x = 3;
    let y = -2;
    for (let t = 0; t < STEPS; t++) {
      x -= 1e-7 * 2 * x;
      y -= 1e-7 * 2 * y;
    }
    sink += x + y;
  },
  /** The bare step loop: the surface's gradient and the optimizer's step, nothing recorded. */
  bare: () => {
    const state = initOptimizerState([3, -2]);
    const g = new Float64Array(2);
    for (let t = 0; t < STEPS; t++) {
      bowl.gradient(state.w[0]!, state.w[1]!, g);
      gradientDescentStep(state, g, params);
    }
    sink += state.w[0]!;
  },
  simulate: () => {
    const r = simulate({
      surface: bowl,
      optimizer: 'gd',
      params: { learningRate: 1e-7 },
      steps: SIM_STEPS,
      stopWhenConverged: false,
    });
    sink += r.steps;
  },
};
// Interleaved rounds, so the load of this shared machine falls on the three alike.
const times = { inline: [] as number[], bare: [] as number[], simulate: [] as number[] };
for (let round = 0; round < 21; round++)
  for (const k of ['inline', 'bare', 'simulate'] as const) {
    const t0 = performance.now();
    loops[k]();
    if (round >= 6) times[k].push(performance.now() - t0);
  }
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const perSecond = {
  inline: (STEPS / med(times.inline)) * 1000,
  bare: (STEPS / med(times.bare)) * 1000,
  simulate: (SIM_STEPS / med(times.simulate)) * 1000,
};
printTable(
  ['loop', 'steps / s', 'vs inline baseline', 'vs bare step loop', 'target', 'previous'],
  [
    [
      'inline two-number baseline',
      fmt(perSecond.inline),
      '1×',
      '—',
      '—',
      figures.previous('steps / s: inline two-number baseline'),
    ],
    [
      'bare step loop: surface.gradient + gradientDescentStep',
      fmt(perSecond.bare),
      `${fmt(perSecond.bare / perSecond.inline)}×`,
      '1×',
      '—',
      figures.previous('steps / s: bare step loop'),
    ],
    [
      'simulate() (records w, loss, ‖∇L‖ every step)',
      fmt(perSecond.simulate),
      `${fmt(perSecond.simulate / perSecond.inline)}×`,
      `${fmt(perSecond.simulate / perSecond.bare)}×`,
      '≥ 0.3× the bare loop',
      figures.previous('simulate() vs bare step loop'),
    ],
  ],
);
figures.record('steps / s: inline two-number baseline', fmt(perSecond.inline));
figures.record('steps / s: bare step loop', fmt(perSecond.bare));
figures.record('simulate() vs bare step loop', `${fmt(perSecond.simulate / perSecond.bare)}×`);
console.log(`\n## Learning-rate sweep: 60 rates × up to 2,000 steps (median of 9)\n`);
const sweepRows: (string | number)[][] = [];
for (const [label, experiment, target] of [
  [
    'lecture, raw (most runs use all 2,000 steps)',
    { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const },
    '—',
  ],
  [
    'penguins, standardized',
    { ...DEFAULT_EXPERIMENT, surface: 'penguins' as const, scaling: 'standardize' as const },
    '—',
  ],
  [
    'lecture, batch norm, mini-batches of 16',
    { ...DEFAULT_EXPERIMENT, surface: 'lecture' as const, batchNorm: true },
    '≤ 30',
  ],
] as const) {
  const problem = buildProblem(experiment);
  const base = { ...simulationConfig(experiment, problem, 2000), stopWhenConverged: true };
  const rates = logSpace(problem.stabilityLimit * 1e-3, problem.stabilityLimit * 10, 60);
  let totalSteps = 0;
  const ms = medianMs(() => {
    totalSteps = sweepLearningRates(base, rates).reduce((n, p) => n + p.steps, 0);
  }, 9);
  // Baseline: the same number of steps of the inline two-number loop.
  const inline = medianMs(() => {
    let x = 3;
    let y = -2;
    for (let t = 0; t < totalSteps; t++) {
      x -= 1e-7 * 2 * x;
      y -= 1e-7 * 2 * y;
    }
    sink += x + y;
  }, 9);
  const figure = `sweep: ${label.split(' (')[0]!}`;
  figures.record(figure, `${fmt(ms)} ms`);
  sweepRows.push([
    label,
    fmt(ms),
    target,
    figures.previous(figure),
    fmt(totalSteps),
    fmt(inline, 2),
    `${fmt(ms / Math.max(inline, 1e-3))}×`,
  ]);
}
printTable(
  [
    'surface',
    'median ms',
    'target',
    'previous',
    'steps in all',
    'inline loop, same steps (ms)',
    'vs inline',
  ],
  sweepRows,
);
figures.save();
await networkSliceBench();
if (Number.isNaN(sink)) console.log('');
