import { MostyError, ValidationError } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { failureLine } from './failure-line.js';

describe('failureLine', () => {
  it('gives a MostyError its code and its cause, on one line ending with a full stop', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:5432\n    at somewhere');
    expect(failureLine('website: failed to start', new MostyError('DATABASE_OPEN', 'Cannot connect.', { cause }))).toBe(
      'website: failed to start [DATABASE_OPEN]: Cannot connect (cause: connect ECONNREFUSED 127.0.0.1:5432 at somewhere).',
    );
  });

  it('does not repeat a cause the message already gives', () => {
    const cause = new Error('database "x" does not exist');
    const error = new MostyError('DATABASE_OPEN', 'Cannot connect to PostgreSQL at p: database "x" does not exist.', {
      cause,
    });
    expect(failureLine('export: failed', error)).toBe(
      'export: failed [DATABASE_OPEN]: Cannot connect to PostgreSQL at p: database "x" does not exist.',
    );
  });

  it('says anything else by its message', () => {
    expect(failureLine('website: failed to start', new ValidationError('limit: too big', []))).toBe(
      'website: failed to start [VALIDATION]: limit: too big.',
    );
    expect(failureLine('website: failed to start', new Error('SITE_CONFIG x.json: cannot read it'))).toBe(
      'website: failed to start: SITE_CONFIG x.json: cannot read it.',
    );
    expect(failureLine('website: failed to start', 'a string')).toBe('website: failed to start: a string.');
  });
});
