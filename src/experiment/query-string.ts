/**
 * Splits a query string ("?a=1&b=x%20y" or "a=1") into decoded [key, value] pairs; '+' is a space.
 * A malformed %-escape keeps its raw text rather than throwing.
 */
export function parseQuery(query: string): [string, string][] {
  const body = query.startsWith('?') ? query.slice(1) : query;
  const pairs: [string, string][] = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    pairs.push([decode(key), decode(value)]);
  }
  return pairs;
}

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** Joins [key, value] pairs into a query string (without "?"), escaping each part. */
export function formatQuery(pairs: readonly (readonly [string, string])[]): string {
  const escape = (s: string) => encodeURIComponent(s).replace(/%2C/gi, ',');
  return pairs.map(([k, v]) => `${escape(k)}=${escape(v)}`).join('&');
}
