import type { Application, ApplicationPatch, CreateApplicationRequest } from '../../schemas/application.js';
import type { InvitationRequest, OrganiserWithdrawalRequest, ReassignRequest } from '../../schemas/identity.js';
import type { ApplicationStatus, DecisionRequest } from '../../schemas/lifecycle.js';
import type { Page } from '../../schemas/problem.js';
import { type ApplicationChange, saveApplicationChange, type ApplicationSaveOptions } from '../application-save.js';
import type { CreateOptions, Http, RequestOptions } from '../http.js';
import type { SchemaRef } from '../lazy-schema.js';
import { path } from '../paths.js';
import { etag, getList, type GuardedOptions, post, remove } from '../requests.js';
import { applicationReaderResource } from './application-reader.js';
import { applicationSchema } from './application-schema.js';

/**
 * The options of `client.applications.update`: a request's options and the revision the patch was written
 * against.
 */
export interface UpdateOptions extends RequestOptions {
  /** The revision the patch was written against (the ETag). Required: a stale revision fails with 412. */
  ifMatch: number;
}

/**
 * Which dossiers `client.applications.list` and `pages` return: of one call, in one status, of one commune;
 * and how many per page.
 */
export interface ListApplicationsParams {
  callId?: string | undefined;
  status?: ApplicationStatus | undefined;
  /** One commune's dossiers (INSEE code): organisers see the one holding the place and any other drafts. */
  commune?: string | undefined;
  /** Page size, 1 to 100 (default 20). */
  limit?: number | undefined;
}

const ApplicationSchema = applicationSchema('Application');

