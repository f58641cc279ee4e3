// The organisers' side of the world, for the board's and the assessments' tests: the sandbox's
// organiser, a committee member invited through the real e-mail, and dossiers a commune submitted.
import { createClient, type QmiClient } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { newDossier } from './form-helpers.js';
import { mailTo, ORGANISER, PASSWORD, sandboxUrl, tokenOf, uniqueEmail } from './world.js';

/** A client signed in as the sandbox's organiser. */
export async function organiserClient(): Promise<QmiClient> {
  const client = createClient({ baseUrl: await sandboxUrl() });
  await client.auth.signIn(ORGANISER);
  return client;
}

/**
 * A committee member the organiser invited, who followed the real e-mail's link and chose a password:
 * a client signed in as a reviewer, and their account's id.
 */
export async function invitedReviewer(organiser: QmiClient, organisation = 'ADEME') {
  const email = uniqueEmail('expert');
  await organiser.reviewers.invite({ email, organisation });
  const client = createClient({ baseUrl: await sandboxUrl() });
  const session = await client.reviewers.accept({
    token: tokenOf(await mailTo(email, 'reviewer-invitation')),
    password: PASSWORD,
  });
  return { client, email, id: session.account.id };
}

/**
 * A complete dossier submitted by a commune's verified agent, on the QMI 2 call without required
 * documents (documents reach a dossier by upload; the board's tests need none).
 */
export async function submittedDossier() {
  const { client, application, call } = await newDossier('qmi-2-test');
  const dossier = exampleDossier();
  dossier.partners = dossier.partners.map((partner) => ({ ...partner, supportLetter: false }));
  const filled = await client.applications.update(application.id, dossier, { ifMatch: application.revision });
  const submitted = await client.applications.submit(filled.id, { ifMatch: filled.revision });
  return { client, application: submitted, call };
}
