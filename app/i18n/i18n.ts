import type { Language, LocalizedText } from '../../src/index.ts';
import type { MessageKey } from './en.ts';
import { enFirstFrame } from './en-first-frame.ts';

type Messages = Partial<Record<MessageKey, string>>;

/**
 * The messages of each language loaded so far. English is always here: the first frame's messages
 * from the start, the rest once loadLanguage('en') has loaded them (withMessages: with whatever
 * loads after the first frame). Another language loads when first used (docs/performance.md: a
 * page loads only the language it shows), and until then its messages read in English.
 */
const MESSAGES: Partial<Record<Language, Messages>> = { en: enFirstFrame };
const LOADERS: Record<Language, () => Promise<Record<MessageKey, string>>> = {
  en: () => import('./en.ts').then((m) => m.en),
  'zh-TW': () => import('./zh-TW.ts').then((m) => m.zhTW),
};
const loading = new Map<Language, Promise<void>>();

/** Whether `language`'s messages can be shown (English's always: the rest arrive with withMessages). */
export function hasLanguage(language: Language): boolean {
  return MESSAGES[language] !== undefined;
}

/** Loads all of `language`'s messages (once); resolves when translate has every one of them. */
export function loadLanguage(language: Language): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then((messages) => {
      MESSAGES[language] = messages;
    });
    loading.set(language, pending);
  }
  return pending;
}

/**
 * A lazy module's loader that also loads every English message: a part of the page that loads
 * after the first frame may show any of them (the first frame only those of en-first-frame.ts).
 */
export function withMessages<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadLanguage('en')]).then(([module]) => module);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
/** The plural category (Intl.PluralRules: one, other, …) of `n` in `language`. */
export function pluralCategory(language: Language, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(n);
}

/**
 * `template` with its {name} placeholders filled from `vars` (unknown names are left as they are),
 * and its plural forms {name:one=row|other=rows} chosen by the number in `vars[name]` with
 * Intl.PluralRules of `language` ("other" when the category has no form). A count may be given
 * as a number or as its text with thousands separators ("1,000").
 */
export function fillTemplate(
  template: string,
  vars?: Record<string, string | number>,
  language: Language = 'en',
): string {
  if (!vars) return template;
  return template
    .replace(/\{(\w+):([^{}]*)\}/g, (m, name: string, forms: string) => {
      if (!Object.hasOwn(vars, name)) return m;
      const v = vars[name]!;
      const n = typeof v === 'number' ? v : Number(v.replace(/,/g, ''));
      const choices = new Map(
        forms.split('|').map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]),
      );
      return choices.get(pluralCategory(language, n)) ?? choices.get('other') ?? m;
    })
    .replace(/\{(\w+)\}/g, (m, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]) : m,
    );
}

/** A message in `language`, with {name} placeholders filled from `vars`. */
export function translate(
  language: Language,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  return fillTemplate(MESSAGES[language]?.[key] ?? MESSAGES.en![key] ?? '', vars, language);
}

/** The core's bilingual text in `language`. */
export function localized(text: LocalizedText, language: Language): string {
  return text[language];
}

/** The browser's preferred language: any Chinese maps to 繁體中文, everything else to English. */
export function browserLanguage(languages: readonly string[] | undefined): Language {
  for (const tag of languages ?? []) {
    if (/^zh\b/i.test(tag)) return 'zh-TW';
    if (/^en\b/i.test(tag)) return 'en';
  }
  return 'en';
}

export type { MessageKey };
