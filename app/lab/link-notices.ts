import { outsideText, type IgnoredParam } from '../../src/index.ts';
import type { Notice } from './store/ui-slice.ts';

/** Longest key or value a notice repeats, in characters (longer ones are cut with "…"). */
const MAX_TEXT = 16;
/** Most refused entries a notice names; the rest are counted. */
const MAX_ENTRIES = 3;
/** A refused origins= value is shown longer: its author must see what is wrong (a trailing "/"). */
const MAX_ORIGINS_TEXT = 48;

/** Text from a link made safe to show, cut to `max` characters (outsideText, the one sanitizer). */
const shortText = (text: string, max = MAX_TEXT) => outsideText(text, max);

/** One refused entry as a notice shows it: its key and its value, each quoted and short. */
const entry = (p: IgnoredParam) => `${shortText(p.key)} “${shortText(p.value)}”`;

/**
 * The notices for what a link asked and the page refused: at most MAX_ENTRIES named (key and a
 * short, quoted value), the rest counted, so a crafted link can neither write its own sentence on
 * the page nor change its layout. A malformed `origins=` gets a notice of its own: the embed then
 * obeys no host page.
 */
export function linkNotices(ignored: readonly IgnoredParam[]): Notice[] {
  const notices: Notice[] = [];
  const origins = ignored.find((p) => p.key === 'origins');
  if (origins)
    notices.push({
      id: 'origins-refused',
      key: 'noticeOriginsRefused',
      vars: { value: shortText(origins.value, MAX_ORIGINS_TEXT) },
      tone: 'warning',
    });
  const rest = ignored.filter((p) => p !== origins);
  if (rest.length > 0) {
    const list = rest.slice(0, MAX_ENTRIES).map(entry).join(', ');
    const more = rest.length - MAX_ENTRIES;
    notices.push(
      more > 0
        ? {
            id: 'ignored-params',
            key: 'noticeIgnoredMore',
            vars: { list, n: more },
            tone: 'warning',
          }
        : { id: 'ignored-params', key: 'noticeIgnored', vars: { list }, tone: 'warning' },
    );
  }
  return notices;
}
