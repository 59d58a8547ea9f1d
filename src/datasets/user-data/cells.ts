const isSpace = (c: number) => c === 32 || c === 9 || c === 160;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether a cell holds nothing but spaces. */
export function isBlank(cell: string): boolean {
  for (let i = 0; i < cell.length; i++) if (!isSpace(cell.charCodeAt(i))) return false;
  return true;
}

/**
 * The number a cell holds, or NaN: a plain decimal number, optionally signed, with an optional
 * exponent (`-1.5`, `.5`, `2e-3`), spaces around it allowed. With `decimalComma` the decimal mark
 * may be a comma (`3,5` is 3.5; used when the delimiter is not a comma). Anything else is NaN:
 * text, `NA`, thousands separators, hexadecimal, and numbers beyond double range (`1e400`).
 */
export function parseNumberCell(cell: string, decimalComma: boolean): number {
  let i = 0;
  let n = cell.length;
  while (i < n && isSpace(cell.charCodeAt(i))) i++;
  while (n > i && isSpace(cell.charCodeAt(n - 1))) n--;
  let j = i;
  if (j < n && (cell.charCodeAt(j) === 43 || cell.charCodeAt(j) === 45)) j++;
  const whole = j;
  while (j < n && isDigit(cell.charCodeAt(j))) j++;
  let digits = j - whole;
  let comma = -1;
  if (j < n && (cell.charCodeAt(j) === 46 || (decimalComma && cell.charCodeAt(j) === 44))) {
    if (cell.charCodeAt(j) === 44) comma = j;
    j++;
    const fraction = j;
    while (j < n && isDigit(cell.charCodeAt(j))) j++;
    digits += j - fraction;
  }
  if (digits === 0) return NaN;
  if (j < n && (cell.charCodeAt(j) | 32) === 101) {
    j++;
    if (j < n && (cell.charCodeAt(j) === 43 || cell.charCodeAt(j) === 45)) j++;
    const start = j;
    while (j < n && isDigit(cell.charCodeAt(j))) j++;
    if (j === start) return NaN;
  }
  if (j !== n) return NaN;
  const value = Number(comma < 0 ? cell : `${cell.slice(i, comma)}.${cell.slice(comma + 1, n)}`);
  return Number.isFinite(value) ? value : NaN;
}
