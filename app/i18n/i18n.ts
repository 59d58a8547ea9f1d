import type { Language, LocalizedText } from '../../src/index.ts';
import { en, type MessageKey } from './en.ts';

/**
 * The messages of each language loaded so far. English is always here; another language loads
 * when first used (README: Performance: a page loads only the language it shows), and until then
 * its messages read in English.
 */
const MESSAGES: Partial<Record<Language, Record<MessageKey, string>>> = { en };
const LOADERS: Record<Language, () => Promise<Record<MessageKey, string>>> = {
  en: () => Promise.resolve(en),
  'zh-TW': () => import('./zh-TW.ts').then((m) => m.zhTW),
};
const loading = new Map<Language, Promise<void>>();

/** Whether `language`'s messages are loaded (translate uses them, not English). */
export function hasLanguage(language: Language): boolean {
  return MESSAGES[language] !== undefined;
}

/** Loads `language`'s messages (once); resolves when translate uses them. */
export function loadLanguage(language: Language): Promise<void> {
  if (hasLanguage(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then((messages) => {
      MESSAGES[language] = messages;
    });
    loading.set(language, pending);
  }
  return pending;
}

/** `template` with its {name} placeholders filled from `vars` (unknown names are left as they are). */
export function fillTemplate(template: string, vars?: Record<string, string | number>): string {
  return vars
    ? template.replace(/\{(\w+)\}/g, (m, name: string) =>
        Object.hasOwn(vars, name) ? String(vars[name]) : m,
      )
    : template;
}

/** A message in `language`, with {name} placeholders filled from `vars`. */
export function translate(
  language: Language,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  return fillTemplate((MESSAGES[language] ?? en)[key], vars);
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
