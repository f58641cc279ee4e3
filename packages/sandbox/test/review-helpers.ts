// What the assessment tests share: reviewers invited and assigned through the API, a full rating.
import type { AssessmentDraft } from '@qmi/core';
import type { Sandbox } from '../src/index.js';
import { assignReviewer, CALL_WITHOUT_DOCUMENTS, invitedReviewer } from './helpers.js';

/** A reviewer of `organisation`, invited by the organisers (real e-mail), assigned to the dossier. */
export async function assignedReviewer(sandbox: Sandbox, applicationId: string, organisation = 'ADEME') {
  const reviewer = await invitedReviewer(sandbox, { organisation });
  await assignReviewer(sandbox, applicationId, reviewer);
  return reviewer;
}

/** Every criterion of the call rated `rating`, each with `comment`. */
export const fullRating = (rating: number, comment = 'Argumenté.'): AssessmentDraft => ({
  ratings: Object.fromEntries(CALL_WITHOUT_DOCUMENTS.criteria.map((criterion) => [criterion.id, { rating, comment }])),
});
