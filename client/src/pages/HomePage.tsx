/**
 * Home: create a board (title + template, PLG model by default) and open its facilitator link;
 * or join an existing board with its code.
 */
import { DEFAULT_TEMPLATE_ID, LIMITS, TEMPLATES } from '@plg/shared';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiRequestError, createBoard } from '../api/boardsApi';
import { markShareOnOpen, rememberCreatedBoard } from '../api/createdBoards';
import { RestoreBackup } from '../export/RestoreBackup';
import { useT, useUiLang } from '../i18n';
import { navigate } from '../router';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { TemplatePreview } from '../ui/TemplatePreview';
import { DeletedNotice } from './DeletedNotice';
import { JoinForm } from './JoinPage';

/** Opens an absolute link returned by the server: in-app when it is on this origin. */
export function openLink(href: string): void {
  const url = new URL(href, location.href);
  if (url.origin === location.origin) navigate(url.pathname + url.search + url.hash);
  else location.assign(url.href);
}

export function HomePage() {
  const t = useT();
  const lang = useUiLang();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState(DEFAULT_TEMPLATE_ID);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => {
    document.title = t('app.name');
  }, [t]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = title.trim() || t('board.untitled');
    setBusy(true);
    setError(null);
    try {
      const created = await createBoard({ title: clean, template, lang });
      rememberCreatedBoard({
        id: created.id,
        title: clean,
        url: created.url,
        viewerUrl: created.viewerUrl,
        joinCode: created.joinCode,
        createdAt: Date.now(),
      });
      markShareOnOpen(created.id);
      openLink(created.facilitatorUrl);
    } catch (err) {
      const message = err instanceof ApiRequestError && err.status === 0 ? t('errors.network') : (err as Error).message;
      setError(t('home.createFailed', { message }));
      setBusy(false);
    }
  };

  return (
    <main className="home">
      <header className="home-top">
        <div className="home-brand">
          <img src="/favicon.svg" alt="" width={40} height={40} />
          <span className="home-name">{t('app.name')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <DeletedNotice />
      <div className="home-grid">
        <form
          className="create-form card"
          onSubmit={submit}
          aria-describedby={error ? errorId : undefined}
          data-testid="create-form"
        >
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.intro')}</p>
          <label htmlFor={titleId}>{t('home.boardTitle')}</label>
          <input
            id={titleId}
            value={title}
            maxLength={LIMITS.maxTitleLength}
            placeholder={t('home.boardTitlePlaceholder')}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="board-title-input"
          />
          <fieldset className="templates">
            <legend>{t('home.template')}</legend>
            <div className="template-list">
              {TEMPLATES.map((tpl) => {
                const areas = tpl.zones.filter((z) => z.kind === 'area').length;
                return (
                  <label
                    key={tpl.id}
                    className={`template-option${template === tpl.id ? ' is-checked' : ''}`}
                    data-testid={`template-${tpl.id}`}
                  >
                    <input
                      type="radio"
                      name="template"
                      value={tpl.id}
                      checked={template === tpl.id}
                      onChange={() => setTemplate(tpl.id)}
                    />
                    <TemplatePreview template={tpl} />
                    <span className="template-name">{tpl.name[lang]}</span>
                    <span className="template-summary">{tpl.summary[lang]}</span>
                    {areas > 0 && <span className="template-count">{t('home.zones', { count: areas })}</span>}
                  </label>
                );
              })}
            </div>
          </fieldset>
          {error && (
            <p id={errorId} className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="create-actions">
            <button type="submit" className="button is-primary is-large" disabled={busy} data-testid="create-board">
              {busy ? t('home.creating') : t('home.create')}
            </button>
          </div>
        </form>
        <aside className="home-side">
          <JoinForm />
          <RestoreBackup />
          <p className="home-tagline">{t('app.tagline')}</p>
        </aside>
      </div>
    </main>
  );
}
