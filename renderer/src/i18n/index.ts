/**
 * i18next set up once, synchronously, before the first render. zh-CN is the default;
 * the user's choice is remembered in localStorage.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'gouji.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}

function rememberedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy settings); the default will do.
  }
  return DEFAULT_LANGUAGE;
}

function reflectLanguage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18n.t('app.windowTitle');
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this session.
  }
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: rememberedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // React escapes on render already.
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', reflectLanguage);
reflectLanguage(i18n.language);

export default i18n;
