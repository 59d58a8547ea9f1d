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
  /** Host origins an embed accepts messages from (null: any, with replies to the sender's origin). */
  origins: string[] | null;
  /** Surface grid resolution override (benchmarks). */
  resolution: number | null;
}

export const DEFAULT_PAGE_OPTIONS: PageOptions = {
  embed: false,
  controls: null,
  presenter: false,
  lesson: null,
  origins: null,
  resolution: null,
};

/** The query keys page options use (the experiment codec leaves them alone). */
export const PAGE_OPTION_KEYS = [
  'embed',
  'controls',
  'present',
  'lesson',
  'origins',
  'res',
] as const;

const flag = (t: string) => (t === '1' ? true : t === '0' ? false : undefined);
const origin = /^https?:\/\/[^/?#\s]+$/;

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
      const list = value.split(',').filter(Boolean);
      ok = list.length > 0 && list.every((o) => origin.test(o));
      if (ok) options.origins = list;
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
  return formatQuery(pairs);
}
