import type { Session } from '@qmi/core';
import { linkCalls } from './session.complete.js';
import type { SessionClient } from './session.client.js';

// The chunk of the flows beyond sign-in (`session.lazy.ts`): the steps between the forms ("check your
// e-mail", a link being checked or no longer working) and their words, and the e-mails' links.
export { LinkCompletion, type Said } from './session.complete.js';
export { renderStep, STEP_HEADING } from './session.steps.js';
export { stepMessages } from './session.steps.messages.js';

/** The committee's invitation with the password the new reviewer chose: their session. */
export const acceptReviewer = (client: SessionClient, token: string, password: string): Promise<Session> =>
  linkCalls(client).reviewers.accept({ token, password });
