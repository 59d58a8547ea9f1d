import { mapWeights } from '../datasets/feature-scaling.ts';
import { clampToDomain, type Point2 } from '../surfaces/surface.ts';
import {
  allRuns,
  DEFAULT_EXPERIMENT,
  isDataSurface,
  MAX_RUNS,
  USER_SURFACE,
  type Experiment,
} from './experiment.ts';
import { OPTIMIZERS } from '../optimizers/registry.ts';
import { learningRatePresets } from './learning-rate-presets.ts';
import { buildProblem, runLearningRate, type Problem } from './problem.ts';
import { encodeExperiment, EXPERIMENT_FIELD_NAMES, sameField } from './url-codec.ts';

/** What a change may need beyond the experiment itself. */
export interface ChangeOptions {
  /**
   * The model the user is looking at: the main run's current weights, in the current experiment's
   * own features. A change of features keeps this model (default: the run's start).
   */
  point?: Point2;
  /** Builds (or looks up) the problem of an experiment; callers may pass a cache (default buildProblem). */
  build?: (e: Experiment) => Problem;
}

const given = (patch: Partial<Experiment>, f: keyof Experiment) => Object.hasOwn(patch, f);

/** Why the main run's η is what it is after a change. */
export type RateDecision =
  /** The patch set it (a number, or null for the automatic rate). */
  | 'given'
  /** Features toggled and η kept as the same number (`learningRateOnToggle` = keep, or adaptive). */
  | 'kept'
  /** Features toggled and η set to the new surface's "about right" rate 1/λ_max. */
  | 'about-right'
  /** Another surface or optimizer: back to the automatic rate. */
  | 'automatic'
  /** Nothing touched it. */
  | 'unchanged';

/** What a change decided, so that notes and notices show it instead of re-deriving it. */
export interface ChangeDecision {
  experiment: Experiment;
  /** Feature scaling or batch normalization changed on the same data (the model was kept). */
  featuresToggled: boolean;
  rate: {
    decision: RateDecision;
    /**
     * With a feature toggle: the main run's η before and after, and the new surface's
     * "about right" rate 1/λ_max (the other choice a note may offer); null otherwise.
     */
    before: number | null;
    after: number | null;
    aboutRight: number | null;
  };
  /** The start was mapped into the new features (w̃ = w·s) to keep the model on screen. */
  startMapped: boolean;
  /** Fields the patch set that the rules did not take as given (e.g. a start moved into the domain). */
  refused: (keyof Experiment)[];
}

/**
 * The one rule book for changing an experiment; every entry point (panels, keyboard, lesson,
 * embed API, a link opened) goes through it, so the same change always reaches the same state:
 * - another surface (or condition number) starts from the surface's own start, and another surface
 *   or optimizer takes the automatic learning rate, unless the patch sets them;
 * - another feature scaling or batch normalization on the same data keeps the model: the point
 *   (default the start) is mapped into the new features, w̃ = w·s, so predictions stay the same;
 *   and η is either kept (the same number, `learningRateOnToggle` = keep) or set to the new
 *   surface's "about right" rate 1/λ_max (best), unless the patch sets it;
 * - then the rules of every experiment (see normalizeExperiment).
 * Returns the new experiment with what was decided and why. Pure: never mutates its arguments.
 */
export function decideChange(
  current: Experiment,
  patch: Partial<Experiment>,
  options: ChangeOptions = {},
): ChangeDecision {
  const build = options.build ?? buildProblem;
  const next: Experiment = withConsistentData({ ...current, ...patch }, current);
  const rate: ChangeDecision['rate'] = {
    decision: given(patch, 'learningRate') ? 'given' : 'unchanged',
    before: null,
    after: null,
    aboutRight: null,
  };
  let startMapped = false;
  // Other data on the user's surface are another surface.
  const surfaceChanged =
    next.surface !== current.surface || next.userData?.id !== current.userData?.id;
  if (surfaceChanged || next.conditionNumber !== current.conditionNumber) {
    if (!given(patch, 'start')) next.start = null;
  }
  if ((surfaceChanged || next.optimizer !== current.optimizer) && !given(patch, 'learningRate')) {
    next.learningRate = null;
    rate.decision = 'automatic';
  }
  const featuresToggled =
    !surfaceChanged &&
    (next.scaling !== current.scaling || next.batchNorm !== current.batchNorm) &&
    isDataSurface(next.surface);
  if (featuresToggled) {
    const from = build(current);
    const to = build(next);
    if (!given(patch, 'start')) {
      const point = options.point ?? current.start ?? from.surface.start;
      next.start =
        from.transform && to.transform ? mapWeights(point, from.transform, to.transform) : null;
      startMapped = next.start !== null;
    }
    rate.before = runLearningRate(from, allRuns(current)[0]!);
    rate.aboutRight = learningRatePresets(to).aboutRight;
    if (!given(patch, 'learningRate')) {
      // 1/λ_max is plain gradient descent's scale: adaptive methods keep their η.
      const keep = next.learningRateOnToggle === 'keep' || OPTIMIZERS[next.optimizer].adaptive;
      next.learningRate = keep ? rate.before : rate.aboutRight;
      rate.decision = keep ? 'kept' : 'about-right';
    }
  }
  const experiment = normalizeExperiment(next, build);
  if (featuresToggled) rate.after = runLearningRate(build(experiment), allRuns(experiment)[0]!);
  const asked = { ...current, ...patch };
  const refused = (Object.keys(patch) as (keyof Experiment)[]).filter(
    (f) => !sameField(experiment, asked, f),
  );
  return { experiment, featuresToggled, rate, startMapped, refused };
}

