/**
 * i18next set-up: Dutch is the default and the source of the keys, English is on a switch and
 * remembered in localStorage. Only the strings of the language in use are downloaded: each
 * language is a chunk of its own, which `main.tsx` loads before the first render and a switch
 * loads before switching. In development a missing key throws, so it cannot go unnoticed.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type nl from './nl.json';

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

const LOAD: Record<UiLang, () => Promise<{ default: typeof nl }>> = {
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

void i18next.use(initReactI18next).init({
  resources: {},
  lng: 'nl',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  saveMissing: import.meta.env.DEV,
  missingKeyHandler: (_lngs, _ns, key) => {
    throw new Error(`i18n: missing translation key "${key}"`);
  },
});

/**
 * Makes `lang` the interface language once its strings are loaded. False when they cannot be
 * loaded (offline): the language stays as it was.
 */
export async function applyUiLang(lang: UiLang): Promise<boolean> {
  if (!i18next.hasResourceBundle(lang, 'translation')) {
    try {
      i18next.addResourceBundle(lang, 'translation', (await LOAD[lang]()).default);
    } catch {
      return false;
    }
  }
  await i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang; // Not in Node tests.
  return true;
}

/** Switches the interface language and remembers it. */
export function setUiLang(lang: UiLang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  void applyUiLang(lang);
}

export function currentLang(): UiLang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

export default i18next;
