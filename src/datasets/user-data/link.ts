import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { columnsIssue } from './choose.ts';
import { MAX_NAME_LENGTH } from './names.ts';
import { makeUserData, type UserData } from './user-data.ts';

/**
 * How the user's data travel in a link (the `data` query value). Small data travel whole:
 * "d1." + base64url(deflate(JSON [file name, [3 column names], x1, x2, y])); JSON writes each
 * number as the shortest text that reads back as the same double, so they arrive exactly. Larger
 * data travel as a reference the page can resolve from the browser's own store or, failing that,
 * name: "r1." + base64url(deflate(JSON [file name, [3 column names], rows, id])).
 */
export const LINK_DATA_LIMIT = 6000;
/** Rows beyond which a data set is not even tried as a link (it would not fit LINK_DATA_LIMIT). */
export const MAX_LINK_ROWS = 4000;
/** Longest file or column name a link holds: the table's own limit (names.ts). */
export const MAX_LINK_NAME = MAX_NAME_LENGTH;
/** Links are read only up to this length (a deflate stream expands at most ~1000×). */
const LINK_READ_LIMIT = 20000;

/** What a link names when it cannot carry the data: enough to find or ask for the file. */
export interface UserDataRef {
  id: string;
  fileName: string;
  columns: readonly [string, string, string];
  rows: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Base64url text back to bytes; null when it holds a character outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ALPHABET.indexOf(text[i]!);
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 255;
    }
  }
  return out;
}

const pack = (kind: string, value: unknown) =>
  `${kind}.${toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }))}`;

function unpack(text: string, kind: string): unknown {
  if (!text.startsWith(`${kind}.`) || text.length > LINK_READ_LIMIT) return undefined;
  const bytes = fromBase64Url(text.slice(kind.length + 1));
  if (!bytes) return undefined;
  try {
    return JSON.parse(strFromU8(inflateSync(bytes)));
  } catch {
    return undefined;
  }
}

const isName = (s: unknown): s is string =>
  typeof s === 'string' && s.length > 0 && s.length <= MAX_LINK_NAME;
const isColumns = (c: unknown): c is [string, string, string] =>
  Array.isArray(c) && c.length === 3 && c.every(isName) && new Set(c).size === 3;
const numbers = (a: unknown): Float64Array | null =>
  Array.isArray(a) && a.every((v) => typeof v === 'number' && Number.isFinite(v))
    ? Float64Array.from(a as number[])
    : null;

const formatted = new WeakMap<UserData, string>();

/** The `data` value of a link: the data themselves when they fit LINK_DATA_LIMIT, else a reference. */
export function formatUserDataParam(u: UserData | null): string {
  if (u === null) return '';
  let text = formatted.get(u);
  if (text === undefined) {
    if (u.y.length <= MAX_LINK_ROWS)
      text = pack('d1', [
        u.fileName,
        u.columns,
        Array.from(u.x1),
        Array.from(u.x2),
        Array.from(u.y),
      ]);
    if (text === undefined || text.length > LINK_DATA_LIMIT)
      text = pack('r1', [u.fileName, u.columns, u.y.length, u.id]);
    formatted.set(u, text);
  }
  return text;
}

/**
 * Reads a link's `data` value: '' is none; a carried data set is checked like a file's columns
 * (three distinct names, equal lengths, finite numbers, and no issue from columnsIssue). A reference
 * or anything malformed is undefined (see parseUserDataRef for the reference).
 */
export function parseUserDataParam(text: string): UserData | null | undefined {
  if (text === '') return null;
  const value = unpack(text, 'd1');
  if (!Array.isArray(value) || value.length !== 5) return undefined;
  const [fileName, columns, a, b, c] = value as unknown[];
  if (!isName(fileName) || !isColumns(columns)) return undefined;
  const [x1, x2, y] = [numbers(a), numbers(b), numbers(c)];
  if (!x1 || !x2 || !y || x1.length !== y.length || x2.length !== y.length) return undefined;
  if (columnsIssue(columns, [x1, x2, y])) return undefined;
  const data = makeUserData(fileName, columns, x1, x2, y);
  formatted.set(data, text);
  return data;
}

/** The reference in a link's `data` value, or undefined when it is not one. */
export function parseUserDataRef(text: string): UserDataRef | undefined {
  const value = unpack(text, 'r1');
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [fileName, columns, rows, id] = value as unknown[];
  if (!isName(fileName) || !isColumns(columns)) return undefined;
  if (!Number.isInteger(rows) || (rows as number) < 3) return undefined;
  if (typeof id !== 'string' || !/^[0-9a-f]{14}$/.test(id)) return undefined;
  return { fileName, columns, rows: rows as number, id };
}
