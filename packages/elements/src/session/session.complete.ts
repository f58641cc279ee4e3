import { type Account, ApiError, type Application, type Lang, type QmiClient, type Session } from '@qmi/core';
import { problemText } from '../i18n/problem-text.js';
import { type FragmentTask, keepPending, takePending } from './session.links.js';
import type { Notice } from './session.render.js';
import type { LinkAction, StepMessages } from './session.steps.messages.js';

/** A text kept as a function of the words, so that it is told again in the page's language when `lang` changes. */
export type Said<T> = (s: StepMessages, lang: Lang) => T;

/** What finishing a link or a ProConnect return changes in the element. */
export interface CompletionOptions {
  base(): string;
  account(): Account | undefined;
  /** A link or ProConnect opened a session. */
  open(client: QmiClient, session: Session): void;
  /** The signed-in account changed (its address was confirmed). */
  update(client: QmiClient, account: Account): void;
  /** Shows "checking the link…" while the platform answers (signed out only). */
  completing(): void;
  /** The reset link: the form to choose a new password, with its token. */
  choosePassword(token: string): void;
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
 * when needed), or takes the session ProConnect's redirect left a one-time code for.
 */
export class LinkCompletion {
  constructor(private readonly options: CompletionOptions) {}

  async complete(client: QmiClient, task: FragmentTask): Promise<void> {
    const { options } = this;
    if (task.kind === 'proconnect-error') return this.proConnectRefused(task.code);
    if (task.kind === 'action' && task.action === 'reset-password') return options.choosePassword(task.token);
    const signedIn = options.account() !== undefined;
    if (task.kind === 'action' && !signedIn && task.action !== 'verify-email') {
      // An invitation or an address change belongs to an account: the person signs in first.
      keepPending(options.base(), task);
      const action = task.action;
      return options.notice((s) => ({
        paragraphs: [action === 'accept-invitation' ? s.signInToAccept : s.signInToConfirmEmail],
      }));
    }
    if (!signedIn) options.completing();
    try {
      if (task.kind === 'proconnect') return options.open(client, await client.auth.exchangeProConnectCode(task.code));
      switch (task.action) {
        case 'verify-email':
          return options.open(client, await client.auth.verifyEmail(task.token));
        case 'accept-invitation': {
          const application = await client.invitations.accept(task.token);
          options.said((s) => s.invitationAccepted);
          return options.accepted(application);
        }
        case 'confirm-email-change': {
          const account = await client.account.confirmEmailChange(task.token);
          options.update(client, account);
          return options.said((s) => s.emailChanged(account.email));
        }
      }
    } catch (error) {
      if (task.kind === 'proconnect')
        return this.proConnectRefused(error instanceof ApiError ? error.code : 'proconnect_failed');
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

  /** Once signed in: the invitation or address change that waited for it. */
  afterSignIn(client: QmiClient): void {
    const pending = takePending(this.options.base());
    if (pending) void this.complete(client, { kind: 'action', ...pending });
  }

  proConnectRefused(code: string): void {
    this.options.notice((s) =>
      code === 'organisation_not_commune'
        ? { heading: s.proConnectRefusedHeading, paragraphs: [s.notCommune, s.notCommuneWayForward], offerSignUp: true }
        : { heading: s.proConnectRefusedHeading, paragraphs: [s.proConnectFailed] },
    );
  }
}
