import { BATCH_NORM_MODES } from '../batchnorm/batch-norm-layer.ts';
import { FEATURE_SCALINGS } from '../datasets/feature-scaling.ts';
import { OPTIMIZER_IDS } from '../optimizers/optimizer.ts';
import { LANGUAGES } from '../text.ts';
import { PAGE_OPTION_KEYS } from './page-options.ts';
import { formatQuery, parseQuery } from './query-string.ts';
import {
  AXIS_VIEWS,
  CAMERA_PRESETS,
  DEFAULT_EXPERIMENT,
  HEIGHT_SCALES,
  MAX_RUNS,
  PANE_LAYOUTS,
  SURFACE_IDS,
  type Experiment,
  type NetworkSetting,
  type RunSpec,
} from './experiment.ts';
import { NETWORK_TASKS } from '../network/tasks.ts';

/** How one experiment field is written to and read from the query string. */
interface FieldCodec<K extends keyof Experiment> {
  field: K;
  /** The parsed value, or undefined when the text is not a valid value. */
  parse(text: string): Experiment[K] | undefined;
  format(value: Experiment[K]): string;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | undefined =>
    (values as readonly string[]).includes(text) ? (text as T) : undefined;

const number =
  (min: number, max: number, { integer = false, openMin = false, openMax = false } = {}) =>
  (text: string): number | undefined => {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return undefined;
    const x = Number(text);
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x))) return undefined;
    if (openMin ? x <= min : x < min) return undefined;
    if (openMax ? x >= max : x > max) return undefined;
    return x;
  };

const nullable =
  <T>(parse: (text: string) => T | undefined, auto: string) =>
  (text: string): T | null | undefined =>
    text === auto ? null : parse(text);

const formatNumber = (x: number) => String(Number(x.toPrecision(6)));
const learningRate = number(0, 1e6, { openMin: true });
const unit = number(0, 1, { openMax: true });
const coordinate = number(-1e9, 1e9);

function field<K extends keyof Experiment>(
  key: string,
  f: K,
  parse: (text: string) => Experiment[K] | undefined,
  format: (value: Experiment[K]) => string = (v) => String(v),
): [string, FieldCodec<K>] {
  return [key, { field: f, parse, format }];
}

/** The URL keys, in the order they are written, and how each maps to an experiment field. */
const CODECS = new Map<string, FieldCodec<keyof Experiment>>([
  field('surface', 'surface', oneOf(SURFACE_IDS)),
  field('kappa', 'conditionNumber', number(1, 1e4), formatNumber),
  field('scaling', 'scaling', oneOf(FEATURE_SCALINGS)),
  field(
    'bn',
    'batchNorm',
    (t) => (t === '1' ? true : t === '0' ? false : undefined),
    (v) => (v ? '1' : '0'),
  ),
  field('batch', 'batchSize', number(1, 4096, { integer: true })),
  field('bnmode', 'batchNormMode', oneOf(BATCH_NORM_MODES)),
  field('opt', 'optimizer', oneOf(OPTIMIZER_IDS)),
  field('lr', 'learningRate', nullable(learningRate, 'auto'), (v) =>
    v === null ? 'auto' : formatNumber(v),
  ),
  field('momentum', 'momentum', unit, formatNumber),
  field('rho', 'rho', unit, formatNumber),
  field('beta1', 'beta1', unit, formatNumber),
  field('beta2', 'beta2', unit, formatNumber),
  field(
    'start',
    'start',
    (t) => {
      if (t === 'auto') return null;
      const parts = t.split(',');
      if (parts.length !== 2) return undefined;
      const [a, b] = parts.map(coordinate);
      return a === undefined || b === undefined ? undefined : ([a, b] as const);
    },
    (v) => (v === null ? 'auto' : `${formatNumber(v[0])},${formatNumber(v[1])}`),
  ),
  field('seed', 'seed', number(0, 2 ** 32 - 1, { integer: true })),
  field('camera', 'camera', oneOf(CAMERA_PRESETS)),
  field('lang', 'language', nullable(oneOf(LANGUAGES), 'auto'), (v) => v ?? 'auto'),
  field('speed', 'speed', number(1, 2000), formatNumber),
  field('height', 'heightScale', oneOf(HEIGHT_SCALES)),
  field('view', 'axisView', oneOf(AXIS_VIEWS)),
  field('runs', 'extraRuns', parseRuns, (runs) =>
    runs
      .map(
        (r) => `${r.optimizer}:${r.learningRate === null ? 'auto' : formatNumber(r.learningRate)}`,
      )
      .join(','),
  ),
  field('panes', 'panes', oneOf(PANE_LAYOUTS)),
  field(
    'net',
    'network',
    parseNetwork,
    (n) => `${n.task}:${n.layers}:${n.width}:${formatNumber(n.learningRate)}:${n.steps}`,
  ),
  field(
    'sweep',
    'sweepRange',
    (t) => {
      const parts = t.split(',');
      if (parts.length !== 2) return undefined;
      const [lo, hi] = parts.map(learningRate);
      return lo !== undefined && hi !== undefined && lo < hi ? ([lo, hi] as const) : undefined;
    },
    (v) => (v === null ? '' : `${formatNumber(v[0])},${formatNumber(v[1])}`),
  ),
]);

