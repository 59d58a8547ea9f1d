import { describe, expect, it } from 'vitest';
import { browserLanguage, translate } from '../../../app/i18n/i18n.ts';
import { en } from '../../../app/i18n/en.ts';
import { zhTW } from '../../../app/i18n/zh-TW.ts';

describe('interface strings', () => {
  it('every English message has a non-empty Traditional Chinese one with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhTW[key], key).toBeTruthy();
      expect(placeholders(zhTW[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('uses the lecture’s terms in Chinese', () => {
    const all = Object.values(zhTW).join(' ');
    for (const term of ['錯誤曲面', '特徵縮放', '批次正規化', '學習率', '收斂', '小批次'])
      expect(all).toContain(term);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'stepsPerSecond', { n: 30 })).toBe('30 steps/s');
    expect(translate('zh-TW', 'stepsPerSecond', { n: 30 })).toBe('每秒 30 步');
  });

  it('maps any Chinese browser language to 繁體中文 and everything else to English', () => {
    expect(browserLanguage(['zh-CN', 'en'])).toBe('zh-TW');
    expect(browserLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
