import { fixture, html } from '@open-wc/testing';
import '../../src/session/session.js';
import { tokenKey } from '../../src/session/session.storage.js';
import { $, newDossier, SANDBOX_NOW } from './form-helpers.js';
import { sandboxUrl, waitFor } from './world.js';

/**
 * A form inside `<qmi-session>`, signed in with a new account's stored token, as a partner page without
 * a script has it. Call `forget()` at the end (the token stays in localStorage otherwise).
 */
export async function formInSession() {
  const url = await sandboxUrl();
  const { session, application } = await newDossier();
  localStorage.setItem(tokenKey(url), session.token);
  const page = await fixture<HTMLElement>(
    html`<qmi-session api-base=${url}>
    <qmi-application-form call="qmi-2-test" application=${application.id} now=${SANDBOX_NOW} debounce="200"></qmi-application-form>
  </qmi-session>`,
  );
  const form = page.querySelector('qmi-application-form')!;
  await waitFor(() => Boolean($(form, '.task-list')), { message: 'the form inside the session' });
  await form.updateComplete; // its sections past the first screen too (see mountForm)
  // The form loads while the session shows its wait, and is on screen (in the session's slot: focusable,
  // typed into) once the session's signed-in part has come, which may be after the form's dossier.
  await waitFor(() => Boolean(page.shadowRoot?.querySelector('slot')), { message: 'the form shown by the session' });
  return {
    url,
    session,
    application,
    page,
    form,
    dialog: () => page.shadowRoot!.querySelector('dialog'),
    forget: () => localStorage.removeItem(tokenKey(url)),
  };
}
