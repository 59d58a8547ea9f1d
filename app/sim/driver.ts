import {
  buildProblem,
  createRunner,
  mapWeights,
  miniBatchSurface,
  simulationConfig,
  type Experiment,
  type Problem,
  type Runner,
} from '../../src/index.ts';
import { useLab } from '../store/store.ts';
import { createLandscape, resampleLandscape, type Landscape } from './landscape.ts';
import { dataFeatureStats, summarize } from './summary.ts';

/** Most steps one run may take; the history grows as it goes. */
const MAX_STEPS = 1_000_000;
/** Most steps taken in one animation frame, so a high speed cannot freeze the page. */
const MAX_STEPS_PER_FRAME = 400;
/** How often the panels' summary is refreshed while playing. */
const SUMMARY_INTERVAL_MS = 120;

/** Fields that change the run; the rest (camera, language, speed, display) do not restart it. */
const RUN_FIELDS = [
  'surface',
  'conditionNumber',
  'scaling',
  'batchNorm',
  'batchSize',
  'batchNormMode',
  'optimizer',
  'learningRate',
  'momentum',
  'rho',
  'beta1',
  'beta2',
  'start',
  'seed',
] as const;
const runKey = (e: Experiment) => JSON.stringify(RUN_FIELDS.map((k) => e[k]));
const viewKey = (e: Experiment) => `${e.heightScale}|${e.axisView}`;

// The last few problems built, by run key: toggling back and forth reuses them.
const problems = new Map<string, Problem>();
function problemFor(e: Experiment): Problem {
  const key = runKey({ ...e, start: null, learningRate: null, seed: 0 });
  let p = problems.get(key);
  if (!p) {
    p = buildProblem({ ...e, learningRate: null });
    problems.set(key, p);
    if (problems.size > 8) problems.delete(problems.keys().next().value!);
  }
  return e.learningRate === null ? p : { ...p, learningRate: e.learningRate };
}

/**
 * Advances the simulation outside React: one runner, a landscape the scene reads in useFrame, and
 * a throttled summary written to the store for the panels.
 */
export interface Driver {
  readonly problem: Problem;
  readonly runner: Runner;
  readonly landscape: Landscape;
  /** Bumps on every step or reset; per-frame readers compare it. */
  readonly runVersion: number;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepOnce(): void;
  reset(): void;
  /** Restarts the run from (w1, w2). */
  setStart(w1: number, w2: number): void;
  /** Changes scaling or batch normalization, keeping the model: the current point is mapped so predictions stay the same. */
  changeFeatures(patch: Partial<Pick<Experiment, 'scaling' | 'batchNorm'>>): void;
  /** Called after every change the canvas or the chart must draw; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createDriver(resolution: number): Driver {
  const listeners = new Set<() => void>();
  let experiment = useLab.getState().experiment;
  let problem = problemFor(experiment);
  let whole = dataFeatureStats(problem);
  let runner = createRunner(simulationConfig(experiment, problem, MAX_STEPS));
  let landscape = createLandscape(
    problem.surface,
    resolution,
    experiment.heightScale,
    experiment.axisView,
  );
  let runVersion = 0;
  let playing = false;
  let frame = 0;
  let lastTime = 0;
  let budget = 0;
  let lastPublish = 0;

  const notify = () => {
    for (const l of listeners) l();
  };

  const publish = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastPublish < SUMMARY_INTERVAL_MS) return;
    lastPublish = now;
    useLab.setState({ summary: summarize(runner, whole), playing });
  };

  // With batch normalization in training mode the optimizer sees this mini-batch's surface: draw it.
  const showBatchSurface = () => {
    const batch = runner.lastBatch;
    if (batch && problem.batchNorm && problem.data)
      resampleLandscape(landscape, miniBatchSurface(batch.normalized, problem.data.data));
  };

  const afterSteps = (force: boolean) => {
    runVersion++;
    showBatchSurface();
    if (runner.status !== 'incomplete' && playing) {
      playing = false;
      force = true;
    }
    publish(force);
    notify();
  };

  const tick = (now: number) => {
    frame = 0;
    if (!playing) return;
    const dt = Math.min(0.1, Math.max(0, (now - lastTime) / 1000));
    lastTime = now;
    budget += useLab.getState().experiment.speed * dt;
    const n = Math.min(MAX_STEPS_PER_FRAME, Math.floor(budget));
    budget -= Math.floor(budget);
    if (n > 0) afterSteps(runner.advance(n) < n);
    if (playing) frame = requestAnimationFrame(tick);
  };

  const startLoop = () => {
    if (frame) return;
    lastTime = performance.now();
    budget = 0;
    frame = requestAnimationFrame(tick);
  };

  const restart = () => {
    runner = createRunner(simulationConfig(experiment, problem, MAX_STEPS));
    runVersion++;
    if (landscape.surface !== problem.surface) resampleLandscape(landscape, problem.surface);
    publish(true);
    notify();
  };

  const rebuild = (e: Experiment, keepPlaying: boolean) => {
    experiment = e;
    problem = problemFor(e);
    whole = dataFeatureStats(problem);
    landscape = createLandscape(problem.surface, resolution, e.heightScale, e.axisView, landscape);
    useLab.setState({ problem });
    playing = keepPlaying && playing;
    restart();
    if (playing) startLoop();
  };

  useLab.setState({ problem });
  publish(true);

  useLab.subscribe((state, prev) => {
    const e = state.experiment;
    if (e === prev.experiment) return;
    if (runKey(e) !== runKey(experiment)) rebuild(e, true);
    else if (viewKey(e) !== viewKey(experiment)) {
      experiment = e;
      landscape = createLandscape(
        problem.surface,
        resolution,
        e.heightScale,
        e.axisView,
        landscape,
      );
      showBatchSurface();
      notify();
    } else experiment = e;
  });

  const driver: Driver = {
    get problem() {
      return problem;
    },
    get runner() {
      return runner;
    },
    get landscape() {
      return landscape;
    },
    get runVersion() {
      return runVersion;
    },
    play() {
      if (runner.status !== 'incomplete') restart();
      playing = true;
      publish(true);
      startLoop();
    },
    pause() {
      playing = false;
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      publish(true);
    },
    togglePlay() {
      if (playing) driver.pause();
      else driver.play();
    },
    stepOnce() {
      driver.pause();
      if (runner.status !== 'incomplete') return;
      runner.step();
      afterSteps(true);
    },
    reset() {
      driver.pause();
      restart();
    },
    setStart(w1, w2) {
      driver.pause();
      useLab.getState().setExperiment({ start: [w1, w2] });
    },
    changeFeatures(patch) {
      const next = { ...experiment, ...patch };
      const from = problem.transform;
      const to = problemFor(next).transform;
      const w = runner.state.w;
      const start = from && to ? mapWeights([w[0]!, w[1]!], from, to) : next.start;
      useLab.getState().setExperiment({ ...patch, start });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return driver;
}
