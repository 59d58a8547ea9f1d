import { BATCH_NORM_MODES } from '../batchnorm/batch-norm-layer.ts';
import { FEATURE_SCALINGS } from '../datasets/feature-scaling.ts';
import { formatUserDataParam, parseUserDataParam } from '../datasets/user-data/link.ts';
import { OPTIMIZER_IDS } from '../optimizers/optimizer.ts';
import { LANGUAGES } from '../text.ts';
import { PAGE_OPTION_KEYS } from './page-options.ts';
import { formatQuery, parseQuery } from './query-string.ts';
import {
  AXIS_VIEWS,
  CAMERA_PRESETS,
  CONDITION_NUMBER_LIMITS,
  DEFAULT_EXPERIMENT,
  HEIGHT_SCALES,
  LEARNING_RATE_ON_TOGGLE,
  MAX_RUNS,
  PANE_LAYOUTS,
  SPEED_LIMITS,
  SURFACE_IDS,
  USER_SURFACE,
  type Experiment,
} from './experiment.ts';
import {
  bool,
  coordinate,
  formatNumber,
  formatPair,
  learningRate,
  nullable,
  number,
  oneOf,
  pair,
  parseNetwork,
  parseRuns,
  unit,
} from './field-parsers.ts';
import {
  flag,
  list,
  num,
  orNull,
  ownValue,
  record,
  text,
  tuple,
  userDataShape,
  type Shape,
} from './field-shapes.ts';

/**
 * What changing a field does, from most to least work: `surface` rebuilds the surface (its data,
 * features, curvature: buildSurfaceProblem reads these fields only) and restarts the runs; `panes`
 * rebuilds the set of panes; `runs` restarts the runs on the same surfaces (no resampling: the
 * optimizer, its settings, η, the batch size, the start); `view` redraws the same grid another
 * way; `none` touches no simulation state (the camera, the language, the speed and the lab panels
 * read it themselves).
 */
export const FIELD_EFFECTS = ['surface', 'panes', 'runs', 'view', 'none'] as const;
export type FieldEffect = (typeof FIELD_EFFECTS)[number];

/** How one experiment field is written to and read from the query string, and what changing it does. */
interface FieldCodec<K extends keyof Experiment> {
  key: string;
  effect: FieldEffect;
  /**
   * A value given as a value (an embed's `set`) checked for type, length and range before
   * anything formats it: a plain copy, or undefined (see field-shapes.ts).
   */
  shape: Shape<Experiment[K]>;
  /** The parsed value, or undefined when the text is not a valid value. */
  parse(text: string): Experiment[K] | undefined;
  format(value: Experiment[K]): string;
}

const row = <K extends keyof Experiment>(
  key: string,
  effect: FieldEffect,
  shape: Shape<Experiment[K]>,
  parse: (text: string) => Experiment[K] | undefined,
  format: (value: Experiment[K]) => string = (v) => String(v),
): FieldCodec<K> => ({ key, effect, shape, parse, format });

/** A value of one of the codec's lists: a short text (oneOf checks which). */
const choice = text as Shape<never>;

/**
 * Every experiment field: its URL key, its effect, the shape of its value, and how it is read and
 * written. The type makes a row compulsory for every field, so a new field cannot forget its
 * effect, its shape or its URL form. Keys are written in this order.
 */
