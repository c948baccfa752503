/**
 * Leaving a record form with changes not saved asks first (the browser's own `beforeunload` question): once a
 * field of the form has changed, until the form is submitted.
 */
export function attachUnsavedChangesGuard(form: HTMLFormElement): void {
  let changed = false;
  const mark = () => {
    changed = true;
  };
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  form.addEventListener('submit', (event) => {
    // A submit a listener refused (field validation) leaves the changes unsaved.
    setTimeout(() => {
      if (!event.defaultPrevented) changed = false;
    }, 0);
  });
  window.addEventListener('beforeunload', (event) => {
    if (!changed) return;
    event.preventDefault();
    // Older Chromium asks only when returnValue is set.
    event.returnValue = '';
  });
}
