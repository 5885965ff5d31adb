/** The interface language switch (Dutch by default, English on request; remembered). */
import { setUiLang, useT, useUiLang } from '../i18n';

export function LanguageSwitch() {
  const t = useT();
  const lang = useUiLang();
  const other = lang === 'nl' ? 'en' : 'nl';
  return (
    <button
      type="button"
      className="lang-switch"
      onClick={() => setUiLang(other)}
      aria-label={t('language.switchTo')}
      title={t('language.switchTo')}
      lang={other}
      data-testid="language-switch"
    >
      <span aria-hidden="true">{other.toUpperCase()}</span>
    </button>
  );
}