/** The dossiers: create, read, save, submit and the actions on them; their people and decisions. */
export const applicationsResource = (http: Http) => {
  /** An action on a dossier: a 412 carries the dossier as the platform holds it (`PreconditionFailedError.current`). */
  const act = <R extends SchemaRef>(target: string, json: unknown, schema: R, opts: GuardedOptions) =>
    post(http, target, json, schema, opts, ApplicationSchema);
  const app = (id: string) => path`/v1/applications/${id}`;

  async function* pages(
    params: ListApplicationsParams = {},
    opts: RequestOptions = {},
  ): AsyncGenerator<Page<Application>> {
    let cursor: string | undefined;
    do {
      const page = (await http.send({
        method: 'get',
        path: '/v1/applications',
        searchParams: {
          call: params.callId,
          status: params.status,
          commune: params.commune,
          limit: params.limit,
          cursor,
        },
        schema: applicationSchema('ApplicationPage'),
        signal: opts.signal,
        retryable: true,
      })) as Page<Application>;
      yield page;
      cursor = page.nextCursor;
    } while (cursor);
  }

  return {
    /** Starts the dossier of a commune for a call. Safe to retry: it carries an Idempotency-Key. */
    create: async (callId: string, body: CreateApplicationRequest, opts: CreateOptions = {}) =>
      act(path`/v1/calls/${callId}/applications`, body, ApplicationSchema, opts),
    /** The dossier with this id, as this account may see it (`applicationReaderResource`'s). */
    get: applicationReaderResource(http).get,
    /** The dossiers this account may see (its own and those shared with it; all of them for organisers), page by page. */
    pages,
    /** Every dossier this account may see, fetched page by page as you iterate. */
    async *list(params: ListApplicationsParams = {}, opts: RequestOptions = {}): AsyncGenerator<Application> {
      for await (const page of pages(params, opts)) yield* page.data;
    },
    /**
     * Saves a JSON Merge Patch (RFC 7396) of the dossier's content: name only what changed, `null` removes.
     * Typed as the draft: a misspelt field or a value of the wrong type does not compile.
     * Guarded by `ifMatch`, so a retry after a lost answer cannot overwrite someone else's edit.
     * Answers the whole dossier; `save` answers only its new revision.
     */
    update: async (id: string, patch: ApplicationPatch, opts: UpdateOptions) =>
      http.send({
        method: 'patch',
        path: app(id),
        json: patch,
        contentType: 'application/merge-patch+json',
        headers: { 'if-match': etag(opts.ifMatch) },
        schema: ApplicationSchema,
        current: ApplicationSchema,
        signal: opts.signal,
        keepalive: opts.keepalive,
        retryable: true,
      }),
    /**
     * Saves a change (`{ mergePatch }`, RFC 7396, or `{ jsonPatch }`, RFC 6902, for one member of a list
     * item) and answers only the new revision (`Prefer: return=minimal`): what the autosave sends.
     * Guarded by `ifMatch` like `update`; a 412's `current` is the dossier to merge with.
     */
    save: async (id: string, change: ApplicationChange, opts: ApplicationSaveOptions): Promise<{ revision: number }> =>
      saveApplicationChange(http, id, change, opts),
    /** Submits a complete dossier; refused with 422 and every missing field otherwise. */
    submit: async (id: string, opts: GuardedOptions = {}) =>
      act(`${app(id)}/submit`, undefined, ApplicationSchema, opts),
    /** The applicant withdraws the dossier (from `draft`, `submitted` or `changes_requested`). */
    withdraw: async (id: string, opts: GuardedOptions = {}) =>
      act(`${app(id)}/withdraw`, undefined, ApplicationSchema, opts),
    /** Organisers: record a decision (request changes, eligibility, selection). */
    decide: async (id: string, decision: DecisionRequest, opts: GuardedOptions = {}) =>
      act(path`/v1/applications/${id}/decisions`, decision, applicationSchema('Decided'), opts),
    /** The dossier's decisions, as the commune sees them. */
    decisions: async (id: string, opts: RequestOptions = {}) =>
      getList(http, path`/v1/applications/${id}/decisions`, applicationSchema('Decisions'), opts),
    /** A verified agent of the commune joins the dossier holding its place, as editor. */
    join: async (id: string, opts: GuardedOptions = {}) =>
      act(path`/v1/applications/${id}/join`, undefined, ApplicationSchema, opts),
    /** Who did what to the dossier, when and why (owner, editors, organisers). */
    history: async (id: string, opts: RequestOptions = {}) =>
      getList(http, path`/v1/applications/${id}/history`, applicationSchema('HistoryEntries'), opts),
    /** Owner only: gives the dossier to one of its editors, who becomes owner; the owner becomes editor. */
    transferOwnership: async (id: string, accountId: string, opts: GuardedOptions = {}) =>
      act(path`/v1/applications/${id}/ownership`, { accountId }, ApplicationSchema, opts),
    /** Organisers: withdraw a dossier (a squatted one, say), with the reason kept in its history. */
    withdrawByOrganiser: async (id: string, body: OrganiserWithdrawalRequest, opts: GuardedOptions = {}) =>
      act(path`/v1/applications/${id}/organiser-withdrawal`, body, ApplicationSchema, opts),
    /** Organisers: give a dossier to another account (a verified agent of the commune), with the reason. */
    reassign: async (id: string, body: ReassignRequest, opts: GuardedOptions = {}) =>
      act(path`/v1/applications/${id}/reassignment`, body, ApplicationSchema, opts),
    invitations: {
      /** Pending invitations to the dossier (owner and editors see them). */
      list: async (id: string, opts: RequestOptions = {}) =>
        getList(http, path`/v1/applications/${id}/invitations`, applicationSchema('Invitations'), opts),
      /**
       * Owner only: invites someone by e-mail to edit the dossier. The answer is the same whether or
       * not the address has an account; the e-mail tells them how to accept (creating an account if needed).
       */
      create: async (id: string, body: InvitationRequest, opts: CreateOptions = {}) =>
        post(http, path`/v1/applications/${id}/invitations`, body, applicationSchema('Invitation'), opts),
      /** Owner only: revokes a pending invitation; its link no longer works. */
      revoke: async (id: string, invitationId: string, opts: RequestOptions = {}) =>
        remove(http, path`/v1/applications/${id}/invitations/${invitationId}`, opts),
    },
    collaborators: {
      /** The dossier's owner and editors. */
      list: async (id: string, opts: RequestOptions = {}) =>
        getList(http, path`/v1/applications/${id}/collaborators`, applicationSchema('Collaborators'), opts),
      /** The owner removes an editor; an editor removes themself (leaves the dossier). */
      remove: async (id: string, accountId: string, opts: RequestOptions = {}) =>
        remove(http, path`/v1/applications/${id}/collaborators/${accountId}`, opts),
    },
  };
};
