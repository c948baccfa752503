import { describe, expect, it } from 'vitest';
import { ConflictError, MostyError, NotFoundError, UniqueViolationError, ValidationError } from './errors.js';

describe('errors', () => {
  it('carry a stable code, their class name and their cause', () => {
    const cause = new Error('SQLITE_CONSTRAINT');
    const cases: [MostyError, string, string][] = [
      [new ValidationError('bad event', [], { cause }), 'VALIDATION', 'ValidationError'],
      [new NotFoundError('event', 'sprawny-urzad', { cause }), 'NOT_FOUND', 'NotFoundError'],
      [new ConflictError('event', 'e1', 3, 4, { cause }), 'CONFLICT', 'ConflictError'],
      [new UniqueViolationError('organization', 'slug', 'fise', { cause }), 'UNIQUE', 'UniqueViolationError'],
      [new MostyError('OTHER', 'something', { cause }), 'OTHER', 'MostyError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(MostyError);
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error.cause).toBe(cause);
    }
  });

  it('say what failed, what was expected and what was found', () => {
    expect(new NotFoundError('event', 'sprawny-urzad').message).toBe('event not found: sprawny-urzad.');
    const conflict = new ConflictError('event', 'e1', 3, 4);
    expect(conflict.message).toBe(
      'event e1 was changed by someone else: expected version 3, found 4. Read it again and repeat the change.',
    );
    expect([conflict.expectedVersion, conflict.actualVersion]).toEqual([3, 4]);
    expect(new ConflictError('event', 'e1', 3, null).message).toBe(
      'event e1 was deleted by someone else: expected version 3, found none.',
    );
    const unique = new UniqueViolationError('organization', 'slug', 'fise');
    expect(unique.message).toBe('organization with slug "fise" already exists: choose another slug.');
    expect([unique.entity, unique.field, unique.value]).toEqual(['organization', 'slug', 'fise']);
  });

  it('a validation error keeps its issues', () => {
    const issues = [{ path: 'nip', field: 'NIP', code: 'nip.checksum', message: 'NIP: ma błędną cyfrę kontrolną' }];
    const error = new ValidationError('organization is invalid', issues);
    expect(error.issues).toEqual(issues);
    expect(error.cause).toBeUndefined();
  });
});
