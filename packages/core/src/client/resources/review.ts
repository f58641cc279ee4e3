import type {
  AdviceRequestBody,
  AgreementRequest,
  AnnotationRequest,
  AssessmentDraft,
  ConflictOfInterestRequest,
  ReviewerInvitationAcceptance,
  ReviewerInvitationRequest,
  SectionCommentRequest,
  SynthesisRequest,
} from '../../schemas/review.js';
import { downloadLater } from '../download-later.js';
import type { CreateOptions, Download, Http, RequestOptions } from '../http.js';
import { path } from '../paths.js';
import { schemasOf } from '../lazy-schema.js';
import { etag, get, getList, once, post, remove } from '../requests.js';

/** The answers' schemas, in chunks loaded beside the first request (see lazy-schema.ts). */
const schema = schemasOf(() => import('../lazy/review.schemas.js'));
const notificationSchema = schemasOf(() => import('../lazy/notifications.schemas.js'));

/** What an export of the board (`exportCsv`, `exportXlsx`) covers. */
export interface ExportParams {
  /** The dossiers to export (the board's current selection); all of the call's when absent. */
  ids?: readonly string[] | undefined;
}

const app = (id: string) => path`/v1/applications/${id}`;

/*
 * The organisers' side (issue 16): reviewers, assignments, assessments, the board, exports,
 * receipts, annotations, accompaniment and notifications, one factory each. Each route checks the
 * role itself; these methods only name them.
 */

/** `client.reviewers`: the call's reviewers (committee members and partner experts), their invitations and acceptance. */
export const reviewersResource = (http: Http) => ({
  /** Organisers: every reviewer invited, pending or active. */
  list: async (opts: RequestOptions = {}) => getList(http, '/v1/reviewers', schema('Reviewers'), opts),
  /** Organisers: invites a committee member or partner expert by e-mail. */
  invite: async (body: ReviewerInvitationRequest, opts: CreateOptions = {}) =>
    post(http, '/v1/reviewers', body, schema('Reviewer'), opts),
  /** With the token of the invitation's link: becomes a reviewer (choosing a password if new) and signs in. */
  accept: async (body: ReviewerInvitationAcceptance, opts: RequestOptions = {}) => {
    const session = await once(http, '/v1/reviewers/acceptance', body, schema('Session'), opts);
    http.setToken(session.token);
    return session;
  },
  /** Organisers: withdraws a reviewer (pending invitation revoked, or role withdrawn and sessions ended). */
  remove: async (reviewerId: string, opts: RequestOptions = {}) =>
    remove(http, path`/v1/reviewers/${reviewerId}`, opts),
});

/**
 * `client.assignments`: which reviewers assess which dossier, and their declarations of conflicts of
 * interest.
 */