/** "task:layers:width:lr:steps": the network lab's setting; all or nothing. */
function parseNetwork(text: string): NetworkSetting | undefined {
  const [task, layers, width, lr, steps, extra] = text.split(':');
  const t = oneOf(NETWORK_TASKS)(task ?? '');
  const l = number(1, 3, { integer: true })(layers ?? '');
  const w = number(4, 32, { integer: true })(width ?? '');
  const r = learningRate(lr ?? '');
  const s = number(10, 20000, { integer: true })(steps ?? '');
  if (
    !t ||
    l === undefined ||
    w === undefined ||
    r === undefined ||
    s === undefined ||
    extra !== undefined
  )
    return undefined;
  return { task: t, layers: l, width: w, learningRate: r, steps: s };
}

/** "opt:lr,opt:lr": the runs beside the main one (lr may be "auto"); all or nothing. */
function parseRuns(text: string): RunSpec[] | undefined {
  if (text === '') return [];
  const runs: RunSpec[] = [];
  for (const part of text.split(',')) {
    const [opt, lr, extra] = part.split(':');
    const optimizer = oneOf(OPTIMIZER_IDS)(opt ?? '');
    const rate = lr === 'auto' ? null : learningRate(lr ?? '');
    if (!optimizer || rate === undefined || extra !== undefined) return undefined;
    runs.push({ optimizer, learningRate: rate });
  }
  return runs.length <= MAX_RUNS - 1 ? runs : undefined;
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
  const experiment: Experiment = { ...DEFAULT_EXPERIMENT };
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [key, value] of parseQuery(query)) {
    if (seen.has(key) && CODECS.has(key)) {
      ignored.push({ key, value, reason: 'invalid' });
      continue;
    }
    seen.add(key);
    const codec = CODECS.get(key);
    if (!codec) {
      if (!RESERVED.has(key)) ignored.push({ key, value, reason: 'unknown' });
      continue;
    }
    const parsed = codec.parse(value);
    if (parsed === undefined) ignored.push({ key, value, reason: 'invalid' });
    else (experiment as unknown as Record<string, unknown>)[codec.field] = parsed;
  }
  return { experiment, ignored };
}

/** Writes the fields that differ from the defaults as a query string (without "?"). */
export function encodeExperiment(experiment: Experiment): string {
  const pairs: [string, string][] = [];
  for (const [key, codec] of CODECS) {
    const text = codec.format(experiment[codec.field]);
    if (text !== codec.format(DEFAULT_EXPERIMENT[codec.field])) pairs.push([key, text]);
  }
  return formatQuery(pairs);
}
