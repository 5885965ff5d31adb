/**
 * A modal dialog on the native <dialog> element (focus trap, Escape and backdrop for free),
 * with a heading that names it and a close button. An element marked `data-autofocus` takes the
 * focus when it opens.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useT } from '../i18n';
import { Icon } from './Icon';

interface Props {
  title: string;
  open: boolean;
  onClose(): void;
  children: ReactNode;
  /** Without a close button (e.g. the name prompt, which must be answered). */
  required?: boolean;
  className?: string;
  testId?: string;
}

export function Dialog({ title, open, onClose, children, required = false, className = '', testId }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      if (typeof el.showModal === 'function') el.showModal();
      else el.setAttribute('open', '');
      // The browser focuses the first focusable element (the close button); a field can ask first.
      el.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && el.open) {
      if (typeof el.close === 'function') el.close();
      else el.removeAttribute('open');
    }
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className={`dialog ${className}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!required) onClose();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        {!required && (
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('share.close')}>
            <Icon name="close" />
          </button>
        )}
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