/** The experiment that `decideChange` decides on (when what was decided is not needed). */
export function changeExperiment(
  current: Experiment,
  patch: Partial<Experiment>,
  options: ChangeOptions = {},
): Experiment {
  return decideChange(current, patch, options).experiment;
}

/**
 * A fresh experiment (a link being opened, a lesson scene): the default page changed by `fields`
 * under the same rules as any change, so e.g. a link to another surface gets that surface's own
 * start and automatic rate.
 */
export function freshExperiment(
  fields: Partial<Experiment>,
  build: (e: Experiment) => Problem = buildProblem,
): Experiment {
  return changeExperiment(DEFAULT_EXPERIMENT, fields, { build });
}

/**
 * The shortest query string that reopens `e` exactly as a fresh experiment: every field that
 * differs from the defaults, less those the rules of a fresh experiment restore by themselves
 * (a link to another optimizer need not say "lr=auto"), plus any equal to its default that the
 * rules would otherwise change (the default η on another surface).
 */
export function experimentQuery(
  e: Experiment,
  build: (e: Experiment) => Problem = buildProblem,
): string {
  const reopens = (fields: ReadonlySet<keyof Experiment>) => {
    const patch: Partial<Experiment> = {};
    for (const f of fields) (patch as Record<string, unknown>)[f] = e[f];
    const reopened = freshExperiment(patch, build);
    return EXPERIMENT_FIELD_NAMES.filter((f) => !sameField(reopened, e, f));
  };
  const fields = new Set(
    EXPERIMENT_FIELD_NAMES.filter((f) => !sameField(e, DEFAULT_EXPERIMENT, f)),
  );
  // Each pass adds at least one field; an experiment the rules would normalize (a start outside
  // the domain) cannot be reopened exactly, so the passes are bounded.
  for (let pass = 0; pass < EXPERIMENT_FIELD_NAMES.length; pass++) {
    const differ = reopens(fields).filter((f) => !fields.has(f));
    if (differ.length === 0) break;
    for (const f of differ) fields.add(f);
  }
  for (const f of [...fields]) {
    fields.delete(f);
    if (reopens(fields).length > 0) fields.add(f);
  }
  return encodeExperiment(e, fields, false);
}

/**
 * The user's data belong to the user's surface: that surface without data cannot be shown (the
 * surface stays `fallback`'s, or the default's), and on any other surface the data are dropped, so
 * a link to another surface carries none. Returns `e` itself when it already obeys.
 */
function withConsistentData(e: Experiment, fallback: Experiment): Experiment {
  if (e.surface === USER_SURFACE && !e.userData) {
    const surface =
      fallback.surface === USER_SURFACE ? DEFAULT_EXPERIMENT.surface : fallback.surface;
    return { ...e, surface, userData: null };
  }
  return e.surface !== USER_SURFACE && e.userData ? { ...e, userData: null } : e;
}

/**
 * The rules every experiment obeys: the user's data only on the user's surface (withConsistentData);
 * the start lies inside the surface's drawn domain (a point
 * outside is moved to the nearest edge), and there are at most MAX_RUNS runs.
 */
export function normalizeExperiment(
  e: Experiment,
  build: (e: Experiment) => Problem = buildProblem,
): Experiment {
  let out = withConsistentData(e, DEFAULT_EXPERIMENT);
  if (e.start) {
    const start = clampToDomain(build(e).surface.domain, e.start);
    if (start[0] !== e.start[0] || start[1] !== e.start[1]) out = { ...out, start };
  }
  if (e.extraRuns.length > MAX_RUNS - 1)
    out = { ...out, extraRuns: e.extraRuns.slice(0, MAX_RUNS - 1) };
  return out;
}
