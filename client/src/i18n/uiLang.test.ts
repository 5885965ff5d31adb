import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyUiLang, currentLang, setUiLang, storedLang, subscribeUiLang, t, translatorFor } from './index';

afterEach(async () => {
  localStorage.clear();
  await applyUiLang('nl');
});

describe('interface language', () => {
  it('is Dutch by default and switches to English once its strings are loaded', async () => {
    expect(currentLang()).toBe('nl');
    expect(t('connection.connected')).toBe('verbonden');
    const changed = vi.fn();
    const unsubscribe = subscribeUiLang(changed);
    expect(await applyUiLang('en')).toBe(true);
    expect(currentLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(t('connection.connected')).toBe('connected');
    expect(t('session.voting.left', { count: 1 })).toBe('1 dot left');
    expect(t('session.voting.rules', { count: 3, max: 2 })).toBe('3 dots per person, at most 2 per note.');
    await applyUiLang('en');
    expect(changed).toHaveBeenCalledTimes(1); // No change, no notice.
    unsubscribe();
    await applyUiLang('nl');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(t('session.groups.defaultName', { number: 4 })).toBe('Groep 4');
  });

  it('keeps one translate function per language, each in its own language', async () => {
    await applyUiLang('en');
    expect(translatorFor('nl')).toBe(translatorFor('nl'));
    expect(translatorFor('nl')).not.toBe(translatorFor('en'));
    expect(translatorFor('nl')('session.voting.left', { count: 2 })).toBe('Nog 2 stippen');
    expect(translatorFor('en')('session.voting.left', { count: 2 })).toBe('2 dots left');
  });

  it('remembers the choice in localStorage', async () => {
    expect(storedLang()).toBe('nl');
    const switched = new Promise<void>((resolve) => {
      const stop = subscribeUiLang(() => {
        stop();
        resolve();
      });
    });
    setUiLang('en');
    expect(storedLang()).toBe('en');
    await switched;
    expect(currentLang()).toBe('en');
    localStorage.setItem('plg-board:lang', 'fr');
    expect(storedLang()).toBe('nl');
  });

  it('fails loudly on a missing key in development', () => {
    expect(() => t('does.not.exist' as never)).toThrow(/missing translation key "does.not.exist"/);
    // A plural family needs its count.
    expect(() => t('session.voting.left')).toThrow(/missing translation key/);
  });
});
