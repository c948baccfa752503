import { describe, expect, it } from 'vitest';
import { TextareaField } from './textarea-field.js';

const html = async (node: unknown) => String(await (node as { toString(): string | Promise<string> }).toString());

describe('TextareaField', () => {
  it('without an error is a plain labelled, required textarea with its limit', async () => {
    expect(
      await html(<TextareaField id="comment-body" name="body" label="Dodaj komentarz" rows={3} maxlength={5000} />),
    ).toBe(
      '<div class="field"><label for="comment-body">Dodaj komentarz</label>' +
        '<textarea id="comment-body" name="body" rows="3" maxlength="5000" required=""></textarea></div>',
    );
  });

  it('with an error is marked invalid, described by the error, and gives back what was typed, escaped', async () => {
    const out = await html(
      <TextareaField
        id="status-note"
        name="note"
        label="Uwaga"
        rows={2}
        maxlength={1000}
        error="Za długa."
        typed="a <b>"
      />,
    );
    expect(out).toContain(
      '<textarea id="status-note" name="note" rows="2" maxlength="1000" required="" aria-invalid="true" aria-describedby="status-note-error">a &lt;b&gt;</textarea>',
    );
    expect(out).toContain('<p class="error" id="status-note-error">Za długa.</p>');
  });

  it('makes the error an alert only when asked', async () => {
    const out = await html(
      <TextareaField id="n" name="note" label="Uwaga" rows={2} maxlength={10} error="Źle." alert />,
    );
    expect(out).toContain('<p class="error" id="n-error" role="alert">Źle.</p>');
  });

  it('doubles a leading newline, which the HTML parser would drop, and only a leading one', async () => {
    const field = async (typed: string) =>
      /<textarea[^>]*>([\s\S]*)<\/textarea>/.exec(
        await html(<TextareaField id="c" name="body" label="K" rows={3} maxlength={50} error="x" typed={typed} />),
      )?.[1];
    expect(await field('\nDruga linia')).toBe('\n\nDruga linia');
    expect(await field('Pierwsza\nDruga')).toBe('Pierwsza\nDruga');
  });
});
