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
