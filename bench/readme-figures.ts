import { readFileSync } from 'node:fs';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8').split('\n');

/**
 * The cells of the README's first table row that contains every one of `needles` (the figures the
 * last benchmark run wrote there), or null: printed beside the new figures so a slowdown shows.
 */
export function readmeRow(...needles: string[]): string[] | null {
  const line = README.find((l) => l.startsWith('|') && needles.every((n) => l.includes(n)));
  return line
    ? line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
    : null;
}

/** Cell `k` of that row, or "—" when the README has no such row yet. */
export function previous(k: number, ...needles: string[]): string {
  return readmeRow(...needles)?.[k] ?? '—';
}
