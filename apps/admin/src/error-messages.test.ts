import { NotFoundError } from '@org/domain';
import { CorruptRecordError } from '@org/store';
import { describe, expect, it } from 'vitest';
import { errorAnswer } from './error-messages.js';

describe('errorAnswer', () => {
  it('says what was not found, by its kind (Polish genitive) and the id or slug looked up', () => {
    const event = new NotFoundError('event', 'walne-zebranie');
    expect(errorAnswer(event, 'pl')).toEqual({
      status: 404,
      title: 'notFound',
      detail: 'Nie znaleziono wydarzenia „walne-zebranie”.',
      log: false,
      back: { href: '/events', label: 'Wróć do listy: Wydarzenia' },
    });
    expect(errorAnswer(event, 'en').detail).toBe('Event "walne-zebranie" was not found.');
    expect(errorAnswer(new NotFoundError('authority', '1465011'), 'pl').detail).toBe(
      'Nie znaleziono samorządu „1465011”.',
    );
    expect(errorAnswer(new NotFoundError('authority', '1465011'), 'en').detail).toBe(
      'Local authority "1465011" was not found.',
    );
    expect(errorAnswer(new NotFoundError('scheduled publication', 'j1'), 'pl').detail).toBe(
      'Nie znaleziono zaplanowanej publikacji „j1”.',
    );
    // Something the admin has no word for is a record, never its internal name.
    expect(errorAnswer(new NotFoundError('widget', 'w1'), 'pl').detail).toBe('Nie znaleziono rekordu „w1”.');
    // What has no list of its own offers only the dashboard.
    expect(errorAnswer(new NotFoundError('scheduled publication', 'j1'), 'pl').back).toBeUndefined();
    expect(errorAnswer(new NotFoundError('user', 'u1'), 'en').back).toEqual({
      href: '/users',
      label: 'Back to the list: Users',
    });
  });

  it("names a damaged record's kind in the page's language, never its internal key", () => {
    const err = new CorruptRecordError('event', '01a19467-e800', 'corrupt record in the database: event 01a19467-e800');
    const pl = errorAnswer(err, 'pl');
    expect(pl).toMatchObject({ status: 500, log: true });
    expect(pl.detail).toBe(
      'Zapis w bazie danych jest uszkodzony (wydarzenie 01a19467-e800) i nie da się go odczytać. Zgłoś to administratorowi; szczegóły są w dzienniku serwera.',
    );
    expect(errorAnswer(new CorruptRecordError('post', 'p1', 'x'), 'pl').detail).toContain('(wpis p1)');
    expect(errorAnswer(new CorruptRecordError('organization', 'o1', 'x'), 'en').detail).toBe(
      'A record in the database is damaged (organisation o1) and cannot be read. Tell the administrator; the details are in the server log.',
    );
  });
});
