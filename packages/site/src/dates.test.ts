import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, isMonth, monthBounds, monthsAround } from './dates.js';

describe('dates', () => {
  it('names a month in the nominative, lower case in Polish', () => {
    expect(formatMonth('2026-11', 'pl')).toBe('listopad 2026');
    expect(formatMonth('2027-02', 'pl')).toBe('luty 2027');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });

  it('writes a calendar date in words, the day the date names in any zone', () => {
    expect(formatDate('2026-09-01', 'pl')).toBe('1 września 2026');
    expect(formatDate('2026-12-15', 'en')).toBe('15 December 2026');
    expect(formatDate('2026-03-29', 'pl')).toBe('29 marca 2026');
  });

  it('bounds a month by midnight in Warsaw, summer and winter time alike', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T22:59:59.999Z' });
    expect(monthBounds('2026-04')).toEqual({ from: '2026-03-31T22:00:00.000Z', to: '2026-04-30T21:59:59.999Z' });
    // October holds the change back to winter time (25 October 2026).
    expect(monthBounds('2026-10')).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-10-31T22:59:59.999Z' });
    expect(monthBounds('2026-12').to).toBe('2026-12-31T22:59:59.999Z');
  });

  it('offers twelve months either side of today', () => {
    const months = monthsAround(Date.parse('2026-11-01T12:00:00Z'));
    expect(months).toHaveLength(25);
    expect([months[0], months[12], months[24]]).toEqual(['2025-11', '2026-11', '2027-11']);
  });

  it('counts from the month it is in Warsaw, not in UTC', () => {
    // 00:30 on 1 December in Warsaw is 23:30 on 30 November in UTC; 01:30 on 1 July (summer time) is 23:30 UTC.
    expect(monthsAround(Date.parse('2026-11-30T23:30:00Z'))[12]).toBe('2026-12');
    expect(monthsAround(Date.parse('2026-06-30T22:30:00Z'))[12]).toBe('2026-07');
    expect(monthsAround(Date.parse('2026-11-30T22:59:59Z'))[12]).toBe('2026-11');
    expect(monthsAround(Date.parse('2026-12-31T23:30:00Z'))).toContain('2027-12');
  });

  it('knows which months it can list', () => {
    for (const month of ['1000-01', '2026-11', '9998-12']) expect(isMonth(month)).toBe(true);
    for (const month of ['0999-12', '0000-01', '9999-01', '9999-12', '2026-13', '2026-1', ' 2026-11'])
      expect(isMonth(month)).toBe(false);
    // Every month it accepts has bounds (the filter's store query) in order.
    for (const month of ['1000-01', '9998-12', '2026-03', '2026-10']) {
      const { from, to } = monthBounds(month);
      expect(Date.parse(from)).toBeLessThan(Date.parse(to));
    }
  });
});
