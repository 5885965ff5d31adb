/**
 * The translation keys, typed from the Dutch source file: t('unknown.key') does not compile.
 * A plural family (`notes_one`, `notes_other`) is one key, `notes`, whose form `count` chooses.
 */
import type nl from './nl.json';

/** Intl.PluralRules' categories, the suffixes of a plural family's keys. */
export type PluralCategory = Intl.LDMLPluralRule;

/** The strings of one language: nested objects of strings, as in nl.json and en.json. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Every dotted path to a string in `T`. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

/** A key of the interface's strings (`'home.title'`, or `'home.zones'` for `zones_one`/`_other`). */
export type TKey = WithoutPlural<Leaves<typeof nl>>;

/** Values for a string's `{{name}}` placeholders; a number `count` also picks the plural form. */
export type TValues = Readonly<Record<string, string | number>>;

/** Translates a key into the interface language. */
export type TFunction = (key: TKey, values?: TValues) => string;
