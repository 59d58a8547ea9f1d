import { OPTIMIZER_IDS } from '../optimizers/optimizer.ts';
import { NETWORK_TASKS } from '../network/task-ids.ts';
import { MAX_NETWORK_LAYERS, MAX_RUNS, type NetworkSetting, type RunSpec } from './experiment.ts';

/**
 * How the link's values are read and written: strict parsers (a value is valid or undefined,
 * never guessed) and formatters that write the shortest text reading back as the same value.
 * The field table that uses them is in url-codec.ts.
 */

/** A parser accepting exactly one of `values`. */
export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | undefined =>
    (values as readonly string[]).includes(text) ? (text as T) : undefined;

/**
 * A parser of a decimal number within [min, max] (open ends as asked; `integer`: whole numbers
 * only). Refuses hex, blanks, NaN and Infinity.
 */
export const number =
  (min: number, max: number, { integer = false, openMin = false, openMax = false } = {}) =>
  (text: string): number | undefined => {
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return undefined;
    const x = Number(text);
    if (!Number.isFinite(x) || (integer && !Number.isInteger(x))) return undefined;
    if (openMin ? x <= min : x < min) return undefined;
    if (openMax ? x >= max : x > max) return undefined;
    // An integer has no −0 (a count or a seed); a coordinate keeps it, and formatNumber writes it.
    return integer ? x + 0 : x;
  };

/** `auto` reads as null (automatic), anything else through `parse`. */
export const nullable =
  <T>(parse: (text: string) => T | undefined, auto: string) =>
  (text: string): T | null | undefined =>
    text === auto ? null : parse(text);

/** The shortest text that reads back as exactly the same double (JavaScript's own; −0 kept as "-0"). */
export const formatNumber = (x: number) => (Object.is(x, -0) ? '-0' : String(x));
export const learningRate = number(0, 1e6, { openMin: true });
export const unit = number(0, 1, { openMax: true });
export const coordinate = number(-1e9, 1e9);
export const bool = (t: string) => (t === '1' ? true : t === '0' ? false : undefined);
export const pair = (parse: (t: string) => number | undefined) => (t: string) => {
  const parts = t.split(',');
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map(parse);
  return a === undefined || b === undefined ? undefined : ([a, b] as const);
};
export const formatPair = (v: readonly [number, number]) =>
  `${formatNumber(v[0])},${formatNumber(v[1])}`;

/** "task:layers:width:lr:steps": the network lab's setting; all or nothing. */
export function parseNetwork(text: string): NetworkSetting | undefined {
  const [task, layers, width, lr, steps, extra] = text.split(':');
  const t = oneOf(NETWORK_TASKS)(task ?? '');
  const l = number(1, MAX_NETWORK_LAYERS, { integer: true })(layers ?? '');
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
export function parseRuns(text: string): RunSpec[] | undefined {
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
