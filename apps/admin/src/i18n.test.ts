import { describe, expect, it } from 'vitest';
import { afterColon } from './i18n.js';

describe('afterColon', () => {
  it('reads a sentence on in lower case after a label, keeping an acronym at its start', () => {
    expect(afterColon('To pole jest wymagane.')).toBe('to pole jest wymagane.');
    expect(afterColon('Łączna kwota jest za duża.')).toBe('łączna kwota jest za duża.');
    expect(afterColon('NIP ma błędną cyfrę kontrolną.')).toBe('NIP ma błędną cyfrę kontrolną.');
    expect(afterColon('PLN albo EUR.')).toBe('PLN albo EUR.');
    expect(afterColon('')).toBe('');
  });
});
