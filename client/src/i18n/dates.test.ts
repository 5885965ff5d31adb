import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment, formatRelative } from './dates';

const AMS = 'Europe/Amsterdam';
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const now = Date.UTC(2026, 11, 3, 12, 0);

describe('dates', () => {
  it('writes a day in full, Dutch and English', () => {
    const ms = Date.UTC(2027, 2, 3, 13, 5);
    expect(formatDay(ms, 'nl', AMS)).toBe('3 maart 2027');
    expect(formatDay(ms, 'en', AMS)).toBe('3 March 2027');
  });

  it('writes a moment with a 24-hour time in the given zone', () => {
    const ms = Date.UTC(2027, 2, 3, 13, 5);
    expect(formatMoment(ms, 'nl', AMS)).toBe('3 mrt 2027, 14:05');
    expect(formatMoment(ms, 'en', AMS)).toBe('3 Mar 2027, 14:05');
    // Summer time: two hours ahead of UTC.
    expect(formatMoment(Date.UTC(2027, 6, 1, 8, 30), 'nl', AMS)).toBe('1 jul 2027, 10:30');
  });

  it('writes past times relative to now in the largest natural unit', () => {
    expect(formatRelative(now - 10_000, now, 'nl')).toBe('nu');
    expect(formatRelative(now - 10_000, now, 'en')).toBe('now');
    expect(formatRelative(now - 10_000, now, 'nl', 'zojuist')).toBe('zojuist');
    expect(formatRelative(now - 5 * MIN, now, 'nl')).toBe('5 minuten geleden');
    expect(formatRelative(now - 5 * MIN - 50_000, now, 'en')).toBe('5 minutes ago');
    expect(formatRelative(now - 50_000, now, 'nl')).toBe('1 minuut geleden');
    expect(formatRelative(now - 3 * 60 * MIN, now, 'nl')).toBe('3 uur geleden');
    expect(formatRelative(now - DAY, now, 'nl')).toBe('1 dag geleden');
    expect(formatRelative(now - 4 * DAY, now, 'en')).toBe('4 days ago');
    expect(formatRelative(now - 400 * DAY, now, 'nl')).toBe('13 maanden geleden');
    expect(formatRelative(now - 800 * DAY, now, 'en')).toBe('2 years ago');
  });

  it('writes future times too (the retention date)', () => {
    expect(formatRelative(now + 90 * DAY, now, 'nl')).toBe('over 3 maanden');
    expect(formatRelative(now + 90 * DAY, now, 'en')).toBe('in 3 months');
    expect(formatRelative(now + 2 * DAY, now, 'nl')).toBe('over 2 dagen');
    // A year and a quarter is not "next year".
    expect(formatRelative(now + 455 * DAY, now, 'nl')).toBe('over 15 maanden');
    expect(formatRelative(now + 700 * DAY, now, 'en')).toBe('in 2 years');
    expect(formatRelative(now + 10 * DAY, now, 'en')).toBe('in 10 days');
  });
});
