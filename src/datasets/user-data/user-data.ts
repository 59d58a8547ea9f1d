import { outsideText } from '../../text.ts';
import type { Dataset } from '../dataset.ts';

/**
 * The user's own data as an experiment holds it: the three chosen columns of a table, complete
 * rows only. Immutable; `id` is a hash of the column names and the numbers, so the same data always
 * get the same id (the key of the local store and of links that cannot carry the numbers).
 */
export interface UserData {
  id: string;
  /** The file the data came from (or a name for pasted text). */
  fileName: string;
  /** Names of feature 1, feature 2 and the target. */
  columns: readonly [string, string, string];
  x1: Float64Array;
  x2: Float64Array;
  y: Float64Array;
}

/**
 * A 53-bit hash (cyrb53's mixing) of the column names and the numbers' bits, as 14 hex digits.
 * Not cryptographic: it tells data sets apart, it does not protect them.
 */
export function userDataId(columns: readonly string[], values: readonly Float64Array[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (w: number) => {
    h1 = Math.imul(h1 ^ w, 2654435761);
    h2 = Math.imul(h2 ^ w, 1597334677);
  };
  for (const name of columns) {
    for (let i = 0; i < name.length; i++) mix(name.charCodeAt(i));
    mix(0x1f);
  }
  const word = new Uint32Array(2);
  const view = new Float64Array(word.buffer);
  for (const column of values) {
    mix(column.length);
    for (let i = 0; i < column.length; i++) {
      view[0] = column[i]!;
      mix(word[0]!);
      mix(word[1]!);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, '0');
}

/**
 * UserData from its columns, with its id. Each −0 becomes 0 (in place: the arrays become the
 * data's own), so that the same numbers always get the same id and survive a link's JSON.
 */
export function makeUserData(
  fileName: string,
  columns: readonly [string, string, string],
  x1: Float64Array,
  x2: Float64Array,
  y: Float64Array,
): UserData {
  for (const c of [x1, x2, y]) for (let i = 0; i < c.length; i++) if (c[i] === 0) c[i] = 0;
  return { id: userDataId(columns, [x1, x2, y]), fileName, columns, x1, x2, y };
}

const datasets = new WeakMap<UserData, Dataset>();

/** The data set of the user's data (built once per UserData; callers must not mutate it). */
export function userDataset(u: UserData): Dataset {
  let d = datasets.get(u);
  if (!d) {
    // The names come from the user's file or a link: shown only sanitized and cut (outsideText).
    const [a, b, target] = [u.columns[0], u.columns[1], u.columns[2]].map((c) =>
      outsideText(c),
    ) as [string, string, string];
    const file = outsideText(u.fileName);
    const n = u.y.length.toLocaleString('en-US');
    const same = (s: string) => ({ en: s, 'zh-TW': s });
    d = {
      id: 'user',
      name: { en: `Your data: ${file}`, 'zh-TW': `你的資料：${file}` },
      description: {
        en: `${n} rows of ${file}: predict ${target} from ${a} (x1) and ${b} (x2).`,
        'zh-TW': `${file} 的 ${n} 列：用 ${a}（x1）與 ${b}（x2）預測 ${target}。`,
      },
      source: {
        en: `Your file ${file}; it stays in this browser.`,
        'zh-TW': `你的檔案 ${file}；資料只留在這個瀏覽器。`,
      },
      featureNames: [same(a), same(b)],
      targetName: same(target),
      x1: u.x1,
      x2: u.x2,
      y: u.y,
    };
    datasets.set(u, d);
  }
  return d;
}
