import { describe, expect, it } from 'vitest';
import { fieldErrorOf, fieldErrors } from './field-error.js';

describe('fieldErrorOf', () => {
  const html =
    '<p class="error" id="f-agenda[0].kind-error">Rodzaj: wybierz &quot;panel&quot; &amp; inne</p>' +
    '<p class="error" id="f-agendaX0Ykind-error">nie ten</p>' +
    '<p class="error" id="status-note-error" role="alert">Uwaga</p>';

  it('matches an id with brackets and dots as written, not as a pattern, and reads entities back', () => {
    expect(fieldErrorOf(html, 'f-agenda[0].kind')).toBe('Rodzaj: wybierz "panel" & inne');
    expect(fieldErrorOf(html, 'f-agenda.0..kind')).toBeNull();
  });

  it('reads a message with more attributes, and says null for a field without one', () => {
    expect(fieldErrorOf(html, 'status-note')).toBe('Uwaga');
    expect(fieldErrorOf(html, 'f-title')).toBeNull();
  });

  it('lists every f- field message', () => {
    expect(fieldErrors(html)).toEqual({ 'agenda[0].kind': 'Rodzaj: wybierz "panel" & inne', agendaX0Ykind: 'nie ten' });
  });
});
