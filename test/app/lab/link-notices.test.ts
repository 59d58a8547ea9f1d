import { describe, expect, it } from 'vitest';
import { decodeExperimentPatch, decodePageOptions } from '../../../src/index.ts';
import { translate } from '../../../app/i18n/i18n.ts';
import { linkNotices } from '../../../app/lab/link-notices.ts';
import { outsideText } from '../../../src/index.ts';

/** The notices of a query string, as shown in `language`. */
function shown(query: string, language: 'en' | 'zh-TW' = 'en') {
  const ignored = [...decodeExperimentPatch(query).ignored, ...decodePageOptions(query, 7).ignored];
  return linkNotices(ignored).map((n) => translate(language, n.key, n.vars));
}

describe('notices about a link', () => {
  it('name the refused keys with short, quoted values', () => {
    expect(shown('lr=-3&surface=volcano')).toEqual([
      'Ignored in the link (defaults used instead): lr “-3”, surface “volcano”.',
    ]);
  });

  it('never repeat more than a short piece of an attacker’s text', () => {
    const sentence = 'Your+account+is+locked.+Call+555-0100+now+to+unlock+it.';
    const long = 'x'.repeat(10_000);
    for (const query of [
      `lr=${long}`,
      `${long}=1`,
      `note=${sentence}`,
      Array.from({ length: 500 }, (_, k) => `k${k}=${sentence}`).join('&'),
    ]) {
      for (const text of [...shown(query), ...shown(query, 'zh-TW')]) {
        expect(text.length).toBeLessThan(260);
        expect(text).not.toContain('Call 555-0100 now');
      }
    }
    // Three named, the other six counted.
    expect(shown(Array.from({ length: 9 }, (_, k) => `k${k}=1`).join('&'))[0]).toMatch(
      /k2 “1” and 6 more\.$/,
    );
    // A crafted origins= is cut too.
    for (const text of shown(`embed=1&origins=https://${long}.edu`))
      expect(text.length).toBeLessThan(260);
  });

  it('neutralize characters that could reorder or hide the page’s own words', () => {
    expect(outsideText('a\u202Eevil\u200B\n', 16)).toBe('a\uFFFDevil\uFFFD\uFFFD');
    expect(outsideText('😀'.repeat(30), 16)).toHaveLength(2 * 15 + 1);
  });

  it('say apart when a malformed origins= leaves an embed obeying nobody', () => {
    expect(shown('embed=1&origins=https://example.edu/')).toEqual([
      'This embed obeys no host page: origins must list origins such as https://example.edu (scheme and host, no path), not “https://example.edu/”.',
    ]);
  });
});
