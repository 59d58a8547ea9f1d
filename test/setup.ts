// React Testing Library and R3F test renderers expect an act() environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Both languages' messages, as a page has them once its language is loaded.
import { loadLanguage } from '../app/i18n/i18n.ts';
await Promise.all([loadLanguage('en'), loadLanguage('zh-TW')]);
