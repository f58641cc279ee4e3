// What a page downloads before use carries only the platform routes (and their schemas) its element
// uses: a timeline asks for the call, not for sessions, dossiers or the committee's work, and shows no
// platform error, so it carries none of the error titles either. Measured the way toolchain.md counts a
// page's first download: esbuild with splitting, the entry's chunk and the chunks it imports statically.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { downloads } from './support/downloads.mjs';

/** The code a page loads first for `entry` (`@qmi/elements/timeline`), as one string. */
const firstDownload = async (entry) => (await downloads(`import '${entry}';`)).first;

/** A route of each resource family of the client, as its code spells it. */
const ROUTES = {
  calls: '/v1/calls',
  auth: '/v1/sessions',
  account: '/v1/me/password',
  communeClaims: '/v1/commune-claims',
  invitations: '/v1/invitations/acceptance',
  applications: 'merge-patch+json',
  messages: '/messages',
  documents: '/documents',
  reviewers: '/v1/reviewers',
  board: '/export.csv',
  notifications: '/v1/notifications',
};
/** One error title of the platform (ASCII: esbuild escapes the others): present only where platform errors are shown. */
const AN_ERROR_TITLE = 'The request body is not valid JSON.';

const uses = {
  timeline: ['calls'],
  // It reads a dossier (by id) and never saves one: no code of the autosave's requests.
  checklist: ['calls'],
  // Who is signed in (`/v1/me`, to tell the thread's sides apart), not sign-in, sign-up or ProConnect.
  messages: ['messages'],
  notifications: ['notifications'],
};

describe('an element loads the client resources it uses, and no others', () => {
  for (const [element, resources] of Object.entries(uses)) {
    it(`@qmi/elements/${element}: ${resources.join(', ')}`, async () => {
      const code = await firstDownload(`@qmi/elements/${element}`);
      for (const [resource, route] of Object.entries(ROUTES)) {
        if (resource === 'calls' && element !== 'timeline') continue; // '/v1/calls' prefixes others' routes
        assert.equal(code.includes(route), resources.includes(resource), `${resource} (${route}) in ${element}`);
      }
    });
  }

  // The answers' schemas (zod inside) come with `import()` beside the first request, not with the element.
  for (const element of ['timeline', 'messages', 'notifications', 'checklist', 'uploader'])
    it(`@qmi/elements/${element} loads no zod before its first request`, async () => {
      assert.equal((await firstDownload(`@qmi/elements/${element}`)).includes('"$ZodType"'), false);
    });

  // The rules (evaluate(): the checks, the commune directory, their messages) come with the dossier they
  // judge: a page showing what a call asks for never needs them, one with a dossier fetches both together.
  // And what a call asks for (its dates in the call's zone, its documents' formats) comes with the call:
  // a page showing a dossier's standing never shows it.
  it('@qmi/elements/checklist loads the rules with the dossier and the call’s view with the call', async () => {
    const code = await firstDownload('@qmi/elements/checklist');
    assert.equal(code.includes('commune.in-territory'), false, 'the rules');
    assert.equal(code.includes('dateStyle'), false, 'the call’s dates');
  });
  it('@qmi/elements/form loads the rules with the dossier, not before', async () => {
    assert.equal((await firstDownload('@qmi/elements/form')).includes('commune.in-territory'), false);
  });

  it('the timeline shows no platform error: none of their titles is loaded', async () => {
    assert.equal((await firstDownload('@qmi/elements/timeline')).includes(AN_ERROR_TITLE), false);
  });
});
