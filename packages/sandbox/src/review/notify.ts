import type { Application, NotificationKind } from '@qmi/core';
import type { Deps } from '../http/env.js';
import type { MailContent } from '../mail/compose.js';
import { composeMail } from '../mail/compose.js';
import type { AccountRow } from '../store/accounts.js';

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
  const { store } = deps;
  for (const person of store.applications.collaborators(application.id)) {
    const recipient = store.accounts.byId(person.accountId);
    if (!recipient || recipient.deleted_at !== null) continue;
    store.notifications.add(recipient.id, application.id, kind, params, now);
    const mail = mailFor(recipient);
    if (mail) store.outbox.enqueue(composeMail(mail), now);
  }
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
  const { store } = deps;
  for (const organiser of store.accounts.organisers()) {
    if (organiser.deleted_at !== null) continue;
    store.notifications.add(organiser.id, application.id, kind, params, now);
    const mail = mailFor(organiser);
    if (mail) store.outbox.enqueue(composeMail(mail), now);
  }
}
