import { describe, expect, it } from 'vitest';
import type { Messages } from './keys';
import { interpolate, lookup, translate } from './translate';

const nl: Messages = {
  a: { b: 'Hallo {{name}}', c: { d: 'diep' } },
  dots_one: 'Nog {{count}} stip',
  dots_other: 'Nog {{count}} stippen',
  plain: '{{count}} keer',
};

describe('translate', () => {
  it('finds a string by its dotted path, and nothing for objects or unknown paths', () => {
    expect(lookup(nl, 'a.c.d')).toBe('diep');
    expect(lookup(nl, 'a.c')).toBeUndefined();
    expect(lookup(nl, 'a.b.x')).toBeUndefined();
    expect(lookup(nl, 'nope')).toBeUndefined();
    expect(lookup(nl, 'a.toString')).toBeUndefined();
  });

  it('fills in placeholders, leaves those without a value, and escapes nothing', () => {
    expect(translate(nl, 'nl', 'a.b', { name: 'Anne' })).toBe('Hallo Anne');
    expect(translate(nl, 'nl', 'a.b', { name: '<b>&' })).toBe('Hallo <b>&');
    expect(translate(nl, 'nl', 'a.b')).toBe('Hallo {{name}}');
    expect(translate(nl, 'nl', 'a.b', { other: 1 })).toBe('Hallo {{name}}');
    expect(interpolate('{{ x }} en {{x}}, {{y}}', { x: 0, y: 'z' })).toBe('0 en 0, z');
  });

  it('picks the plural form for a numeric count with the language’s rules', () => {
    expect(translate(nl, 'nl', 'dots', { count: 1 })).toBe('Nog 1 stip');
    expect(translate(nl, 'nl', 'dots', { count: 0 })).toBe('Nog 0 stippen');
    expect(translate(nl, 'nl', 'dots', { count: 2 })).toBe('Nog 2 stippen');
    expect(translate(nl, 'nl', 'dots', { count: 1.5 })).toBe('Nog 1.5 stippen');
    // A family without a base string has no translation without a count.
    expect(translate(nl, 'nl', 'dots')).toBeUndefined();
    expect(translate(nl, 'nl', 'dots', { count: '1' })).toBeUndefined();
    // A count on a string without plural forms only fills in.
    expect(translate(nl, 'nl', 'plain', { count: 1 })).toBe('1 keer');
  });

  it('says when there is no translation', () => {
    expect(translate(nl, 'nl', 'missing', { count: 1 })).toBeUndefined();
  });
});
