/**
 * Join with a code: type the six-character join code (or arrive at /join/<code>), the server
 * resolves it to a board and we go there.
 */
import { normaliseJoinCode } from '@plg/shared';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiRequestError, resolveJoinCode } from '../api/boardsApi';
import { useT } from '../i18n';
import { linkClick, navigate } from '../router';
import { LanguageSwitch } from '../ui/LanguageSwitch';

type Status = { kind: 'idle' } | { kind: 'checking' } | { kind: 'error'; message: string };

export function useJoin() {
  const t = useT();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const join = async (typed: string) => {
    const code = normaliseJoinCode(typed);
    if (!code) {
      setStatus({ kind: 'error', message: t('join.invalid') });
      return;
    }
    setStatus({ kind: 'checking' });
    try {
      const board = await resolveJoinCode(code);
      if (!board.id) throw new ApiRequestError(404, 'NOT_FOUND', 'no board');
      navigate(`/b/${board.id}`);
    } catch (err) {
      const status = err instanceof ApiRequestError ? err.status : 0;
      const message =
        status === 404
          ? t('join.unknown')
          : status === 429
            ? t('join.tooMany')
            : t('join.failed', { message: status === 0 ? t('errors.network') : (err as Error).message });
      setStatus({ kind: 'error', message });
    }
  };
  return { status, join };
}

export function JoinForm({
  initial = '',
  autoSubmit = false,
  headingLevel = 2,
}: {
  initial?: string;
  autoSubmit?: boolean;
  headingLevel?: 1 | 2;
}) {
  const t = useT();
  const [code, setCode] = useState(initial);
  const { status, join } = useJoin();
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: resolve a code from the address once
  useEffect(() => {
    if (autoSubmit && initial) void join(initial);
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void join(code);
  };
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <form className="join-form card" onSubmit={submit} noValidate data-testid="join-form">
      <Heading>{t('join.title')}</Heading>
      <p>{t('home.joinIntro')}</p>
      <label htmlFor={inputId}>{t('join.code')}</label>
      <div className="join-row">
        <input
          id={inputId}
          className="join-code-input"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={9}
          placeholder="K7P-2QX"
          aria-describedby={status.kind === 'error' ? `${hintId} ${errorId}` : hintId}
          aria-invalid={status.kind === 'error'}
          data-testid="join-code"
        />
        <button type="submit" className="button is-primary" disabled={status.kind === 'checking'}>
          {status.kind === 'checking' ? t('join.checking') : t('join.submit')}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        {t('join.codeHint')}
      </p>
      {status.kind === 'error' && (
        <p id={errorId} className="form-error" role="alert">
          {status.message}
        </p>
      )}
    </form>
  );
}

export function JoinPage({ code }: { code: string | null }) {
  const t = useT();
  return (
    <main className="simple-page">
      <div className="simple-top">
        <a href="/" onClick={linkClick('/')} className="back-link">
          ← {t('join.back')}
        </a>
        <LanguageSwitch />
      </div>
      <JoinForm initial={code ?? ''} autoSubmit={Boolean(code)} headingLevel={1} />
    </main>
  );
}
