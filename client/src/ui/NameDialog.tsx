/** Asks a participant's display name once (remembered on this device). */
import { LIMITS } from '@plg/shared';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../i18n';
import { cleanName } from '../sync/identity';
import { Dialog } from './Dialog';

export function NameDialog({
  open,
  initial,
  onSubmit,
}: {
  open: boolean;
  initial: string;
  onSubmit(name: string): void;
}) {
  const t = useT();
  const [name, setName] = useState(initial);
  const [error, setError] = useState(false);
  const inputId = useId();
  const errorId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanName(name);
    if (!clean) {
      setError(true);
      return;
    }
    onSubmit(clean);
  };
  return (
    <Dialog title={t('name.title')} open={open} onClose={() => undefined} required testId="name-dialog">
      <form onSubmit={submit} className="name-form" noValidate>
        <p>{t('name.intro')}</p>
        <label htmlFor={inputId}>{t('name.label')}</label>
        <input
          id={inputId}
          name="name"
          autoFocus
          autoComplete="nickname"
          maxLength={LIMITS.maxNameLength}
          placeholder={t('name.placeholder')}
          value={name}
          aria-invalid={error}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(false);
          }}
        />
        {error && (
          <p id={errorId} className="form-error" role="alert">
            {t('name.required')}
          </p>
        )}
        <button type="submit" className="button is-primary">
          {t('name.submit')}
        </button>
      </form>
    </Dialog>
  );
}
