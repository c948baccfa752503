/**
 * The admin's browser bundle: field validation with the `@org/domain` schemas, relation pickers and
 * the agenda editor. Everything works without it; it only makes forms quicker to fill.
 */
import { entityByRoute } from '../forms/entities.js';
import { attachAgendaEditor } from './agenda-editor.js';
import { attachFieldValidation } from './field-validation.js';
import { attachRelationPickers } from './relation-picker.js';
import { attachSubmitOnce } from './submit-once.js';
import { attachUnsavedChangesGuard } from './unsaved-changes.js';

const locale = document.documentElement.lang === 'en' ? 'en' : 'pl';
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-entity]')) {
  const def = entityByRoute(form.dataset.entity ?? '');
  if (!def) continue;
  const revalidate = attachFieldValidation(form, def, locale);
  attachRelationPickers(form, locale);
  if (def.agenda) attachAgendaEditor(form, def, locale, revalidate);
  attachUnsavedChangesGuard(form);
}
for (const form of document.querySelectorAll<HTMLFormElement>('form[method="post"]')) attachSubmitOnce(form);
// After a refused post, the summary of its errors is where the keyboard starts (it links to each field).
document.getElementById('error-summary')?.focus();
document.documentElement.classList.add('js');
