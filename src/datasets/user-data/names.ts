import { note, type DataNote } from './messages.ts';

/**
 * The one limit on the names of the user's data (the file's name and its column names): the table
 * cuts names to it when it reads them, and a link carries and accepts names up to it, so every
 * table the page accepts writes a link the page reopens.
 */
export const MAX_NAME_LENGTH = 200;

/**
 * `name` cut to at most `max` UTF-16 code units, ending "…" when cut (never between the two
 * halves of a surrogate pair); unchanged when it fits.
 */
export function fitName(name: string, max = MAX_NAME_LENGTH): string {
  if (name.length <= max) return name;
  let end = Math.max(0, max - 1);
  const last = name.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${name.slice(0, end)}…`;
}

/** Rename notes said one by one; with more renamed columns, one note counts them. */
const RENAME_NOTES = 3;

/** `base` with the suffix " (n)", the whole no longer than MAX_NAME_LENGTH (what a link carries). */
const withSuffix = (base: string, n: number) => {
  const suffix = ` (${n})`;
  return `${fitName(base, MAX_NAME_LENGTH - suffix.length)}${suffix}`;
};

/**
 * Header names made unique, non-empty and no longer than MAX_NAME_LENGTH: "a", "a" → "a", "a (2)";
 * "" → "column 3". Every first use of a name keeps it; a later one (or an empty one) gets the first
 * "name (k)", k = 2, 3, …, that no column uses, so a header that already holds "a (2)" gets "a (3)"
 * for its second "a". Each base name remembers the last k it tried, so n identical names cost O(n).
 */
export function uniqueNames(cells: readonly string[], notes: DataNote[]): string[] {
  const trimmed = cells.map((cell) => fitName(cell.trim()));
  const used = new Set<string>();
  const first = trimmed.map((name) => {
    if (name === '' || used.has(name)) return false;
    used.add(name);
    return true;
  });
  const next = new Map<string, number>();
  const renamed: DataNote[] = [];
  const names = trimmed.map((name, k) => {
    if (first[k]) return name;
    let base = name;
    if (name === '') {
      base = `column ${k + 1}`;
      if (!used.has(base)) {
        used.add(base);
        return base;
      }
    }
    let n = next.get(base) ?? 2;
    while (used.has(withSuffix(base, n))) n++;
    const unique = withSuffix(base, n);
    next.set(base, n + 1);
    used.add(unique);
    if (name !== '') renamed.push(note('renamed', { from: base, to: unique }));
    return unique;
  });
  if (renamed.length <= RENAME_NOTES) notes.push(...renamed);
  else notes.push(note('renamed-many', { count: renamed.length, ...renamed[0]!.vars }));
  return names;
}
