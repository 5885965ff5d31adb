/**
 * i18next set-up: Dutch is the default and the source of the keys, English is on a switch and
 * remembered in localStorage. In development a missing key throws, so it cannot go unnoticed.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

export const UI_LANGS = ['nl', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const STORAGE_KEY = 'plg-board:lang';

export function storedLang(): UiLang {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export const resources = { nl: { translation: nl }, en: { translation: en } } as const;

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLang(),
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: import.meta.env.DEV,
  missingKeyHandler: (_lngs, _ns, key) => {
    throw new Error(`i18n: missing translation key "${key}"`);
  },
});

/** Switches the interface language and remembers it. */
export function setUiLang(lang: UiLang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export function currentLang(): UiLang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

export default i18next;
