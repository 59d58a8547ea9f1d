/** Formats a number for display; never shows NaN or Infinity (an em dash instead). */
export function formatNumber(x: number | null | undefined, digits = 4): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e5 || abs < 1e-3) return x.toExponential(Math.max(0, digits - 2)).replace('e+', 'e');
  return String(Number(x.toPrecision(digits)));
}

/** A count or large value with thousands separators (13,040), small ones to 3 significant digits. */
export function grouped(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return Math.abs(x) >= 1000
    ? Math.round(x).toLocaleString('en-US')
    : String(Number(x.toPrecision(3)));
}

/**
 * Two numbers formatted with as many digits as it takes to tell them apart (from `digits` up to
 * 12): different values never print the same, equal values print alike.
 */
export function formatDistinct(a: number, b: number, digits = 4): [string, string] {
  let d = digits;
  while (d < 12 && a !== b && formatNumber(a, d) === formatNumber(b, d)) d++;
  return [formatNumber(a, d), formatNumber(b, d)];
}
