import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyUiLang } from './uiLang';
import { useT, useUiLang } from './useT';

afterEach(async () => {
  cleanup();
  await act(() => applyUiLang('nl'));
});

function Status({ count }: { count: number }) {
  const t = useT();
  const lang = useUiLang();
  return (
    <p lang={lang}>
      {t('connection.connected')} · {t('session.voting.left', { count })}
    </p>
  );
}

describe('useT', () => {
  it('renders in the interface language and again when it changes', async () => {
    render(<Status count={1} />);
    expect(screen.getByText(/verbonden/).textContent).toBe('verbonden · Nog 1 stip');
    await act(() => applyUiLang('en'));
    const p = screen.getByText(/connected/);
    expect(p.textContent).toBe('connected · 1 dot left');
    expect(p.getAttribute('lang')).toBe('en');
  });
});
