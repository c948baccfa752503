import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isSecretKey, secretSchema } from './secret.js';
import { validate } from './validation.js';

describe('isSecretKey', () => {
  it.each([
    'password',
    'newPassword',
    'password_confirm',
    'passwordHash',
    'hash',
    'token',
    'resetToken',
    'api-key',
    'apiKey',
    'clientSecret',
    'haslo',
  ])('%s names a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(['hashtags', 'title', 'passage', 'tokenize', 'pinned', 'email', 0])('%s does not', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});

describe('secretSchema', () => {
  it('returns the same schema, and marks what it wraps', () => {
    const inner = z.string().min(6);
    const marked = secretSchema(inner.optional());
    expect(marked.unwrap()).toBe(inner);
    const result = validate(z.object({ pin: z.string(), code: marked }), { pin: 'x', code: 'abc12' }, 'en');
    expect(!result.ok && result.issues.map((i) => i.message).join('\n')).not.toContain('abc12');
  });
});
