import * as z from 'zod';
import { Session } from '../schemas/account.js';
import { Application } from '../schemas/application.js';
import { Decision } from '../schemas/lifecycle.js';
import {
  AdviceRequest,
  type AdviceRequestBody,
  type AgreementRequest,
  Annotation,
  type AnnotationRequest,
  Assessment,
  type AssessmentDraft,
  AssessmentsView,
  Assignment,
  Board,
  type ConflictOfInterestRequest,
  Notification,
  Receipt,
  Reviewer,
  type ReviewerInvitationAcceptance,
  type ReviewerInvitationRequest,
  SectionComment,
  type SectionCommentRequest,
  Synthesis,
  type SynthesisRequest,
} from '../schemas/review.js';
import type { CreateOptions, Download, Http, RequestOptions } from './http.js';
import { path } from './paths.js';

/** The request helpers `createClient` builds, shared with the resources of this file. */
export interface Requests {
  http: Http;
  get<S extends z.ZodType>(path: string, schema: S, opts: RequestOptions): Promise<z.infer<S>>;
  getList<S extends z.ZodType>(path: string, item: S, opts: RequestOptions): Promise<Array<z.infer<S>>>;
  post<S extends z.ZodType>(
    path: string,
    json: unknown,
    schema: S,
    opts: CreateOptions & { ifMatch?: number | undefined },
  ): Promise<z.infer<S>>;
  once<S extends z.ZodType>(path: string, json: unknown, schema: S, opts: RequestOptions): Promise<z.infer<S>>;
  remove(path: string, opts: RequestOptions): Promise<void>;
}

export interface ExportParams {
  /** The dossiers to export (the board's current selection); all of the call's when absent. */
  ids?: readonly string[] | undefined;
}

const app = (id: string) => path`/v1/applications/${id}`;

/**
 * The organisers' side (issue 16): reviewers, assignments, assessments, the board, exports,
 * receipts, annotations, accompaniment and notifications. Each route checks the role itself;
 * these methods only name them.
 */
