import { MAX_LINK_NAME, MAX_LINK_ROWS } from '../datasets/user-data/link.ts';

/**
 * Guards for experiment values given as values (an embed's `set`), run before anything formats,
 * copies or compares them. A guard reads a bounded number of properties (never more than the
 * field can hold), calls no getter, and returns a plain copy of the value or undefined; after it,
 * nothing touches the value it was given. The field table that uses them is in url-codec.ts.
 */
export type Shape<T> = (value: unknown) => T | undefined;

/** Longest text a text field may hold (a name in the codec's lists is far shorter). */
export const MAX_FIELD_TEXT = MAX_LINK_NAME;

const MISSING = Symbol('missing');

/**
 * The value of `o`'s own data property `key`; MISSING for a getter, an absent or inherited
 * property, or one whose lookup throws (a revoked or hostile Proxy).
 */
export function ownValue(o: object, key: string | number): unknown {
  try {
    const d = Object.getOwnPropertyDescriptor(o, key);
    return d && 'value' in d ? d.value : MISSING;
  } catch {
    return MISSING;
  }
}

const isArray = (v: unknown): v is object => {
  try {
    return Array.isArray(v);
  } catch {
    return false; // a revoked Proxy
  }
};

/** The length of an array, only when it is a whole number no larger than `max`. */
function arrayLength(v: unknown, max: number): number | undefined {
  if (!isArray(v)) return undefined;
  const n = ownValue(v, 'length');
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
}

export const text: Shape<string> = (v) =>
  typeof v === 'string' && v.length <= MAX_FIELD_TEXT ? v : undefined;
export const num: Shape<number> = (v) => (typeof v === 'number' ? v : undefined);
export const flag: Shape<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);

export const orNull =
  <T>(shape: Shape<T>): Shape<T | null> =>
  (v) =>
    v === null ? null : shape(v);

/** An array of exactly `n` items, each of `shape`. */
export const tuple =
  <T>(shape: Shape<T>, n: number): Shape<T[]> =>
  (v) =>
    arrayLength(v, n) === n ? list(shape, n)(v) : undefined;

/** An array of at most `max` items, each of `shape`. */
export const list =
  <T>(shape: Shape<T>, max: number): Shape<T[]> =>
  (v) => {
    const n = arrayLength(v, max);
    if (n === undefined) return undefined;
    const out: T[] = [];
    for (let i = 0; i < n; i++) {
      const item = shape(ownValue(v as object, i));
      if (item === undefined) return undefined;
      out.push(item);
    }
    return out;
  };

/** A plain object with exactly the keys of `shapes` (in their order), each of its shape. */
export const record =
  <T extends Record<string, unknown>>(shapes: { [K in keyof T]: Shape<T[K]> }): Shape<T> =>
  (v) => {
    if (typeof v !== 'object' || v === null || isArray(v)) return undefined;
    const keys = Object.keys(shapes);
    let own: string[];
    try {
      own = Object.keys(v);
    } catch {
      return undefined;
    }
    if (own.length !== keys.length || !own.every((k) => Object.hasOwn(shapes, k))) return undefined;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const item = (shapes[k] as Shape<unknown>)(ownValue(v, k));
      if (item === undefined) return undefined;
      out[k] = item;
    }
    return out as T;
  };

const typedLength = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Float64Array.prototype) as object,
  'length',
)!.get!;

/** A real Float64Array (not an array-like claiming to be one) of at most `max` numbers, copied. */
export const floats =
  (max: number): Shape<Float64Array> =>
  (v) => {
    if (!ArrayBuffer.isView(v) || !(v instanceof Float64Array)) return undefined;
    const n = typedLength.call(v) as number;
    return n <= max ? new Float64Array(v) : undefined;
  };

/** The user's data as an experiment holds it (UserData), no more rows than a link carries. */
export const userDataShape = record({
  id: text,
  fileName: text,
  columns: tuple(text, 3) as Shape<unknown> as Shape<readonly [string, string, string]>,
  x1: floats(MAX_LINK_ROWS),
  x2: floats(MAX_LINK_ROWS),
  y: floats(MAX_LINK_ROWS),
});
