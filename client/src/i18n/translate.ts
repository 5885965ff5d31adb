/**
 * One string out of a language's strings: the key's dotted path, the plural form for a numeric
 * `count` (`key_one`, `key_other`… by Intl.PluralRules, else the key itself), and its `{{name}}`
 * placeholders filled in (left as written when no value is given). Nothing is escaped: React
 * escapes what it renders.
 */
import type { Messages, TValues } from './keys';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** The string at a dotted path (`'session.voting.left_one'`), if there is one. */
export function lookup(messages: Messages, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = Object.hasOwn(node, part) ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills in `{{name}}` placeholders. */
export function interpolate(text: string, values: TValues | undefined): string {
  if (!values || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}

/** The translation of `key` in `lang` with `values` filled in; `undefined` when there is none. */
export function translate(messages: Messages, lang: string, key: string, values?: TValues): string | undefined {
  const count = values?.count;
  const text =
    (typeof count === 'number' ? lookup(messages, `${key}_${pluralCategory(lang, count)}`) : undefined) ??
    lookup(messages, key);
  return text === undefined ? undefined : interpolate(text, values);
}
