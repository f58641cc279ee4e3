import type { Lang, Notification, NotificationKind } from '@qmi/core';
import { Hono } from 'hono';
import { requireAccount } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { communeLabel } from '../mail/commune-mails.js';
import type { NotificationRow } from '../store/notifications.js';
import type { Store } from '../store/index.js';

/**
 * In-app notifications: the events each person also receives by e-mail (review/notify.ts writes both
 * in the event's transaction). Each person reads and marks only their own; titles are written at
 * read time, in the language of the request.
 */
export const notificationRoutes = new Hono<AppEnv>();

const TITLES: Record<NotificationKind, (commune: string) => { fr: string; en: string }> = {
  submitted: (c) => ({ fr: `Dossier de ${c} déposé`, en: `Dossier of ${c} submitted` }),
  changes_requested: (c) => ({
    fr: `Modifications demandées sur le dossier de ${c}`,
    en: `Changes requested on the dossier of ${c}`,
  }),
  declared_eligible: (c) => ({
    fr: `Dossier de ${c} complet et recevable`,
    en: `Dossier of ${c} complete and admissible`,
  }),
  declared_ineligible: (c) => ({ fr: `Dossier de ${c} non recevable`, en: `Dossier of ${c} not admissible` }),
  selected: (c) => ({ fr: `${c} est lauréate`, en: `${c} is selected` }),
  not_selected: (c) => ({ fr: `Dossier de ${c} non retenu`, en: `Dossier of ${c} not selected` }),
  message: (c) => ({ fr: `Nouveau message sur le dossier de ${c}`, en: `New message on the dossier of ${c}` }),
  advice_given: (c) => ({
    fr: `Les organisateurs ont commenté le dossier de ${c}`,
    en: `The organisers commented on the dossier of ${c}`,
  }),
  advice_requested: (c) => ({ fr: `${c} demande un avis sur son dossier`, en: `${c} asks for advice on its dossier` }),
  assigned: (c) => ({ fr: `Le dossier de ${c} vous est confié`, en: `The dossier of ${c} is assigned to you` }),
  assessment_submitted: (c) => ({
    fr: `Nouvelle évaluation du dossier de ${c}`,
    en: `New assessment of the dossier of ${c}`,
  }),
};

/** What happened, in `lang`: from the kind and the dossier's commune ("Paris (75056)"). */
export const notificationTitle = (kind: NotificationKind, commune: string, lang: Lang): string =>
  TITLES[kind](communeLabel(commune))[lang];

function toNotification(store: Store, row: NotificationRow, lang: Lang): Notification {
  const commune = store.applications.get(row.application_id)?.commune ?? '';
  return {
    id: row.id,
    kind: row.kind,
    applicationId: row.application_id,
    commune,
    title: notificationTitle(row.kind, commune, lang),
    createdAt: row.created_at,
    ...(row.read_at ? { readAt: row.read_at } : {}),
  };
}

notificationRoutes.get('/v1/notifications', (c) => {
  const account = requireAccount(c);
  const { store } = c.get('deps');
  return c.json({ data: store.notifications.list(account.id).map((row) => toNotification(store, row, c.get('lang'))) });
});

notificationRoutes.post('/v1/notifications/:id/read', (c) => {
  const account = requireAccount(c);
  const { store, clock } = c.get('deps');
  const id = c.req.param('id');
  // Someone else's notification is not found, like an unknown one.
  if (!store.notifications.get(id, account.id)) throw new ProblemError('not_found');
  // Marking again keeps the first reading's time.
  store.notifications.markRead(id, account.id, clock.now().toISOString());
  return c.json(toNotification(store, store.notifications.get(id, account.id)!, c.get('lang')));
});
