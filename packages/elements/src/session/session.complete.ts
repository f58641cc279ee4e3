import {
  type Account,
  accountResource,
  ApiError,
  type Application,
  invitationsResource,
  type Lang,
  reviewersResource,
  type Session,
  ValidationError,
  withResources,
} from '@qmi/core';
import { problemText } from '../i18n/problem-text.js';
import type { FragmentTask } from './session.links.js';
import { keepPending, takePending } from './session.pending.js';
import type { Notice } from './session.render.js';
import type { LinkAction, StepMessages } from './session.steps.messages.js';
import type { SessionClient } from './session.client.js';

/** What only links ask the platform: they come with this chunk, over the session's client (same token). */
export const LINK_RESOURCES = {
  account: accountResource,
  invitations: invitationsResource,
  reviewers: reviewersResource,
};

/** The session's client with the links' resources; the session keeps handing out the client itself. */
export const linkCalls = (client: SessionClient) => withResources(client, LINK_RESOURCES);

/** A text kept as a function of the words, so that it is told again in the page's language when `lang` changes. */
export type Said<T> = (s: StepMessages, lang: Lang) => T;

/** What finishing a link or a ProConnect return changes in the element. */
export interface CompletionOptions {
  base(): string;
  account(): Account | undefined;
  /** A link or ProConnect opened a session. */
  open(client: SessionClient, session: Session): void;
  /** The signed-in account changed (its address was confirmed). */
  update(client: SessionClient, account: Account): void;
  /** Shows "checking the link…" while the platform answers (signed out only). */
  completing(): void;
  /**
   * The form to choose a password, with the link's token: a new one (the reset link), or the first one of
   * a reviewer's account (the committee's invitation, for an address without an account).
   */
  choosePassword(token: string, mode: 'new-password' | 'reviewer-invitation'): void;
  /** The link expired or was used (410 token_invalid). */
  invalid(action: LinkAction): void;
  /** Signed out: a notice above the sign-in form (ProConnect refused, a link waiting for a sign-in). */
  notice(notice: Said<Notice>): void;
  /** Signed in: a settled result under the account bar, announced. */
  said(text: Said<string>): void;
  accepted(application: Application): void;
}

/**
 * Finishes what the URL fragment asked (`session.links.ts`): confirms the address and signs in,
 * opens the new-password form, confirms an address change, accepts an invitation (after a sign-in
 * when needed), accepts the selection committee's invitation (asking a new address for its password
 * first), or takes the session ProConnect's redirect left a one-time code for.
 */
export class LinkCompletion {
  constructor(private readonly options: CompletionOptions) {}

  /** Completes the link that waited for a sign-in (an invitation, an address change), if one still waits. */
  completePending(client: SessionClient): Promise<void> {
    const pending = takePending(this.options.base());
    return pending ? this.complete(client, { kind: 'action', ...pending }) : Promise.resolve();
  }

  async complete(client: SessionClient, task: FragmentTask): Promise<void> {
    const { options } = this;
    if (task.kind === 'proconnect-error') return this.proConnectRefused(task.code);
    if (task.kind === 'action' && task.action === 'reset-password')
      return options.choosePassword(task.token, 'new-password');
    const signedIn = options.account() !== undefined;
    // The token alone names the account of a confirmation or of the committee's invitation: no sign-in first.
    if (
      task.kind === 'action' &&
      !signedIn &&
      task.action !== 'verify-email' &&
      task.action !== 'reviewer-invitation'
    ) {
      // An invitation or an address change belongs to an account: the person signs in first.
      keepPending(options.base(), task);
      const action = task.action;
      return options.notice((s) => ({
        paragraphs: [action === 'accept-invitation' ? s.signInToAccept : s.signInToConfirmEmail],
      }));
    }
    if (!signedIn) options.completing();
    const calls = linkCalls(client);
    try {
      if (task.kind === 'proconnect') return options.open(client, await client.auth.exchangeProConnectCode(task.code));
      switch (task.action) {
        case 'verify-email':
          return options.open(client, await client.auth.verifyEmail(task.token));
        case 'accept-invitation': {
          const application = await calls.invitations.accept(task.token);
          options.said((s) => s.invitationAccepted);
          return options.accepted(application);
        }
        case 'confirm-email-change': {
          const account = await calls.account.confirmEmailChange(task.token);
          options.update(client, account);
          return options.said((s) => s.emailChanged(account.email));
        }
        case 'reviewer-invitation':
          // First without a password: an address that has an account keeps its own and is signed in at once.
          options.open(client, await calls.reviewers.accept({ token: task.token }));
          return options.said((s) => s.reviewerAccepted);
      }
    } catch (error) {
      if (task.kind === 'proconnect')
        return this.proConnectRefused(error instanceof ApiError ? error.code : 'proconnect_failed');
      if (task.action === 'reviewer-invitation' && this.reviewerRefused(task.token, error)) return;
      if (error instanceof ApiError && error.code === 'token_invalid') {
        const action = task.action;
        if (options.account()) return options.said((s) => s.linkInvalid[action]);
        return options.invalid(task.action);
      }
      const text: Said<string> = (s, lang) => (error instanceof ApiError && problemText(error, lang)) || s.linkFailed;
      if (options.account()) return options.said(text);
      options.notice((s, lang) => ({ paragraphs: [text(s, lang)] }));
    }
  }

  /**
   * What the committee's invitation answers besides a session: no account for the address yet (422 on
   * `password`: the person chooses one), or an account that works on dossiers (409: the way forward,
   * the link still good). Whether it was one of these.
   */
  private reviewerRefused(token: string, error: unknown): boolean {
    const { options } = this;
    if (error instanceof ValidationError && error.fieldErrors.some((field) => field.path === 'password')) {
      options.choosePassword(token, 'reviewer-invitation');
      return true;
    }
    if (error instanceof ApiError && error.code === 'account_holds_dossiers') {
      if (options.account()) options.said((s) => `${s.reviewerBlocked} ${s.reviewerBlockedWayForward}`);
      else
        options.notice((s) => ({
          heading: s.reviewerBlockedHeading,
          paragraphs: [s.reviewerBlocked, s.reviewerBlockedWayForward],
        }));
      return true;
    }
    return false;
  }

  proConnectRefused(code: string): void {
    this.options.notice((s) =>
      code === 'organisation_not_commune'
        ? { heading: s.proConnectRefusedHeading, paragraphs: [s.notCommune, s.notCommuneWayForward], offerSignUp: true }
        : { heading: s.proConnectRefusedHeading, paragraphs: [s.proConnectFailed] },
    );
  }
}
