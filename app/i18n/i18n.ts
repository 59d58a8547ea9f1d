import type { Language, LocalizedText } from '../../src/index.ts';
import { en, type MessageKey } from './en.ts';
import { zhTW } from './zh-TW.ts';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, 'zh-TW': zhTW };

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
  return fillTemplate(MESSAGES[language][key], vars);
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
