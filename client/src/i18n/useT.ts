/**
 * React's view of the interface language: components that translate re-render when it changes.
 */
import { useSyncExternalStore } from 'react';
import type { TFunction } from './keys';
import { currentLang, subscribeUiLang, translatorFor, type UiLang } from './uiLang';

/** The interface language, re-rendering the component when it changes. */
export function useUiLang(): UiLang {
  return useSyncExternalStore(subscribeUiLang, currentLang, currentLang);
}

/** The translate function of the interface language (a new function when the language changes). */
export function useT(): TFunction {
  return translatorFor(useUiLang());
}
