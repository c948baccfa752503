/**
 * A post form is sent once: after its first submit its submit buttons are disabled and a second submit (a double
 * click, Enter pressed again while the answer is slow) is dropped. The server still catches a form sent twice (the
 * create forms' one-time token); this only spares the wait. A page brought back by the browser's Back button
 * (back-forward cache) gets its buttons back.
 */
export function attachSubmitOnce(form: HTMLFormElement): void {
  let sent = false;
  const buttons = () =>
    form.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      'button[type="submit"], button:not([type]), input[type="submit"]',
    );
  form.addEventListener('submit', (event) => {
    if (sent) {
      event.preventDefault();
      return;
    }
    sent = true;
    // Left to the end of the event: a listener that refused the submit (field validation) has had its say, and the
    // button that sent the form still adds its own name and value to what is sent.
    setTimeout(() => {
      if (event.defaultPrevented) sent = false;
      else for (const b of buttons()) b.disabled = true;
    }, 0);
  });
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    sent = false;
    for (const b of buttons()) b.disabled = false;
  });
}