export const assignmentsResource = (http: Http) => ({
  /** Organisers: all of the dossier's; a reviewer: their own. */
  list: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/assignments`, schema('Assignments'), opts),
  /** Organisers: assigns a reviewer to the dossier (they see it on their board and are expected to assess it). */
  assign: async (id: string, reviewerId: string, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/assignments`, { reviewerId }, schema('Assignment'), opts),
  /** Organisers: withdraws the reviewer's assignment to the dossier. */
  unassign: async (id: string, reviewerId: string, opts: RequestOptions = {}) =>
    remove(http, `${app(id)}${path`/assignments/${reviewerId}`}`, opts),
  /** A reviewer declares a conflict of interest: they no longer open the dossier. */
  declareConflict: async (id: string, body: ConflictOfInterestRequest, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/conflict-of-interest`, body, schema('Assignment'), opts),
});

/** `client.assessments`: the reviewers' assessments of a dossier per criterion, and the committee's synthesis. */
export const assessmentsResource = (http: Http) => ({
  /** What this person may see of the dossier's assessments (see `AssessmentsView`). */
  view: async (id: string, opts: RequestOptions = {}) =>
    get(http, `${app(id)}/assessments`, schema('AssessmentsView'), opts),
  /** A reviewer's own assessment (created empty on first read). */
  mine: async (id: string, opts: RequestOptions = {}) =>
    get(http, `${app(id)}/assessments/mine`, schema('Assessment'), opts),
  /** Saves the reviewer's draft, guarded by the revision it was written against. */
  save: async (id: string, draft: AssessmentDraft, opts: RequestOptions & { ifMatch: number }) =>
    http.send({
      method: 'put',
      path: `${app(id)}/assessments/mine`,
      json: draft,
      headers: { 'if-match': etag(opts.ifMatch) },
      schema: schema('Assessment'),
      signal: opts.signal,
      retryable: true,
    }),
  /** Submits it: every criterion rated, then it no longer changes and the others' become visible. */
  submit: async (id: string, opts: CreateOptions & { ifMatch?: number } = {}) =>
    post(http, `${app(id)}/assessments/mine/submit`, undefined, schema('Assessment'), opts),
  /** Organisers: the committee's synthesis. */
  writeSynthesis: async (id: string, body: SynthesisRequest, opts: RequestOptions = {}) =>
    http.send({
      method: 'put',
      path: `${app(id)}/synthesis`,
      json: body,
      schema: schema('Synthesis'),
      signal: opts.signal,
      retryable: true,
    }),
});

/** `client.annotations`: organisers' private notes on a dossier. */
export const annotationsResource = (http: Http) => ({
  /** Organisers only: private notes, never shown to applicants or reviewers. */
  list: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/annotations`, schema('Annotations'), opts),
  /** Organisers: adds a note to the dossier. */
  create: async (id: string, body: AnnotationRequest, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/annotations`, body, schema('Annotation'), opts),
  /** Organisers: deletes one of the dossier's notes. */
  remove: async (id: string, annotationId: string, opts: RequestOptions = {}) =>
    remove(http, `${app(id)}${path`/annotations/${annotationId}`}`, opts),
});

/** `client.board`: the organisers' (or a reviewer's) board of a call, and its exports. */
export const boardResource = (http: Http) => ({
  /** The call's dossiers for the board: all for organisers, those assigned for a reviewer. */
  get: async (callId: string, opts: RequestOptions = {}) =>
    get(http, path`/v1/calls/${callId}/board`, schema('Board'), opts),
  /** Organisers: the selection as CSV (UTF-8 with BOM, `;`) for French spreadsheets. */
  exportCsv: async (callId: string, params: ExportParams = {}, opts: RequestOptions = {}): Promise<Download> =>
    downloadLater(http, path`/v1/calls/${callId}/export.csv`, { ids: params.ids?.join(',') }, opts.signal),
  /** Organisers: the selection as an XLSX workbook. */
  exportXlsx: async (callId: string, params: ExportParams = {}, opts: RequestOptions = {}): Promise<Download> =>
    downloadLater(http, path`/v1/calls/${callId}/export.xlsx`, { ids: params.ids?.join(',') }, opts.signal),
});

/**
 * `client.dossiers`: what organisers keep of a submitted dossier: its documents as one ZIP, its receipts, its
 * agreement and decisions.
 */
export const dossiersResource = (http: Http) => ({
  /** Every document of the dossier and its receipts, as one ZIP. */
  zip: async (id: string, opts: RequestOptions = {}): Promise<Download> =>
    downloadLater(http, `${app(id)}/documents.zip`, {}, opts.signal),
  /** The dossier's submission receipts (one per submission). */
  receipts: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/receipts`, schema('Receipts'), opts),
  /** The receipt's PDF (« récépissé de dépôt »). */
  receiptPdf: async (id: string, receiptId: string, opts: RequestOptions = {}): Promise<Download> =>
    downloadLater(http, `${app(id)}${path`/receipts/${receiptId}`}.pdf`, {}, opts.signal),
  /** Organisers: the date the laureate signed its agreement. */
  recordAgreement: async (id: string, body: AgreementRequest, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/agreement`, body, schema('Application'), opts, schema('Application')),
  /** The latest decisions, as the commune sees them. */
  decisions: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/decisions`, schema('Decisions'), opts),
});

/**
 * `client.advice`: accompaniment before the deadline: a commune asks for advice on its draft, organisers
 * comment on its sections.
 */
export const adviceResource = (http: Http) => ({
  /** The commune asks the organisers for advice on its draft. */
  request: async (id: string, body: AdviceRequestBody, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/advice-requests`, body, schema('AdviceRequest'), opts),
  /** The dossier's requests for advice, open or answered. */
  list: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/advice-requests`, schema('AdviceRequests'), opts),
  /** Organisers and the commune: the organisers' comments per section. */
  comments: async (id: string, opts: RequestOptions = {}) =>
    getList(http, `${app(id)}/section-comments`, schema('SectionComments'), opts),
  /** Organisers: a comment on one section of the draft (answers the open advice request). */
  comment: async (id: string, body: SectionCommentRequest, opts: CreateOptions = {}) =>
    post(http, `${app(id)}/section-comments`, body, schema('SectionComment'), opts),
  /** The commune marks a comment as dealt with. */
  resolve: async (id: string, commentId: string, opts: CreateOptions = {}) =>
    post(
      http,
      `${app(id)}${path`/section-comments/${commentId}`}/resolution`,
      undefined,
      schema('SectionComment'),
      opts,
    ),
});

/** `client.notifications`: the signed-in person's in-app notifications. */
export const notificationsResource = (http: Http) => ({
  /** The signed-in person's notifications, newest first (the same events as their e-mails). */
  list: async (opts: RequestOptions = {}) =>
    getList(http, '/v1/notifications', notificationSchema('Notifications'), opts),
  /** Marks one notification as read. */
  markRead: async (notificationId: string, opts: CreateOptions = {}) =>
    post(http, path`/v1/notifications/${notificationId}/read`, undefined, notificationSchema('Notification'), opts),
});
