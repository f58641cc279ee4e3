import { type Application, type CallDefinition, type DocumentKindRule, isEditable } from '@qmi/core';
import type { Context } from 'hono';
import { callOf, loadApplication, requireWindowOpen } from '../http/access.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';

/** Metadata keys the server writes itself; a client's value for them is overwritten, never read. */
export const OWNER_KEY = 'qmiAccountId';

export interface UploadTarget {
  application: Application;
  call: CallDefinition;
  kind: DocumentKindRule;
}

/**
 * The dossier and document kind an upload attaches to, if this account may add a document to it
 * now: the same rules as saving the dossier (visible, applicant, editable, window open for drafts).
 * Judged at creation and again when the last byte arrives, since either may have changed meanwhile.
 */
export function uploadTarget(
  c: Context<AppEnv>,
  account: AccountRow,
  applicationId: string,
  kindId: string,
): UploadTarget {
  const application = loadApplication(c, account, applicationId);
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  if (!isEditable(application.status))
    throw new ProblemError('not_editable', { extra: { applicationStatus: application.status } });
  const call = callOf(c, application.callId);
  requireWindowOpen(c, call, application.status);
  const kind = call.documentKinds.find((candidate) => candidate.id === kindId);
  if (!kind) {
    const kinds = call.documentKinds.map((candidate) => candidate.id);
    throw new ProblemError('document_kind_unknown', {
      detail: say(
        c,
        `Types de documents de cet appel : ${kinds.join(', ')}.`,
        `Document kinds of this call: ${kinds.join(', ')}.`,
      ),
      extra: { kinds },
    });
  }
  return { application, call, kind };
}
