import type { QmiClient, Session } from '@qmi/core';
import type { Sandbox } from '../src/index.js';
import { emailToken } from './helpers.js';

/** The id of the latest e-mail `email` received (0 if none): wait for mails `after` it. */
export const lastMailId = (sandbox: Sandbox, email: string) =>
  Math.max(0, ...sandbox.mail!.messages(email).map((mail) => mail.id));

/** The token of the next invitation e-mail to `email` (after mail id `after`). */
export const invitationToken = (sandbox: Sandbox, email: string, after = 0) =>
  emailToken(sandbox, email, 'accept-invitation', { after });

/**
 * Shares a dossier the way a town hall does: the owner invites the colleague's address, the colleague
 * opens the real e-mail and accepts, signed in with that (verified) address. Answers the invitation.
 */
export async function shareWith(
  sandbox: Sandbox,
  owner: QmiClient,
  applicationId: string,
  colleague: QmiClient & { session: Session },
) {
  const email = colleague.session.account.email;
  const after = lastMailId(sandbox, email);
  const invitation = await owner.applications.invitations.create(applicationId, { email });
  await colleague.invitations.accept(await invitationToken(sandbox, email, after));
  return invitation;
}