export function reviewResources(r: Requests) {
  const reviewers = {
    /** Organisers: every reviewer invited, pending or active. */
    list: async (opts: RequestOptions = {}) => r.getList('/v1/reviewers', Reviewer, opts),
    /** Organisers: invites a committee member or partner expert by e-mail. */
    invite: async (body: ReviewerInvitationRequest, opts: CreateOptions = {}) =>
      r.post('/v1/reviewers', body, Reviewer, opts),
    /** With the token of the invitation's link: becomes a reviewer (choosing a password if new) and signs in. */
    accept: async (body: ReviewerInvitationAcceptance, opts: RequestOptions = {}) => {
      const session = await r.once('/v1/reviewers/acceptance', body, Session, opts);
      r.http.setToken(session.token);
      return session;
    },
    /** Organisers: withdraws a reviewer (pending invitation revoked, or role withdrawn and sessions ended). */
    remove: async (reviewerId: string, opts: RequestOptions = {}) => r.remove(path`/v1/reviewers/${reviewerId}`, opts),
  };

  const assignments = {
    /** Organisers: all of the dossier's; a reviewer: their own. */
    list: async (id: string, opts: RequestOptions = {}) => r.getList(`${app(id)}/assignments`, Assignment, opts),
    assign: async (id: string, reviewerId: string, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/assignments`, { reviewerId }, Assignment, opts),
    unassign: async (id: string, reviewerId: string, opts: RequestOptions = {}) =>
      r.remove(`${app(id)}${path`/assignments/${reviewerId}`}`, opts),
    /** A reviewer declares a conflict of interest: they no longer open the dossier. */
    declareConflict: async (id: string, body: ConflictOfInterestRequest, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/conflict-of-interest`, body, Assignment, opts),
  };

  const assessments = {
    /** What this person may see of the dossier's assessments (see `AssessmentsView`). */
    view: async (id: string, opts: RequestOptions = {}) => r.get(`${app(id)}/assessments`, AssessmentsView, opts),
    /** A reviewer's own assessment (created empty on first read). */
    mine: async (id: string, opts: RequestOptions = {}) => r.get(`${app(id)}/assessments/mine`, Assessment, opts),
    /** Saves the reviewer's draft, guarded by the revision it was written against. */
    save: async (id: string, draft: AssessmentDraft, opts: RequestOptions & { ifMatch: number }) =>
      r.http.send({
        method: 'put',
        path: `${app(id)}/assessments/mine`,
        json: draft,
        headers: { 'if-match': `"${opts.ifMatch}"` },
        schema: Assessment,
        signal: opts.signal,
        retryable: true,
      }),
    /** Submits it: every criterion rated, then it no longer changes and the others' become visible. */
    submit: async (id: string, opts: CreateOptions & { ifMatch?: number } = {}) =>
      r.post(`${app(id)}/assessments/mine/submit`, undefined, Assessment, opts),
    /** Organisers: the committee's synthesis. */
    writeSynthesis: async (id: string, body: SynthesisRequest, opts: RequestOptions = {}) =>
      r.http.send({
        method: 'put',
        path: `${app(id)}/synthesis`,
        json: body,
        schema: Synthesis,
        signal: opts.signal,
        retryable: true,
      }),
  };

  const annotations = {
    /** Organisers only: private notes, never shown to applicants or reviewers. */
    list: async (id: string, opts: RequestOptions = {}) => r.getList(`${app(id)}/annotations`, Annotation, opts),
    create: async (id: string, body: AnnotationRequest, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/annotations`, body, Annotation, opts),
    remove: async (id: string, annotationId: string, opts: RequestOptions = {}) =>
      r.remove(`${app(id)}${path`/annotations/${annotationId}`}`, opts),
  };

  const board = {
    /** The call's dossiers for the board: all for organisers, those assigned for a reviewer. */
    get: async (callId: string, opts: RequestOptions = {}) => r.get(path`/v1/calls/${callId}/board`, Board, opts),
    /** Organisers: the selection as CSV (UTF-8 with BOM, `;`) for French spreadsheets. */
    exportCsv: async (callId: string, params: ExportParams = {}, opts: RequestOptions = {}): Promise<Download> =>
      r.http.download(path`/v1/calls/${callId}/export.csv`, { ids: params.ids?.join(',') }, opts.signal),
    /** Organisers: the selection as an XLSX workbook. */
    exportXlsx: async (callId: string, params: ExportParams = {}, opts: RequestOptions = {}): Promise<Download> =>
      r.http.download(path`/v1/calls/${callId}/export.xlsx`, { ids: params.ids?.join(',') }, opts.signal),
  };

  const dossiers = {
    /** Every document of the dossier and its receipts, as one ZIP. */
    zip: async (id: string, opts: RequestOptions = {}): Promise<Download> =>
      r.http.download(`${app(id)}/documents.zip`, {}, opts.signal),
    receipts: async (id: string, opts: RequestOptions = {}) => r.getList(`${app(id)}/receipts`, Receipt, opts),
    /** The receipt's PDF (« récépissé de dépôt »). */
    receiptPdf: async (id: string, receiptId: string, opts: RequestOptions = {}): Promise<Download> =>
      r.http.download(`${app(id)}${path`/receipts/${receiptId}`}.pdf`, {}, opts.signal),
    /** Organisers: the date the laureate signed its agreement. */
    recordAgreement: async (id: string, body: AgreementRequest, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/agreement`, body, Application, opts),
    /** The latest decisions, as the commune sees them. */
    decisions: async (id: string, opts: RequestOptions = {}) => r.getList(`${app(id)}/decisions`, Decision, opts),
  };

  const advice = {
    /** The commune asks the organisers for advice on its draft. */
    request: async (id: string, body: AdviceRequestBody, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/advice-requests`, body, AdviceRequest, opts),
    list: async (id: string, opts: RequestOptions = {}) => r.getList(`${app(id)}/advice-requests`, AdviceRequest, opts),
    /** Organisers and the commune: the organisers' comments per section. */
    comments: async (id: string, opts: RequestOptions = {}) =>
      r.getList(`${app(id)}/section-comments`, SectionComment, opts),
    /** Organisers: a comment on one section of the draft (answers the open advice request). */
    comment: async (id: string, body: SectionCommentRequest, opts: CreateOptions = {}) =>
      r.post(`${app(id)}/section-comments`, body, SectionComment, opts),
    /** The commune marks a comment as dealt with. */
    resolve: async (id: string, commentId: string, opts: CreateOptions = {}) =>
      r.post(`${app(id)}${path`/section-comments/${commentId}`}/resolution`, undefined, SectionComment, opts),
  };

  const notifications = {
    /** The signed-in person's notifications, newest first (the same events as their e-mails). */
    list: async (opts: RequestOptions = {}) => r.getList('/v1/notifications', Notification, opts),
    markRead: async (notificationId: string, opts: CreateOptions = {}) =>
      r.post(path`/v1/notifications/${notificationId}/read`, undefined, Notification, opts),
  };

  return { reviewers, assignments, assessments, annotations, board, dossiers, advice, notifications };
}

export type { Download };
