import { describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/en.ts';
import { zhTW } from '../../../app/i18n/zh-TW.ts';

const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
/** Placeholders whose value is itself words (Chinese in this interface), not a number or a file name. */
const TERMS = '(optimizer|surface|title|label|task|network|scaling)';
const entries = Object.entries(zhTW);
const offending = (re: RegExp) =>
  entries.filter(([, v]) => re.test(v)).map(([k, v]) => `${k}: ${v}`);

describe('繁體中文 wording', () => {
  it('no space between two Chinese characters, nor around an inserted Chinese term', () => {
    expect(offending(new RegExp(`${CJK} +${CJK}`))).toEqual([]);
    expect(offending(new RegExp(`${CJK} \\{${TERMS}\\}|\\{${TERMS}\\} ${CJK}`))).toEqual([]);
  });

  it('full-width punctuation next to Chinese text', () => {
    expect(offending(new RegExp(`${CJK}[,:;?!()]|[,:;?!()]${CJK}`))).toEqual([]);
  });

  it('eigen-direction is 特徵向量方向, never a bare 特徵方向 (特徵 alone means feature)', () => {
    expect(offending(/特徵方向/)).toEqual([]);
  });

  it('Duplicate (a run) and Copy (a link) are different words', () => {
    expect(zhTW.duplicate).not.toBe(zhTW.shareCopy);
    expect(zhTW.duplicate).not.toContain('複製');
    expect(en.duplicate).not.toBe(en.shareCopy);
  });

  it('multiples are written one way: “{x} 倍”, never “{x}×”', () => {
    expect(offending(/\}\s*×(?!\s*「)/)).toEqual([]);
    expect(zhTW.timesLimit).toBe('{x} 倍');
  });
});
