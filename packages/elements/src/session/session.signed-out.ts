// The chunk of visitors without a session (`session.lazy.ts`): the sign-in form, what is typed in it and
// sending it, with what a refusal shows. The sign-in-again dialog's chunk brings it too.
export { renderSignedOut } from './session.signed-out.render.js';
export { SessionForms } from './session.submit.js';
// The forms' styles (the dialog's too): the shell has only the status's and the buttons'.
export { signedOutStyles } from './session.signed-out.styles.js';
