import { forgetJournaledDossiers, forgetUploadsRememberedFor, unsavedEditsOf, uploadsRememberedFor } from '@qmi/core';
import { dossiersOf, forgetDossiers } from '../context/account-dossiers.js';
import { forgetMessagesOf, unsentMessagesOf } from '../messages/messages.storage.js';

/**
 * What this browser keeps for one account of one platform, beyond its token (`session.storage.ts`):
 * the messages not yet sent and their read marks (`messages.storage.ts`), and for the dossiers this
 * account worked on here (`account-dossiers.ts`) the uploads tus remembers for resuming and what the
 * form's autosave journal holds (unsaved edits, the last copy of the dossier). Another account's
 * data, or another platform's, is left alone. A page that gives the form a `journal` of its own
 * forgets it itself (on `qmi-sign-out`).
 */

/** What signing out would lose on this device: the person is told before it goes. */
export interface Unsent {
  messages: number;
  uploads: number;
  edits: number;
}

export const nothingUnsent = (unsent: Unsent): boolean => !unsent.messages && !unsent.uploads && !unsent.edits;

/** Storage may be unavailable (privacy settings): then it kept nothing. */
const orNone = <T>(promise: Promise<T>, none: T): Promise<T> => promise.catch(() => none);

/**
 * Core fetches the code that reads and forgets the journal and the remembered uploads with `import()` at
 * its first call; a call for no dossiers fetches only that. The sign-out's chunk waits for it
 * (`session.lazy.ts`, at idle once signed in), so that a sign-out on a computer whose connection dropped
 * since still forgets every dossier, instead of finding that code unreachable and keeping them. A failure
 * (offline) fails the chunk, which is then asked again.
 */
export const fetchForgetting = async (): Promise<void> => {
  await Promise.all([unsavedEditsOf([]), uploadsRememberedFor({ baseUrl: '', applicationIds: [] })]);
};

export async function unsentOf(apiBase: string, accountId: string): Promise<Unsent> {
  const applicationIds = dossiersOf(apiBase, accountId);
  const [uploads, edits] = await Promise.all([
    orNone(uploadsRememberedFor({ baseUrl: apiBase, applicationIds }), []),
    orNone(unsavedEditsOf(applicationIds), 0),
  ]);
  return { messages: unsentMessagesOf(apiBase, accountId), uploads: uploads.length, edits };
}

/** Forgets it all: called once signed out, after the content let go of the session (so that nothing writes it back). */
export async function forgetAccountData(apiBase: string, accountId: string): Promise<void> {
  forgetMessagesOf(apiBase, accountId);
  const applicationIds = dossiersOf(apiBase, accountId);
  await Promise.all([
    orNone(forgetUploadsRememberedFor({ baseUrl: apiBase, applicationIds }), undefined),
    orNone(forgetJournaledDossiers(applicationIds), undefined),
  ]);
  forgetDossiers(apiBase, accountId);
}
