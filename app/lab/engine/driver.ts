import {
  changeEffect,
  mapWeights,
  miniBatchSurface,
  paneSetups,
  type Experiment,
  type Point2,
  type Problem,
} from '../../../src/index.ts';
import type { LabStore } from '../store/lab-store.ts';
import { createLandscape, resampleLandscape } from './landscape.ts';
import { createPane, createRunners, type Pane } from './pane.ts';
import type { ProblemCache } from './problem-cache.ts';
import { createStepPacer } from './step-pacer.ts';
import { summarize } from './summary.ts';

/** How often the panels' summary is refreshed while playing (the live charts redraw as often). */
export const SUMMARY_INTERVAL_MS = 120;

/**
 * Advances the simulation outside React: one or more panes (single view, or raw / standardized /
 * batch-normalized side by side), each with one runner per run and a landscape its scene reads in
 * useFrame; a throttled summary goes to the store for the panels.
 */
export interface Driver {
  readonly panes: readonly Pane[];
  /** True while pane 0 shows another surface (the runs are hidden and clicks ignored). */
  readonly overlaid: boolean;
  /** The problem of the experiment's own setting (what the controls refer to). */
  readonly problem: Problem;
  /** Bumps on every step or reset; per-frame readers compare it. */
  readonly runVersion: number;
  play(): void;
  pause(): void;
  togglePlay(): void;
  stepOnce(): void;
  /** Takes n steps (paused), in slices that keep the page responsive (the embed API's step(n)). */
  stepBy(n: number): void;
  /** Takes n steps of every run at once, paused (a recording draws a frame after each call). */
  stepNow(n: number): void;
  reset(): void;
  /** The model on screen: the main run's current weights, in the experiment's own features. */
  currentPoint(): Point2;
  /**
   * Follows a new experiment (the lab calls it after every change): rebuilds what the change's
   * effect needs (url-codec's table), nothing more: a surface change re-lays the surface out, a
   * runs change restarts the runs on the same grids, a view change redraws the same grid.
   */
  apply(e: Experiment): void;
  /** Called after every change the canvases or the charts must draw; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** While suspended (an embed scrolled off screen) a playing run waits without advancing or drawing. */
  setSuspended(suspended: boolean): void;
  /** Stops the loop and stops following the store (a page has one driver; tests make many). */
  dispose(): void;
}

/**
 * The driver of `store`'s experiment, building problems with `problemFor`. The lab hands it each
 * new experiment (apply); it follows the store's overlay, and writes only the run summary.
 */
