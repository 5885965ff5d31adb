import { describe, expect, it } from 'vitest';
import en from './en.json';
import { t } from './index';
import nl from './nl.json';

function flatten(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(obj as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const nlKeys = flatten(nl);
  const enKeys = flatten(en);

  it('en has every nl key', () => {
    expect([...nlKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('nl has every en key', () => {
    expect([...enKeys.keys()].filter((k) => !nlKeys.has(k))).toEqual([]);
  });

  it('no translation is empty and both use the same placeholders', () => {
    for (const [key, value] of nlKeys) {
      expect(value.trim(), key).not.toBe('');
      expect(vars(enKeys.get(key) ?? ''), key).toEqual(vars(value));
    }
  });

  it('fails loudly on a missing key', () => {
    expect(() => t('does.not.exist' as never)).toThrow(/missing translation key/);
  });

  it('translates in Dutch by default', () => {
    expect(t('connection.connected')).toBe('verbonden');
  });
});
