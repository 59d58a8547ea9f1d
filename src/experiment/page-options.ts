import { parseQuery, formatQuery } from './query-string.ts';
import type { IgnoredParam } from './url-codec.ts';

/** Controls a course author can choose to show in an embed (`controls=lr,scaling`). */
export const CONTROL_IDS = [
  'play',
  'surface',
  'scaling',
  'batchnorm',
  'optimizer',
  'lr',
  'runs',
  'speed',
  'view',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

/** How the page is shown, apart from the experiment itself. */
export interface PageOptions {
  /** Embedded in course notes: the scene with minimal controls. */
  embed: boolean;
  /** The controls an embed shows (null: play/step/reset only). */
  controls: ControlId[] | null;
  /** Large type, high contrast, clutter hidden: for a projector. */
  presenter: boolean;
  /** The guided lesson's scene (1-based), or null. */
  lesson: number | null;
  /**
   * Host origins an embed obeys, normalized (see normalizeOrigin); null: any host, with replies to
   * the sender's origin. An empty list obeys nobody: what a malformed `origins=` gives (fail closed).
   */
  origins: string[] | null;
  /** Surface grid resolution override (benchmarks). */
  resolution: number | null;
  /** Light (bright rooms, projectors that wash out dark pages) or dark; null follows the system. */
  theme: Theme | null;
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  embed: false,
  controls: null,
  presenter: false,
  lesson: null,
  origins: null,
  resolution: null,
  theme: null,
};

/** The query keys page options use (the experiment codec leaves them alone). */
export const PAGE_OPTION_KEYS = [
  'embed',
  'controls',
  'present',
  'lesson',
  'origins',
  'res',
  'theme',
] as const;

const flag = (t: string) => (t === '1' ? true : t === '0' ? false : undefined);

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };
const ORIGIN =
  /^(https?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)(?::(\d{1,5}))?$/i;

/**
 * An origin as browsers write it (`scheme://host[:port]`), or undefined when `text` is not one:
 * scheme and host in lower case, the scheme's default port dropped (https://A.edu:443 →
 * https://a.edu). Only http and https; no path (not even "/"), user, query, fragment or spaces.
 */
export function normalizeOrigin(text: string): string | undefined {
  const m = ORIGIN.exec(text);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  const port = m[3] === undefined ? undefined : Number(m[3]);
  if (port !== undefined && (port < 1 || port > 65535)) return undefined;
  const shown = port === undefined || String(port) === DEFAULT_PORTS[scheme] ? '' : `:${port}`;
  return `${scheme}://${host}${shown}`;
}

/**
 * `origins=a,b`: the normalized origins, or [] (obey nobody) unless every comma-separated entry is
 * a valid origin; spaces around entries and empty entries are skipped.
 */
export function parseOrigins(text: string): { origins: string[]; valid: boolean } {
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const origins = entries.map(normalizeOrigin);
  const valid = entries.length > 0 && origins.every((o) => o !== undefined);
  return { origins: valid ? [...new Set(origins as string[])] : [], valid };
}

/**
 * Reads the page options from a query string; invalid values fall back to their defaults and
 * are listed in `ignored`, like the experiment's. Keys that are not page options are skipped.
 */
export function decodePageOptions(
  query: string,
  lessonCount: number,
): { options: PageOptions; ignored: IgnoredParam[] } {
  const options: PageOptions = { ...DEFAULT_PAGE_OPTIONS };
  const ignored: IgnoredParam[] = [];
  for (const [key, value] of parseQuery(query)) {
    let ok = true;
    if (key === 'embed' || key === 'present') {
      const v = flag(value);
      if (v === undefined) ok = false;
      else if (key === 'embed') options.embed = v;
      else options.presenter = v;
    } else if (key === 'controls') {
      const ids = value.split(',').filter(Boolean);
      ok = ids.every((id) => (CONTROL_IDS as readonly string[]).includes(id));
      if (ok) options.controls = ids as ControlId[];
    } else if (key === 'lesson') {
      const n = Number(value);
      ok = /^\d+$/.test(value) && n >= 1 && n <= lessonCount;
      if (ok) options.lesson = n;
    } else if (key === 'origins') {
      // Fails closed: a value that is not a list of origins leaves the embed obeying nobody.
      // A repeated key is refused too, so a second value can never reopen a closed embed.
      const parsed = parseOrigins(value);
      ok = parsed.valid && options.origins === null;
      options.origins = ok ? parsed.origins : [];
    } else if (key === 'theme') {
      ok = (THEMES as readonly string[]).includes(value);
      if (ok) options.theme = value as Theme;
    } else if (key === 'res') {
      const n = Number(value);
      ok = /^\d+$/.test(value) && n >= 32 && n <= 512;
      if (ok) options.resolution = n;
    } else continue;
    if (!ok) ignored.push({ key, value, reason: 'invalid' });
  }
  return { options, ignored };
}

/** The page options that differ from the defaults, as query pairs (for the URL). */
export function encodePageOptions(o: PageOptions): string {
  const pairs: [string, string][] = [];
  if (o.embed) pairs.push(['embed', '1']);
  if (o.controls) pairs.push(['controls', o.controls.join(',')]);
  if (o.presenter) pairs.push(['present', '1']);
  if (o.lesson !== null) pairs.push(['lesson', String(o.lesson)]);
  if (o.origins) pairs.push(['origins', o.origins.join(',')]);
  if (o.resolution !== null) pairs.push(['res', String(o.resolution)]);
  if (o.theme !== null) pairs.push(['theme', o.theme]);
  return formatQuery(pairs);
}