export const EXPERIMENT_FIELDS: { readonly [K in keyof Experiment]: FieldCodec<K> } = {
  surface: row('surface', 'surface', choice, oneOf([...SURFACE_IDS, USER_SURFACE])),
  conditionNumber: row('kappa', 'surface', num, number(...CONDITION_NUMBER_LIMITS), formatNumber),
  scaling: row('scaling', 'surface', choice, oneOf(FEATURE_SCALINGS)),
  batchNorm: row('bn', 'surface', flag, bool, (v) => (v ? '1' : '0')),
  batchSize: row('batch', 'runs', num, number(1, 4096, { integer: true })),
  batchNormMode: row('bnmode', 'surface', choice, oneOf(BATCH_NORM_MODES)),
  optimizer: row('opt', 'runs', choice, oneOf(OPTIMIZER_IDS)),
  learningRate: row('lr', 'runs', orNull(num), nullable(learningRate, 'auto'), (v) =>
    v === null ? 'auto' : formatNumber(v),
  ),
  learningRateOnToggle: row('lrtoggle', 'none', choice, oneOf(LEARNING_RATE_ON_TOGGLE)),
  momentum: row('momentum', 'runs', num, unit, formatNumber),
  rho: row('rho', 'runs', num, unit, formatNumber),
  beta1: row('beta1', 'runs', num, unit, formatNumber),
  beta2: row('beta2', 'runs', num, unit, formatNumber),
  start: row(
    'start',
    'runs',
    orNull(tuple(num, 2) as Shape<unknown> as Shape<readonly [number, number]>),
    nullable(pair(coordinate), 'auto'),
    (v) => (v === null ? 'auto' : formatPair(v)),
  ),
  seed: row('seed', 'runs', num, number(0, 2 ** 32 - 1, { integer: true })),
  camera: row('camera', 'none', choice, oneOf(CAMERA_PRESETS)),
  language: row(
    'lang',
    'none',
    orNull(choice),
    nullable(oneOf(LANGUAGES), 'auto'),
    (v) => v ?? 'auto',
  ),
  speed: row('speed', 'none', num, number(...SPEED_LIMITS), formatNumber),
  heightScale: row('height', 'view', choice, oneOf(HEIGHT_SCALES)),
  axisView: row('view', 'view', choice, oneOf(AXIS_VIEWS)),
  extraRuns: row(
    'runs',
    'runs',
    list(record({ optimizer: choice, learningRate: orNull(num) }), MAX_RUNS - 1),
    parseRuns,
    (runs) =>
      runs
        .map(
          (r) =>
            `${r.optimizer}:${r.learningRate === null ? 'auto' : formatNumber(r.learningRate)}`,
        )
        .join(','),
  ),
  panes: row('panes', 'panes', choice, oneOf(PANE_LAYOUTS)),
  network: row(
    'net',
    'none',
    record({ task: choice, layers: num, width: num, learningRate: num, steps: num }),
    parseNetwork,
    (n) => `${n.task}:${n.layers}:${n.width}:${formatNumber(n.learningRate)}:${n.steps}`,
  ),
  sweepRange: row(
    'sweep',
    'none',
    orNull(tuple(num, 2) as Shape<unknown> as Shape<readonly [number, number]>),
    (t) => {
      const range = pair(learningRate)(t);
      return range && range[0] < range[1] ? range : undefined;
    },
    (v) => (v === null ? '' : formatPair(v)),
  ),
  // Last: the user's data, compressed when they fit a link, else a reference (link.ts).
  userData: row('data', 'surface', orNull(userDataShape), parseUserDataParam, formatUserDataParam),
};

type AnyCodec = FieldCodec<keyof Experiment>;
/** Every experiment field, in the codec's order. */
export const EXPERIMENT_FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as (keyof Experiment)[];
const FIELD_NAMES = EXPERIMENT_FIELD_NAMES;
const CODECS = new Map<string, { field: keyof Experiment; codec: AnyCodec }>(
  FIELD_NAMES.map((field) => [
    EXPERIMENT_FIELDS[field].key,
    { field, codec: EXPERIMENT_FIELDS[field] as AnyCodec },
  ]),
);

/** The fields whose change has effect `effect`. */
export function fieldsWithEffect(effect: FieldEffect): (keyof Experiment)[] {
  return FIELD_NAMES.filter((f) => EXPERIMENT_FIELDS[f].effect === effect);
}

/** Field `f` of `e` as the URL writes it (a key for it: equal texts, equal values). */
export function fieldText(e: Experiment, f: keyof Experiment): string {
  return (EXPERIMENT_FIELDS[f] as AnyCodec).format(e[f]);
}

/** Whether field `f` holds the same value in `a` and `b` (as the URL would write it). */
export function sameField(a: Experiment, b: Experiment, f: keyof Experiment): boolean {
  return a[f] === b[f] || fieldText(a, f) === fieldText(b, f);
}

