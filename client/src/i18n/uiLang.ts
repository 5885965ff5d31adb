/**
 * The interface language: Dutch is the default and the source of the keys, English is on a
 * switch and remembered in localStorage. Only the strings of the language in use are
 * downloaded: each language is a chunk of its own, which `main.tsx` loads before the first
 * render and a switch loads before switching. In development a missing key throws, so it cannot
 * go unnoticed; in production it shows the key.
 */
import type { Messages, TFunction } from './keys';
import { translate } from './translate';

export const UI_LANGS = ['nl', 'en'] as const;
export type UiLang = (typeof UI_LANGS)[number];

const STORAGE_KEY = 'plg-board:lang';

const LOAD: Record<UiLang, () => Promise<{ default: Messages }>> = {
  nl: () => import('./nl.json'),
  en: () => import('./en.json'),
};

const loaded: Partial<Record<UiLang, Messages>> = {};
const listeners = new Set<() => void>();
let current: UiLang = 'nl';

/** The language chosen in this browser before (Dutch when none, or when storage is blocked). */
export function storedLang(): UiLang {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** The interface language now. */
export function currentLang(): UiLang {
  return current;
}

/** Calls `listener` after every change of the interface language; returns the unsubscribe. */
export function subscribeUiLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function missing(key: string): string {
  if (import.meta.env.DEV) throw new Error(`i18n: missing translation key "${key}"`);
  return key;
}

const translators = new Map<UiLang, TFunction>();

/** The translate function of one language: the same function each time, a new one per language. */
export function translatorFor(lang: UiLang): TFunction {
  let fn = translators.get(lang);
  if (!fn) {
    fn = (key, values) => {
      const messages = loaded[lang];
      return (messages && translate(messages, lang, key, values)) ?? missing(key);
    };
    translators.set(lang, fn);
  }
  return fn;
}

/** Translates into the current interface language (for code outside components). */
export const t: TFunction = (key, values) => translatorFor(current)(key, values);

/**
 * Makes `lang` the interface language once its strings are loaded. False when they cannot be
 * loaded (offline): the language stays as it was.
 */
export async function applyUiLang(lang: UiLang): Promise<boolean> {
  if (!loaded[lang]) {
    try {
      loaded[lang] = (await LOAD[lang]()).default;
    } catch {
      return false;
    }
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang; // Not in Node tests.
  if (current !== lang) {
    current = lang;
    for (const listener of [...listeners]) listener();
  }
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
