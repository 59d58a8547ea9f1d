import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPERIMENT,
  validateExperimentFields,
  type Experiment,
} from '../../../src/index.ts';
import { EXPERIMENT_FIELD_NAMES } from '../../../src/experiment/url-codec.ts';
import { userDataArb } from '../datasets/user-data/arbitraries.ts';

/** An array-like claiming the longest length an array can have. */
const HUGE = 2 ** 32 - 1;
const sparse = () => {
  const a: unknown[] = [];
  a.length = HUGE;
  return a;
};
/** An object claiming to be a Float64Array of length 2³²−1. */
const fakeFloats = () =>
  Object.defineProperty(Object.create(Float64Array.prototype) as object, 'length', {
    value: HUGE,
  });
const nested = (depth: number) => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = [v, v];
  return v;
};

/** Values of the right field names but absurd shapes (issue 23 §1), each built fresh. */
function hostileValues(): Record<string, () => unknown> {
  const throwing = {
    get: () => {
      throw new Error('getter called');
    },
  };
  return {
    'array-like of length 2³²−1': () => ({ length: HUGE }),
    'array-like pair of length 2³²−1': () => ({ length: HUGE, 0: 1, 1: 2 }),
    'sparse array of length 2³²−1': sparse,
    'array of 100,000 items': () => new Array(100_000).fill(1),
    'throwing Proxy': () =>
      new Proxy({}, { ownKeys: throwing.get, getOwnPropertyDescriptor: throwing.get, ...throwing }),
    'Proxy of an array claiming length 2³²−1': () =>
      new Proxy([1, 2], {
        get: (t, k) => (k === 'length' ? HUGE : Reflect.get(t, k)),
        getOwnPropertyDescriptor: (t, k) =>
          k === 'length'
            ? { value: HUGE, writable: true, enumerable: false, configurable: false }
            : Reflect.getOwnPropertyDescriptor(t, k),
      }),
    'revoked Proxy': () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return proxy;
    },
    'nesting 40 deep (2⁴⁰ leaves shared)': () => nested(40),
    'string of 10,000,000 characters': () => 'x'.repeat(10_000_000),
    'user data whose columns claim length 2³²−1': () => ({
      id: '0123456789abcd',
      fileName: 'f.csv',
      columns: ['a', 'b', 'c'],
      x1: { length: HUGE },
      x2: { length: HUGE },
      y: { length: 3 },
    }),
    'user data faking Float64Arrays': () => ({
      id: '0123456789abcd',
      fileName: 'f.csv',
      columns: ['a', 'b', 'c'],
      x1: fakeFloats(),
      x2: fakeFloats(),
      y: fakeFloats(),
    }),
    'runs with a getter': () => [
      Object.defineProperty({ optimizer: 'adam' }, 'learningRate', {
        ...throwing,
        enumerable: true,
      }),
    ],
    'network of array-likes': () => ({
      task: { length: HUGE },
      layers: { length: HUGE },
      width: 8,
      learningRate: 0.1,
      steps: { length: HUGE },
    }),
  };
}

describe('values given as values (an embed’s set) are checked before they are touched', () => {
  it('takes every valid experiment whole, refusing nothing', () => {
    fc.assert(
      fc.property(userDataArb, (userData) => {
        // (A sweep range of null, the default, writes '' and is refused: set one.)
        const e: Experiment = {
          ...DEFAULT_EXPERIMENT,
          userData,
          surface: 'user',
          sweepRange: [0.001, 0.5],
        };
        const { patch, refused } = validateExperimentFields({ ...e });
        expect(refused).toEqual([]);
        expect(JSON.stringify(patch)).toBe(JSON.stringify(e));
      }),
      { numRuns: 10 },
    );
  });

  it('refuses every field given an absurd shape, calling no getter and allocating nothing large', () => {
    for (const [what, make] of Object.entries(hostileValues())) {
      for (const field of EXPERIMENT_FIELD_NAMES) {
        const { patch, refused } = validateExperimentFields({ [field]: make() });
        expect({ what, field, patch, refused }).toEqual({
          what,
          field,
          patch: {},
          refused: [field],
        });
      }
    }
  });

  it('refuses a field whose value is behind a getter without calling it', () => {
    let calls = 0;
    const fields = Object.defineProperty({ speed: 2 }, 'learningRate', {
      get: () => {
        calls++;
        return 0.1;
      },
      enumerable: true,
    });
    const { patch, refused } = validateExperimentFields(fields);
    expect(patch).toEqual({ speed: 2 });
    expect(refused).toEqual(['learningRate']);
    expect(calls).toBe(0);
  });

  it('never throws, whatever the object of fields is, and pollutes no prototype', () => {
    const throwing = () => {
      throw new Error('trap');
    };
    for (const fields of [
      new Proxy({}, { ownKeys: throwing }),
      new Proxy({ speed: 1 }, { getOwnPropertyDescriptor: throwing }),
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": 1}}}',
      ),
    ]) {
      const { patch } = validateExperimentFields(fields as Record<string, unknown>);
      expect(patch).toEqual({});
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses arbitrary values of every field unless they read back exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXPERIMENT_FIELD_NAMES),
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          maxDepth: 4,
        }),
        (field, value) => {
          const { patch, refused } = validateExperimentFields({ [field]: value });
          if (refused.length === 0)
            expect(JSON.stringify(patch[field])).toBe(JSON.stringify(value));
          else expect(patch).toEqual({});
        },
      ),
      { numRuns: 500 },
    );
  });
});
