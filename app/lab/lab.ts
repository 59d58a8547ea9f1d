import {
  changeEffect,
  decideChange,
  DEFAULT_EXPERIMENT,
  DEFAULT_PAGE_OPTIONS,
  freshExperiment,
  mapWeights,
  type ChangeDecision,
  type Experiment,
  type PageOptions,
  type Problem,
} from '../../src/index.ts';
import { createDriver, type Driver } from './engine/driver.ts';
import { createProblemCache } from './engine/problem-cache.ts';
import type { RunIntent } from './store/experiment-slice.ts';
import { createLabStore, type LabStore } from './store/lab-store.ts';

/**
 * One page's lab, framework-free: its store, its problem cache and the driver that runs the
 * simulation. React reads it through app/lab/react; nothing else in app/ writes the experiment.
 */
export interface Lab {
  readonly store: LabStore;
  /** The simulation; made when first asked for, so a link and a lesson scene are set up first. */
  readonly driver: Driver;
  /** The problem of an experiment, from this lab's cache (the controls, the panes, the link). */
  problemFor(e: Experiment): Problem;
  /**
   * The one way to change the experiment (controls, keys, lesson, embed messages, data): the core's
   * rules (decideChange) with the model on screen as the one a change of features keeps; the store
   * takes the new experiment and what was decided, and the driver follows it.
   */
  change(patch: Partial<Experiment>, options?: ChangeIntent): ChangeDecision;
  /** Replaces the experiment with a fresh one (a link opened, a lesson scene): defaults plus `fields`. */
  open(fields: Partial<Experiment>, options?: ChangeIntent): ChangeDecision;
  /** Restarts every run, paused, from (w1, w2) given in the weights of pane `paneIndex`. */
  setStart(w1: number, w2: number, paneIndex?: number): ChangeDecision;
  /** Stops the driver and its loop (a page has one lab; tests make many). */
  dispose(): void;
}

/** What the runs of the experiment a change opens are meant to show (see ExperimentSlice.intent). */
export interface ChangeIntent {
  intent?: readonly RunIntent[];
}

export interface LabOptions {
  /** The experiment to open with (a fresh experiment with these fields; default the default page). */
  experiment?: Partial<Experiment>;
  /** How the page is shown (embed, presenter, lesson scene). */
  page?: PageOptions;
  /** The surfaces' grid size, decided when the driver is made (from the page options then). */
  resolution?: (page: PageOptions) => number;
}

/** A lab of its own: a new store, problem cache and (on first use) driver. */
export function createLab(options: LabOptions = {}): Lab {
  const store = createLabStore();
  const problemFor = createProblemCache();
  store.setState({
    experiment: freshExperiment(options.experiment ?? {}, problemFor),
    page: options.page ?? DEFAULT_PAGE_OPTIONS,
  });
  let driver: Driver | null = null;
  const resolution = options.resolution ?? (() => 256);
  const theDriver = () =>
    (driver ??= createDriver(store, problemFor, resolution(store.getState().page)));

  /**
   * Puts a decided experiment in the store (with the decision, and what its runs are meant to show:
   * kept while the runs are not restarted) and has the driver follow it.
   */
  const take = (decision: ChangeDecision, options: ChangeIntent = {}) => {
    const before = store.getState();
    const effect = changeEffect(before.experiment, decision.experiment);
    const intent = options.intent ?? (effect === 'view' || effect === 'none' ? before.intent : []);
    store.setState({ experiment: decision.experiment, lastChange: decision, intent });
    driver?.apply(decision.experiment);
    return decision;
  };

  const lab: Lab = {
    store,
    get driver() {
      return theDriver();
    },
    problemFor,
    change(patch, options) {
      const current = store.getState().experiment;
      const point = driver?.currentPoint();
      return take(decideChange(current, patch, { point, build: problemFor }), options);
    },
    open(fields, options) {
      return take(decideChange(DEFAULT_EXPERIMENT, fields, { build: problemFor }), options);
    },
    setStart(w1, w2, paneIndex = 0) {
      const d = theDriver();
      d.pause();
      const from = d.panes[paneIndex]?.problem.transform;
      const to = d.problem.transform;
      const start = from && to ? mapWeights([w1, w2], from, to) : ([w1, w2] as const);
      return lab.change({ start });
    },
    dispose() {
      driver?.dispose();
    },
  };
  return lab;
}
