/**
 * One editable field of an action point: shows the document's value, and while this person
 * types, their own text; writes it back after a short pause and when the field is left.
 */
import { useEffect, useRef, useState } from 'react';

interface Props {
  value: string;
  label: string;
  placeholder?: string;
  multiline?: boolean;
  readOnly: boolean;
  autoFocus?: boolean;
  testId?: string;
  onCommit(value: string): void;
}

const PAUSE_MS = 500;

export function ActionField({ value, label, placeholder, multiline, readOnly, autoFocus, testId, onCommit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (v !== value) onCommit(v);
  };
  const props = {
    ref,
    value: draft ?? value,
    'aria-label': label,
    placeholder,
    readOnly,
    'data-testid': testId,
    maxLength: 500,
    onChange: (e: { target: { value: string } }) => {
      const v = e.target.value;
      setDraft(v);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(v), PAUSE_MS);
    },
    onBlur: () => {
      if (draft !== null) commit(draft);
      setDraft(null);
    },
  };
  return multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />;
}
