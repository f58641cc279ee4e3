import type {
  ApplicationDraftContent,
  ApplicationStatus,
  CallDefinition,
  CriterionRating,
  DecisionAction,
} from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { checkDocumentLimits } from '@qmi/validators';
import { randomBytes } from 'node:crypto';
import { writeDemoDocuments } from './demo-documents.js';
import { hashPassword } from './http/password.js';
import type { Logger } from './logger.js';
import { communeNameOf, issueReceipt } from './receipts/receipt-facts.js';
import { agreementDeadline } from './review/decision-rules.js';
import type { Store } from './store/index.js';
import type { UploadStorage } from './uploads/storage.js';

/** The committee of the demo: they sign in with this password, shown on the demo page and by `npm start`. */
export const DEMO_REVIEWERS = [
  { email: 'expert.ademe@qmi.example', organisation: 'ADEME' },
  { email: 'expert.ratp@qmi.example', organisation: 'RATP' },
] as const;
export const DEMO_REVIEWER_PASSWORD = 'examinateur-demo-2023';

interface DemoDossier {
  commune: string;
  status: ApplicationStatus;
  /** Which demo reviewers examine it, and whether they submitted their assessment. */
  reviews?: Array<'submitted' | 'draft' | 'assigned'>;
}

/**
 * One dossier per state the organisers' board shows (two drafts, two submitted, one sent back for
 * changes, one eligible with both assessments in, one selected), for communes other than the demo
 * account's (93066).
 */
const DOSSIERS: DemoDossier[] = [
  { commune: '93010', status: 'draft' },
  { commune: '94041', status: 'draft' },
  { commune: '93048', status: 'submitted', reviews: ['draft', 'assigned'] },
  { commune: '92050', status: 'submitted' },
  { commune: '94028', status: 'changes_requested' },
  { commune: '92012', status: 'eligible', reviews: ['submitted', 'submitted'] },
  { commune: '93070', status: 'selected', reviews: ['submitted', 'submitted'] },
];

/** The decisions that lead a submitted dossier to each later status. */
const PATH: Partial<Record<ApplicationStatus, Array<{ action: DecisionAction; to: ApplicationStatus }>>> = {
  changes_requested: [{ action: 'request_changes', to: 'changes_requested' }],
  eligible: [{ action: 'declare_eligible', to: 'eligible' }],
  selected: [
    { action: 'declare_eligible', to: 'eligible' },
    { action: 'select', to: 'selected' },
  ],
};

/** What a commune has written an hour into its draft: the team, not yet the project. */
const draftContent = (): ApplicationDraftContent => {
  const { team } = exampleDossier();
  return { team } as ApplicationDraftContent;
};

/**
 * `npm start`'s demo (QMI_DEMO_DOSSIERS=1): on an EMPTY database only, a few communes' dossiers in
 * different states for the first call, two reviewers (ADEME, RATP) and their assessments, so that the
 * organisers' board is not empty. Every step is recorded as the platform records it (history,
 * decisions); no e-mail is sent. A database that already holds dossiers is left as it is.
 *
 * Dossiers past the draft carry real files (small PDFs in the documents' storage, see demo-documents.ts)
 * and the receipt their submission issued (receipts/receipt-facts.ts), so they are complete on the board
 * and their receipts list real SHA-256s. As in the submit route, the receipts are rendered between two
 * transactions (pdf-lib is asynchronous): the first records the drafts with their content and files,
 * the second submits them with their receipts and takes the later steps. A start that dies in between
 * leaves drafts with their files (never a submission without its receipt), and the next start, finding
 * dossiers, leaves them as they are.
 */
