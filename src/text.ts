/** A user-visible string in every language the app ships: English and Traditional Chinese. */
export interface LocalizedText {
  en: string;
  'zh-TW': string;
}

/** The languages every user-visible string exists in. */
export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];
