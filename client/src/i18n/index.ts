/**
 * The interface's strings: Dutch first, English on a switch (see uiLang.ts), typed keys
 * (keys.ts), plural forms and `{{name}}` placeholders (translate.ts), and the React hooks.
 */
export type { Messages, TFunction, TKey, TValues } from './keys';
export {
  applyUiLang,
  currentLang,
  setUiLang,
  storedLang,
  subscribeUiLang,
  t,
  translatorFor,
  UI_LANGS,
  type UiLang,
} from './uiLang';
export { useT, useUiLang } from './useT';
