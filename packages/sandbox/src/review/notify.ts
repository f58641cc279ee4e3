import type { Application, NotificationKind } from '@qmi/core';
import type { Deps } from '../http/env.js';
import type { MailContent } from '../mail/compose.js';
import { composeMail } from '../mail/compose.js';
import type { AccountRow } from '../store/accounts.js';

/** An in-app notification and, when `mailFor` writes one, an e-mail for each live account of `recipients`. */
function notifyEach(
  deps: Pick<Deps, 'store'>,
  recipients: Iterable<AccountRow | undefined>,
  application: Application,
  kind: NotificationKind,
  params: Record<string, string>,
  now: string,
  mailFor: (recipient: AccountRow) => MailContent | undefined,
): void {
  for (const recipient of recipients) {
    if (!recipient || recipient.deleted_at !== null) continue;
    deps.store.notifications.add(recipient.id, application.id, kind, params, now);
    const mail = mailFor(recipient);
    if (mail) deps.store.outbox.enqueue(composeMail(mail), now);
  }
}

/**
 * Tells the commune's people (the dossier's owner and editors) of an event: an in-app notification
 * and an e-mail each, in their own language, queued in the caller's transaction so that the event is
 * never recorded without them. `mailFor` writes the e-mail for one person (undefined: no e-mail).
 */
export function notifyCommune(
  deps: Pick<Deps, 'store'>,
  application: Application,
  kind: NotificationKind,
  params: Record<string, string>,
  now: string,
  mailFor: (recipient: AccountRow) => MailContent | undefined,
): void {
  const people = deps.store.applications.collaborators(application.id);
  const recipients = people.map((person) => deps.store.accounts.byId(person.accountId));
  notifyEach(deps, recipients, application, kind, params, now, mailFor);
}

/** The same for the organisers (a new message from a commune, a request for advice). */
export function notifyOrganisers(
  deps: Pick<Deps, 'store'>,
  application: Application,
  kind: NotificationKind,
  params: Record<string, string>,
  now: string,
  mailFor: (recipient: AccountRow) => MailContent | undefined,
): void {
  notifyEach(deps, deps.store.accounts.organisers(), application, kind, params, now, mailFor);
}