/** The largest effect of the fields that differ between `a` and `b` ('none' when none differs). */
export function changeEffect(a: Experiment, b: Experiment): FieldEffect {
  let rank = FIELD_EFFECTS.length - 1;
  if (a === b) return 'none';
  for (const f of FIELD_NAMES) {
    const r = FIELD_EFFECTS.indexOf(EXPERIMENT_FIELDS[f].effect);
    if (r < rank && !sameField(a, b, f)) rank = r;
  }
  return FIELD_EFFECTS[rank]!;
}

/** A query-string entry that was not used, and why. */
export interface IgnoredParam {
  key: string;
  value: string;
  reason: 'unknown' | 'invalid';
}

/** Keys of the query string that belong to other features and are not experiment fields. */
const RESERVED = new Set<string>(PAGE_OPTION_KEYS);

/**
 * Reads an experiment from a query string ("?a=1&b=2" or "a=1&b=2"). Every invalid, repeated or
 * unknown value falls back to its default (the first of a repeated key wins) and is listed in
 * `ignored`; it never throws.
 */
export function decodeExperiment(query: string): {
  experiment: Experiment;
  ignored: IgnoredParam[];
} {
  const { patch, ignored } = decodeExperimentPatch(query);
  return { experiment: { ...DEFAULT_EXPERIMENT, ...patch }, ignored };
}

/** The fields a query string sets (only those), and the entries it ignored (see decodeExperiment). */
export function decodeExperimentPatch(query: string): {
  patch: Partial<Experiment>;
  ignored: IgnoredParam[];
} {
  const patch: Record<string, unknown> = {};
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [key, value] of parseQuery(query)) {
    const entry = CODECS.get(key);
    if (seen.has(key) && entry) {
      ignored.push({ key, value, reason: 'invalid' });
      continue;
    }
    seen.add(key);
    if (!entry) {
      if (!RESERVED.has(key)) ignored.push({ key, value, reason: 'unknown' });
      continue;
    }
    const parsed = entry.codec.parse(value);
    if (parsed === undefined) ignored.push({ key, value, reason: 'invalid' });
    else patch[entry.field] = parsed;
  }
  return { patch: patch as Partial<Experiment>, ignored };
}

/** Writes the fields that differ from the defaults as a query string (without "?"). */
export function encodeExperiment(
  experiment: Experiment,
  /** Fields written even where they equal the default. */
  fields: ReadonlySet<keyof Experiment> = new Set(),
  /** Also write every field that differs from the default (false: only `fields`). */
  differing = true,
): string {
  const pairs: [string, string][] = [];
  for (const [key, { field, codec }] of CODECS) {
    const text = codec.format(experiment[field]);
    if (fields.has(field) || (differing && text !== codec.format(DEFAULT_EXPERIMENT[field])))
      pairs.push([key, text]);
  }
  return formatQuery(pairs);
}

/**
 * Checks fields given as values (an embed's `set`) by the URL's rules: each must be a known field
 * whose value has the field's shape (checked first, before anything formats or copies it: type,
 * length and range, no getter called) and which the codec writes and reads back unchanged.
 * Returns the valid ones as a patch and the names of the refused ones; never throws.
 */
export function validateExperimentFields(fields: Record<string, unknown>): {
  patch: Partial<Experiment>;
  refused: string[];
} {
  const patch: Record<string, unknown> = {};
  const refused: string[] = [];
  let names: string[];
  try {
    names = Object.keys(fields);
  } catch {
    return { patch: {}, refused: [] };
  }
  for (const name of names) {
    if (!Object.hasOwn(EXPERIMENT_FIELDS, name)) {
      refused.push(name);
      continue;
    }
    const codec = EXPERIMENT_FIELDS[name as keyof Experiment] as AnyCodec;
    let parsed: unknown;
    let value: unknown;
    try {
      value = codec.shape(ownValue(fields, name));
      parsed = value === undefined ? undefined : codec.parse(codec.format(value as never));
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined && JSON.stringify(parsed) === JSON.stringify(value))
      patch[name] = parsed;
    else refused.push(name);
  }
  return { patch: patch as Partial<Experiment>, refused };
}
