/** A user-visible string in every language the app ships: English and Traditional Chinese. */
export interface LocalizedText {
  en: string;
  'zh-TW': string;
}

/** The languages every user-visible string exists in. */
export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Longest text from outside a notice repeats, in characters, unless it asks for another cap. */
export const OUTSIDE_TEXT_MAX = 48;

/**
 * Text that came from outside the page (a link, a file, the browser's storage, a message) made
 * safe to show: control, format (zero-width, bidirectional overrides and isolates) and line or
 * paragraph separator characters become "�", so it can neither reorder nor hide the page's own
 * words; anything past `max` characters (code points) is cut and marked with "…". The one
 * sanitizer for every notice and label that shows such text.
 */
export function outsideText(text: string, max = OUTSIDE_TEXT_MAX): string {
  // Cut first (a code point is at most 2 code units), so a huge text costs no more than a short one.
  const head = text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text;
  const clean = [...head.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '\uFFFD')];
  return clean.length > max || head.length < text.length
    ? `${clean.slice(0, max - 1).join('')}…`
    : clean.join('');
}