export async function seedDemoDossiers(
  store: Store,
  storage: UploadStorage,
  call: CallDefinition,
  organiserEmail: string | undefined,
  now: string,
  log: Logger,
): Promise<boolean> {
  const organiser = organiserEmail ? store.accounts.byEmail(organiserEmail) : undefined;
  if (!organiser || store.applications.list({ afterSeq: 0, limit: 1 }).rows.length > 0) return false;
  // Hashed before the transaction (scrypt is asynchronous); the communes' accounts get passwords nobody knows.
  const reviewerHash = await hashPassword(DEMO_REVIEWER_PASSWORD);
  const ownerHashes = await Promise.all(DOSSIERS.map(() => hashPassword(randomBytes(24).toString('base64url'))));
  const contents = DOSSIERS.map((dossier) =>
    dossier.status === 'draft' ? draftContent() : (exampleDossier() as ApplicationDraftContent),
  );
  // The files, written before the transaction (the storage is asynchronous); a draft has none yet.
  const files = await Promise.all(
    DOSSIERS.map((dossier, index) =>
      dossier.status === 'draft'
        ? []
        : writeDemoDocuments(storage, call, contents[index]!, communeNameOf(dossier.commune), now),
    ),
  );
  const scale = call.assessmentScale?.map((level) => level.value) ?? [1, 2, 3, 4];

  const drafts = store.transaction(() =>
    DOSSIERS.map((dossier, index) => {
      const owner = store.accounts.create(
        `mairie.${dossier.commune}@qmi.example`,
        ownerHashes[index]!,
        'applicant',
        now,
      );
      if (!owner) return undefined;
      store.accounts.markEmailVerified(owner.id, now);
      store.verifications.grant(owner.id, dossier.commune, 'configuration', now);
      const created = store.applications.create(call.id, dossier.commune, owner.id, now, true);
      if (!('application' in created)) return undefined;
      const id = created.application.id;
      store.history.record(id, { action: 'created', actorId: owner.id, actorRole: 'owner' }, now);
      store.applications.saveContent(id, contents[index]!, 1, now);
      for (const file of files[index]!) {
        // The same insertion and limits as an upload's (uploads/finish.ts); the demo's files fit them.
        const kind = call.documentKinds.find((candidate) => candidate.id === file.kind)!;
        const refusal = store.documents.insertUnless({ ...file, applicationId: id, uploadedBy: owner.id }, (usage) =>
          checkDocumentLimits(call, kind, { size: file.sizeBytes }, usage),
        );
        if (refusal) throw new Error(`demo document ${file.filename} refused: ${refusal.code}`);
      }
      return { id, owner };
    }),
  );

  // Each dossier's receipt as its submission issues it, from the revision the submission is checked against.
  const receipts = await Promise.all(
    DOSSIERS.map((dossier, index) => {
      const draft = drafts[index];
      return dossier.status === 'draft' || !draft
        ? undefined
        : issueReceipt(call, store.applications.get(draft.id)!, draft.owner.email, now);
    }),
  );

  store.transaction(() => {
    const reviewers = DEMO_REVIEWERS.map(
      ({ email, organisation }) =>
        store.accounts.byEmail(email) ?? store.reviewers.createAccount(email, reviewerHash, 'fr', organisation, now),
    );
    DOSSIERS.forEach((dossier, index) => {
      const draft = drafts[index];
      const receipt = receipts[index];
      if (!draft || !receipt) return;
      const { id, owner } = draft;
      let current = store.applications.get(id)!;
      if (!store.applications.setStatus(id, 'submitted', current.revision, now, now))
        throw new Error(`demo dossier ${dossier.commune} changed before its submission`);
      store.history.record(id, { action: 'submitted', actorId: owner.id, actorRole: 'owner' }, now);
      // The receipt, as the submit route stores it; the commune's e-mail is not sent (a demo writes to nobody).
      store.receipts.add(receipt);
      for (const step of PATH[dossier.status] ?? []) {
        current = store.applications.get(id)!;
        store.decisions.record({
          applicationId: id,
          action: step.action,
          ...(step.action === 'request_changes'
            ? { fields: ['motivations'], comment: 'Précisez en quoi le projet répond aux besoins du quartier.' }
            : {}),
          ...(step.action === 'select'
            ? { agreementDeadline: agreementDeadline(now, call.agreementWithinMonths ?? 1) }
            : {}),
          fromStatus: current.status,
          toStatus: step.to,
          decidedBy: organiser.id,
          decidedAt: now,
        });
        store.applications.setStatus(id, step.to, current.revision, now);
        store.history.record(
          id,
          { action: 'decided', actorId: organiser.id, actorRole: 'organiser', details: { action: step.action } },
          now,
        );
      }
      dossier.reviews?.forEach((review, which) => {
        const reviewer = reviewers[which]!;
        store.assignments.assign(id, reviewer.id, organiser.id, now);
        store.history.record(
          id,
          {
            action: 'reviewer_assigned',
            actorId: organiser.id,
            actorRole: 'organiser',
            details: { email: reviewer.email, reviewerId: reviewer.id },
          },
          now,
        );
        if (review === 'assigned') return;
        const assessment = store.assessments.open(id, reviewer.id, now);
        // Ratings spread over the scale, differently per reviewer, so the committee sees a spread.
        const ratings: Record<string, CriterionRating> = Object.fromEntries(
          call.criteria.map((criterion, n) => [
            criterion.id,
            {
              rating: scale[(n + which + 1) % scale.length]!,
              comment: 'Appréciation de démonstration.',
            },
          ]),
        );
        store.assessments.save(assessment.id, ratings, assessment.revision, now);
        if (review === 'submitted') {
          store.assessments.submit(assessment.id, now);
          store.history.record(
            id,
            { action: 'assessment_submitted', actorId: reviewer.id, actorRole: 'reviewer' },
            now,
          );
        }
      });
    });
  });
  log('info', 'demo dossiers seeded', { call: call.id, dossiers: DOSSIERS.length });
  return true;
}
