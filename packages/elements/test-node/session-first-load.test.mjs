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

describe('<qmi-session>: the first download', () => {
  it('holds neither the sign-in form nor the account bar; both come later', async () => {
    const { first, later } = await sessionDownloads();
    assert.equal(first.includes(SIGN_IN_FORM), false, 'the sign-in form is in the first load');
    assert.equal(first.includes(ACCOUNT_BAR), false, 'the account bar is in the first load');
    assert.equal(later.includes(SIGN_IN_FORM), true, 'the sign-in form is nowhere');
    assert.equal(later.includes(ACCOUNT_BAR), true, 'the account bar is nowhere');
  });

  // Core fetches what reads and forgets the journal (and idb) with import() at its first call: its barrel
  // would otherwise place that code in the first load of every element (esbuild places by file).
  it('holds no IndexedDB code (only signing out reads what waits in this browser)', async () => {
    const { first } = await sessionDownloads();
    assert.equal(first.includes(INDEXED_DB), false, 'idb is in the first load');
  });
});