export function createDriver(
  store: LabStore,
  problemFor: ProblemCache,
  resolution: number,
): Driver {
  const listeners = new Set<() => void>();
  let experiment = store.getState().experiment;
  let problem = problemFor(experiment);
  let panes: Pane[] = paneSetups(experiment, problemFor).map((s) => createPane(s, resolution));
  let runVersion = 0;
  let playing = false;
  let lastPublish = 0;

  const notify = () => {
    for (const l of listeners) l();
  };

  const publish = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastPublish < SUMMARY_INTERVAL_MS) return;
    lastPublish = now;
    const runs = panes.map((p) =>
      p.runners.map((r, k) => ({ ...summarize(r, p.whole), convergedAt: p.convergedAt[k]! })),
    );
    // The speed this device keeps up with, when it falls short of the one asked for.
    const achieved = playing ? pacer.achieved : null;
    const achievedSpeed =
      achieved !== null && achieved < 0.9 * experiment.speed ? Math.round(achieved) : null;
    store.setState({ summary: runs[0]![0]!, runs, playing, achievedSpeed });
  };

  // A surface shown in place of pane 0's (a network's loss slice); the runs are hidden meanwhile.
  let overlay = store.getState().overlay;
  /** The surface pane `p` shows: the overlay in pane 0 while there is one, else its problem's. */
  const shownSurface = (p: Pane) =>
    overlay && p === panes[0] ? overlay.surface : p.problem.surface;
  const applyOverlay = () => {
    const p = panes[0]!;
    p.landscape = createLandscape(
      shownSurface(p),
      resolution,
      experiment.heightScale,
      experiment.axisView,
      p.landscape,
    );
    if (!overlay) showBatchSurface(p);
    notify();
  };

  // With batch normalization in training the optimizer sees a mini-batch's surface: draw the main run's.
  const showBatchSurface = (p: Pane) => {
    if (overlay && p === panes[0]) return;
    const batch = p.runners[0]!.lastBatch;
    if (batch && p.problem.batchNorm && p.problem.data)
      resampleLandscape(p.landscape, miniBatchSurface(batch.normalized, p.problem.data.data));
  };

  const anyRunning = () => panes.some((p) => p.runners.some((r) => r.status === 'incomplete'));

  /** n steps of every run (each stops where it ends). */
  const advance = (n: number) => {
    for (const p of panes) {
      p.runners.forEach((r, k) => {
        r.advance(n);
        if (r.status === 'converged' && p.convergedAt[k] === null) p.convergedAt[k] = r.t;
      });
    }
  };

  const afterSteps = (force: boolean) => {
    runVersion++;
    panes.forEach(showBatchSurface);
    if (!anyRunning() && playing) {
      playing = false;
      pacer.stop();
      force = true;
    }
    publish(force);
    notify();
  };

  // Steps follow the wall clock; the surfaces and panels are redrawn once a frame at most.
  const pacer = createStepPacer({
    speed: () => experiment.speed,
    advance,
    canStep: anyRunning,
    stepped: () => afterSteps(true),
    frame: (moved) => {
      if (moved) afterSteps(false);
    },
  });

  const restart = () => {
    for (const p of panes) {
      p.runners = createRunners(p);
      p.convergedAt = p.runners.map(() => null);
      const shown = shownSurface(p);
      if (p.landscape.surface !== shown) resampleLandscape(p.landscape, shown);
    }
    runVersion++;
    publish(true);
    notify();
  };

  const rebuild = (e: Experiment) => {
    experiment = e;
    problem = problemFor(e);
    const setups = paneSetups(e, problemFor);
    panes = setups.map((s, k) => createPane(s, resolution, panes[k]));
    runVersion++;
    publish(true);
    notify();
    // Steps still queued were meant for the old runs.
    pacer.stop();
    if (playing) pacer.play();
  };

  publish(true);

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.overlay === prev.overlay) return;
    overlay = state.overlay;
    if (overlay) driver.pause();
    applyOverlay();
  });

  const driver: Driver = {
    get panes() {
      return panes;
    },
    get problem() {
      return problem;
    },
    get overlaid() {
      return overlay !== null;
    },
    get runVersion() {
      return runVersion;
    },
    play() {
      if (!anyRunning()) restart();
      playing = true;
      pacer.play();
      publish(true);
    },
    pause() {
      playing = false;
      pacer.stop();
      publish(true);
    },
    togglePlay() {
      if (playing) driver.pause();
      else driver.play();
    },
    stepOnce() {
      driver.pause();
      // A step that ends a run (diverged) moves nothing but still changes its status.
      if (!anyRunning()) return;
      advance(1);
      afterSteps(true);
    },
    stepBy(n) {
      driver.pause();
      pacer.queue(n);
    },
    stepNow(n) {
      driver.pause();
      if (n < 1 || !anyRunning()) return;
      advance(n);
      afterSteps(true);
    },
    reset() {
      driver.pause();
      restart();
    },
    currentPoint() {
      // Pane 0 may show another variant of the data: its weights mapped into the experiment's own.
      const pane = panes[0]!;
      const w = pane.runners[0]!.state.w;
      const own = problem.transform;
      return pane.problem.transform && own
        ? mapWeights([w[0]!, w[1]!], pane.problem.transform, own)
        : ([w[0]!, w[1]!] as const);
    },
    apply(e) {
      if (e === experiment) return;
      const effect = changeEffect(experiment, e);
      if (effect === 'surface' || effect === 'panes' || effect === 'runs') {
        // A new experiment replaces whatever was shown instead of it.
        if (overlay) store.setState({ overlay: null });
        rebuild(e);
      } else if (effect === 'view') {
        experiment = e;
        for (const p of panes) {
          p.experiment = { ...p.experiment, heightScale: e.heightScale, axisView: e.axisView };
          const shown = shownSurface(p);
          p.landscape = createLandscape(shown, resolution, e.heightScale, e.axisView, p.landscape);
          showBatchSurface(p);
        }
        notify();
      } else experiment = e;
    },
    dispose() {
      driver.pause();
      unsubscribe();
      listeners.clear();
    },
    setSuspended(value) {
      pacer.setSuspended(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return driver;
}
