import type { Application, ApplicationStatus, CallDefinition } from '@qmi/core';
import { applicationWindowMessage, windowStateFor } from '@qmi/validators';
import type { Context } from 'hono';
import type { AccountRow } from '../store/accounts.js';
import type { AppEnv } from './env.js';
import { ProblemError, say } from './problem.js';

export interface LoadOptions {
  /**
   * Whether a reviewer assigned to the dossier may use this route (reads of its content, documents,
   * receipts, decisions; assessments). Refused by default: a route opts in, so that a new route never
   * shows a reviewer the commune's messages, history or collaborators by accident.
   */
  reviewers?: 'allow' | 'refuse';
}

/**
 * The dossier if this account may see it: organisers see all, applicants their own and those shared
 * with them, reviewers (on routes that allow them) the submitted dossiers assigned to them, unless
 * they declared a conflict of interest (403 `conflict_of_interest`). Anything else is a 404, so that
 * ids of other communes' dossiers reveal nothing.
 */
export function loadApplication(
  c: Context<AppEnv>,
  account: AccountRow,
  id: string,
  options: LoadOptions = {},
): Application {
  const application = c.get('deps').store.applications.get(id);
  if (!application) throw new ProblemError('not_found');
  requireReadable(c, account, application, options);
  return application;
}

/** The same, as the JSON text of the `Application` that a read sends as it is (see `applications.json`). */
export function loadApplicationJson(c: Context<AppEnv>, account: AccountRow, id: string, options: LoadOptions = {}) {
  const found = c.get('deps').store.applications.json(id);
  if (!found) throw new ProblemError('not_found');
  requireReadable(c, account, found.head, options);
  return found;
}

function requireReadable(
  c: Context<AppEnv>,
  account: AccountRow,
  application: { id: string; status: ApplicationStatus },
  options: LoadOptions,
): void {
  const { applications, assignments } = c.get('deps').store;
  if (account.role === 'organiser') return;
  if (account.role === 'reviewer') {
    const assignment = options.reviewers === 'allow' ? assignments.get(application.id, account.id) : undefined;
    // A draft is the commune's alone: reviewers examine what was submitted.
    if (!assignment || application.status === 'draft') throw new ProblemError('not_found');
    if (assignment.conflict_declared_at !== null) throw new ProblemError('conflict_of_interest');
    return;
  }
  if (!applications.canAccess(application.id, account.id)) throw new ProblemError('not_found');
}

/** What only a dossier's owner may do, as the refusal names it ("Seul le propriétaire du dossier peut …"). */
const OWNER_ACTIONS = {
  withdraw: { fr: 'le retirer', en: 'withdraw it' },
  'delete-document': { fr: 'supprimer ce document', en: 'delete this document' },
  invite: { fr: 'inviter des éditeurs', en: 'invite editors' },
  'revoke-invitation': { fr: 'annuler une invitation', en: 'revoke an invitation' },
  'remove-editor': { fr: 'retirer un éditeur', en: 'remove an editor' },
  transfer: { fr: 'en transférer la propriété', en: 'transfer its ownership' },
} as const;
export type OwnerAction = keyof typeof OWNER_ACTIONS;

/**
 * Refuses, with 403 `role_required` naming the role needed, an applicant who is not the dossier's
 * owner (an editor, with whom it was shared). Organisers are judged by the route itself, unless
 * `organisers: 'refuse'`: then they are refused the same way (they instruct dossiers; choosing a
 * commune's editors or owner is not theirs).
 */
export function requireOwnerOf(
  c: Context<AppEnv>,
  account: AccountRow,
  application: Application,
  action: OwnerAction,
  options: { organisers?: 'judged-by-route' | 'refuse' } = {},
): void {
  if (application.ownerId === account.id) return;
  if (account.role === 'organiser' && options.organisers !== 'refuse') return;
  const { fr, en } = OWNER_ACTIONS[action];
  throw new ProblemError('role_required', {
    detail: say(c, `Seul le propriétaire du dossier peut ${fr}.`, `Only the dossier's owner may ${en}.`),
    extra: { requiredRole: 'owner', yourRole: account.role === 'applicant' ? 'editor' : account.role },
  });
}

export function callOf(c: Context<AppEnv>, callId: string): CallDefinition {
  const call = c.get('deps').calls.find((candidate) => candidate.id === callId);
  if (!call) throw new ProblemError('not_found');
  return call;
}

/**
 * Refuses with 409 outside the application window, in the call's own time zone, as it binds a
 * dossier of this status (`windowStateFor`: a draft is bound, a dossier sent back for changes is
 * not); without a status, as it binds a new dossier.
 */
export function requireWindowOpen(c: Context<AppEnv>, call: CallDefinition, status?: ApplicationStatus): void {
  const state = windowStateFor(status, call, c.get('deps').clock.now());
  if (state === 'open') return;
  throw new ProblemError(state === 'closed' ? 'call_closed' : 'call_not_open', {
    detail: applicationWindowMessage(call, state, c.get('lang')),
    extra: { opensAt: call.applicationWindow.opensAt, deadline: call.applicationWindow.deadline },
  });
}

/** Reads If-Match ("3", W/"3" is refused as weak, * matches any). Undefined when absent. */
export function ifMatchRevision(c: Context<AppEnv>): number | '*' | undefined {
  const header = c.req.header('if-match')?.trim();
  if (header === undefined || header === '') return undefined;
  if (header === '*') return '*';
  const match = /^"(\d+)"$/.exec(header) ?? /^(\d+)$/.exec(header);
  if (!match) {
    throw new ProblemError('invalid_request', {
      detail: say(
        c,
        'If-Match attend la révision entre guillemets, par exemple "3".',
        'If-Match expects the revision in quotes, e.g. "3".',
      ),
    });
  }
  return Number(match[1]);
}

export const etagOf = (application: Pick<Application, 'revision'>) => `"${application.revision}"`;

/** 412 with the server's current document, so the client can merge without another request. */
export function revisionMismatch(c: Context<AppEnv>, current: Application): ProblemError {
  return new ProblemError('revision_mismatch', {
    detail: say(
      c,
      `Vous avez modifié la révision ${c.req.header('if-match')} ; la révision actuelle est "${current.revision}".`,
      `You changed revision ${c.req.header('if-match')}; the current revision is "${current.revision}".`,
    ),
    extra: { currentRevision: current.revision, current },
    headers: { etag: etagOf(current) },
  });
}
