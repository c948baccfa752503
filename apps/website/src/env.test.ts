import { describe, expect, it } from 'vitest';
import { debugEnabled, readEnv } from './env.js';

describe('readEnv', () => {
  it('links to the port the server listens on when SITE_URL is not set', () => {
    expect(readEnv({}).SITE_URL).toBe('http://localhost:3000');
    expect(readEnv({ PORT: '3918' }).SITE_URL).toBe('http://localhost:3918');
    expect(readEnv({ PORT: '3918', SITE_URL: 'https://mosty.example.org/strona' }).SITE_URL).toBe(
      'https://mosty.example.org/strona',
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ SITE_URL: 'ftp://example.org' })).toThrow(/SITE_URL/);
    expect(() => readEnv({ PORT: 'trzy tysiące' })).toThrow(/PORT/);
    expect(() => readEnv({ DEMO_DATA: 'nie' })).toThrow(/DEMO_DATA/);
  });
});

describe('DEBUG', () => {
  it('is on when set to anything, off when unset or empty', () => {
    expect(readEnv({ DEBUG: '1' }).DEBUG).toBe(true);
    expect(readEnv({}).DEBUG).toBe(false);
    expect(debugEnabled({ DEBUG: '*' })).toBe(true);
    expect(debugEnabled({ DEBUG: '' })).toBe(false);
    expect(debugEnabled({})).toBe(false);
  });
});
