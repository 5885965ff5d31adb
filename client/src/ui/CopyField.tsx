/** A read-only value with a copy button that says when it copied. */
import { useId, useRef, useState } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

async function copyText(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain http on a LAN address has no async clipboard: select and use the old command.
    if (!fallback) return false;
    fallback.select();
    return document.execCommand?.('copy') ?? false;
  }
}

interface Props {
  label: string;
  value: string;
  hint?: string;
  warning?: string;
  testId: string;
  large?: boolean;
}

export function CopyField({ label, value, hint, warning, testId, large }: Props) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className={`copy-field${large ? ' is-large' : ''}`} data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      {warning && (
        <p className="copy-warning">
          <Icon name="warning" size={18} /> {warning}
        </p>
      )}
      <div className="copy-row">
        <input id={id} ref={input} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          aria-label={t('share.copyWhat', { what: label })}
          onClick={async () => setState((await copyText(value, input.current)) ? 'copied' : 'failed')}
        >
          <Icon name={state === 'copied' ? 'check' : 'copy'} size={18} />
          <span>{state === 'copied' ? t('share.copied') : t('share.copy')}</span>
        </button>
      </div>
      {hint && <p className="copy-hint">{hint}</p>}
      <p className="visually-hidden" aria-live="polite">
        {state === 'copied' ? t('share.copied') : state === 'failed' ? t('share.copyFailed') : ''}
      </p>
      {state === 'failed' && <p className="form-error">{t('share.copyFailed')}</p>}
    </div>
  );
}
