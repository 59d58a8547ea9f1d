import type { Language, LocalizedText } from '../../src/index.ts';
import { en, type MessageKey } from './en.ts';
import { zhTW } from './zh-TW.ts';

const MESSAGES: Record<Language, Record<MessageKey, string>> = { en, 'zh-TW': zhTW };

/** A message in `language`, with {name} placeholders filled from `vars`. */
export function translate(
  language: Language,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string {
  const template = MESSAGES[language][key];
  return vars
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
    : template;
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
