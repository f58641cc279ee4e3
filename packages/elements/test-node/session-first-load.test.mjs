// What `<qmi-session>` makes a page download before the platform has answered: the start-up and what
// every visitor sees while it waits. The sign-in form is for visitors without a session and the account
// bar for signed-in ones: each comes with `import()`, started beside the session's request (the likely
// one from the token this browser kept), so no visitor downloads the other's part first. Measured as
// toolchain.md counts a first download: esbuild with splitting, the entry's chunk and its static imports.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { downloads } from './support/downloads.mjs';

/** The code of the session entry's first load, as one string, and of the chunks it may load later. */
const sessionDownloads = () => downloads(`import '@qmi/elements/session';`);

// Marks of each part, as the minified code spells them.
const SIGN_IN_FORM = 'current-password'; // the password field's autocomplete
const ACCOUNT_BAR = 'part="account-bar"'; // the bar's template
const INDEXED_DB = 'upgradeneeded'; // idb, which only the sign-out's "what is unsent here" reads
const FIELD_STYLES = 'field--error'; // a refused field's rule, in the forms' styles (and their template)
// (ASCII parts of French strings: the minified code escapes the others.)
const SIGNED_OUT = 'connexion effectu'; // what signing out says once done ("Déconnexion effectuée.")
const RESEND_VERIFICATION = 'Un e-mail de confirmation a'; // said once the confirmation e-mail is sent again
const CHECK_EMAIL_STEP = 'canResend'; // the "check your e-mail" step's state (its resend, offered after a moment)
const LINK_COMPLETION = 'choosePassword'; // a reset link's completion: the form to choose the new password

describe('<qmi-session>: the first download', () => {
  it('holds neither the sign-in form nor the account bar; both come later', async () => {
    const { first, later } = await sessionDownloads();
    assert.equal(first.includes(SIGN_IN_FORM), false, 'the sign-in form is in the first load');
    assert.equal(first.includes(ACCOUNT_BAR), false, 'the account bar is in the first load');
    assert.equal(later.includes(SIGN_IN_FORM), true, 'the sign-in form is nowhere');
    assert.equal(later.includes(ACCOUNT_BAR), true, 'the account bar is nowhere');
  });

  // The first view is "checking your session…" (then "Réessayer" if the platform does not answer): the
  // fields' and the error summary's styles come with the form that shows them.
  it('holds the styles of the forms only with the sign-in form', async () => {
    const { first, later } = await sessionDownloads();
    assert.equal(first.includes(FIELD_STYLES), false, "the forms' styles are in the first load");
    assert.equal(later.includes(FIELD_STYLES), true, "the forms' styles are nowhere");
  });

  // A visitor without a session never signs out nor asks for the confirmation e-mail again: what the bar's
  // buttons do (and say) comes with the bar, which a signed-in agent gets beside the session's check.
  it("holds what the account bar's buttons do only with the bar", async () => {
    const { first, later } = await sessionDownloads();
    for (const mark of [SIGNED_OUT, RESEND_VERIFICATION]) {
      assert.equal(first.includes(mark), false, `"${mark}" is in the first load`);
      assert.equal(later.includes(mark), true, `"${mark}" is nowhere`);
    }
  });

  // A visitor who signs in (or is signed in already) meets no step between the forms ("check your e-mail",
  // a link being checked or no longer working): those, and completing the e-mails' links, come with the
  // flows' chunk (fetched with the page only when its URL holds a link, beside the session's check).
  it('holds the steps between the forms and the links only with the flows', async () => {
    const { first, later } = await sessionDownloads();
    for (const mark of [CHECK_EMAIL_STEP, LINK_COMPLETION]) {
      assert.equal(first.includes(mark), false, `"${mark}" is in the first load`);
      assert.equal(later.includes(mark), true, `"${mark}" is nowhere`);
    }
  });

  // Core fetches what reads and forgets the journal (and idb) with import() at its first call: its barrel
  // would otherwise place that code in the first load of every element (esbuild places by file).
  it('holds no IndexedDB code (only signing out reads what waits in this browser)', async () => {
    const { first } = await sessionDownloads();
    assert.equal(first.includes(INDEXED_DB), false, 'idb is in the first load');
  });
});
