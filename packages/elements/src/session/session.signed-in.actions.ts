import { AuthenticationError, type Lang } from '@qmi/core';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { SignOutQuestion } from './session.confirm.js';
import { EVERYWHERE_BUTTON, SIGN_OUT_BUTTON } from './session.model.js';
import { signedInWords, type SignedInWords } from './session.signed-in.messages.js';
import type { SessionClient } from './session.client.js';
import type { SessionShell } from './session.shell.js';

type SignOutModule = typeof import('./session.sign-out.js');

/** What the signed-in actions need from `<qmi-session>`, beside what every part does (the session's account and client). */
export interface SignedInHost extends SessionShell {
  /** Runs `then` with the sign-out's chunk (at once when here, else once it came; the element busy meanwhile). */
  withSignOut(then: (module: SignOutModule) => void): Promise<void>;
  /** Signed out or the account deleted: the sign-in step shows, its heading focused, `said` announced. */
  signedOut(said: string, everywhere: boolean): void;
  /** A sign-out is on its way: the sign-in step's parts come meanwhile (ProConnect's button). */
  signingOut(): void;
}

/**
 * What a signed-in agent does from the account bar: signing out (of this device or every one, with the
 * question first when something would be lost), the account deleted from `<qmi-account>`, the confirmation
 * e-mail sent again. It comes with the bar's chunk (`session.signed-in.ts`), fetched beside the session's
 * check when this browser keeps a session: a visitor who never signs in never downloads it, and the bar's
 * buttons never wait for it (they are drawn by the same chunk).
 */
export class SignedInActions {
  signingOut = false;
  /** A sign-out waiting for the person's yes. */
  question: SignOutQuestion | undefined;
  resendingVerification = false;
  /** The sign-out's chunk, once a sign-out button brought it (it draws the question). */
  private signOutChunk: SignOutModule | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly element: SignedInHost,
  ) {}

  private set<K extends 'signingOut' | 'question' | 'resendingVerification'>(key: K, value: this[K]): void {
    this[key] = value;
    this.host.requestUpdate();
  }

  /**
   * A sign-out button was pressed: it signs out at once, unless something unsent would be lost on this
   * device or every device is concerned; then the question comes first (`session.confirm.ts`).
   */
  async ask(everywhere: boolean): Promise<void> {
    const { account, base } = this.element.session;
    if (this.signingOut || !account) return;
    this.element.signingOut();
    const { nothingUnsent, SIGN_OUT_WARNING, unsentOf } = await this.signOutModule();
    const unsent = await unsentOf(base, account.id);
    if (!everywhere && nothingUnsent(unsent)) return this.signOut(false);
    this.set('question', { everywhere, unsent, failed: false });
    this.element.focus(SIGN_OUT_WARNING);
  }

  /** "Rester connecté": nothing changes; the focus goes back to the button that asked. */
  cancel(): void {
    this.element.focus(this.question?.everywhere ? EVERYWHERE_BUTTON : SIGN_OUT_BUTTON);
    this.set('question', undefined);
  }

  async signOut(everywhere: boolean): Promise<void> {
    const { client, account, base } = this.element.session;
    if (this.signingOut || !client || !account) return;
    this.set('signingOut', true);
    // Asked through `ask`: the chunk is here.
    const { forgetAccountData, unsentOf } = await this.signOutModule();
    if (!(await this.revoke(client, everywhere))) {
      // Every device was asked for and the platform did not answer: still signed in, told so.
      this.signingOut = false;
      this.set('question', { everywhere, unsent: await unsentOf(base, account.id), failed: true });
      return;
    }
    // The content lets go of the session first, so that nothing it holds is written back once forgotten.
    this.element.leave();
    await forgetAccountData(base, account.id);
    this.signingOut = false;
    this.question = undefined;
    const t = this.words;
    this.element.signedOut(everywhere ? t.signedOutEverywhereAnnounce : t.signedOutAnnounce, everywhere);
  }

  /**
   * `<qmi-account>` inside deleted the account: the platform already ended its sessions, so this device
   * forgets it as a sign-out would (token, drafts kept for it), and shows the sign-in step.
   */
  accountDeleted(): void {
    const { client, account, base } = this.element.session;
    if (!client || !account) return;
    this.element.leave();
    // Its token is forgotten; nothing is asked of the platform.
    this.element.session.forgetToken();
    void this.element.withSignOut((module) => void module.forgetAccountData(base, account.id));
    this.element.signedOut(this.words.accountDeletedAnnounce, true);
  }

  /** A signed-in account whose address is not confirmed yet asks for the confirmation mail again. */
  async resendVerification(): Promise<void> {
    const { client, account } = this.element.session;
    if (this.resendingVerification || !client || !account) return;
    this.set('resendingVerification', true);
    try {
      await client.auth.resendVerification({ continueUrl: this.element.continueUrl() });
      this.element.announce(this.words.verificationResent(account.email));
    } catch (error) {
      this.element.announce(this.element.failure(error));
    }
    this.set('resendingVerification', false);
  }

  /** The question waiting for the person's yes, if any (drawn by the sign-out's chunk, here since it was asked). */
  renderQuestion(t: SignedInWords, lang: Lang): TemplateResult | undefined {
    const { question, signOutChunk } = this;
    return (
      question &&
      signOutChunk?.renderSignOutQuestion({
        t,
        lang,
        question,
        signingOut: this.signingOut,
        confirm: () => void this.signOut(question.everywhere),
        cancel: () => this.cancel(),
      })
    );
  }

  /** The shell's words with the bar's, in the page's language now. */
  private get words(): SignedInWords {
    return signedInWords(this.element.words(), this.element.lang());
  }

  /** The sign-out's chunk, once `withSignOut` brought it. */
  private signOutModule(): Promise<SignOutModule> {
    return new Promise((resolve) => void this.element.withSignOut((module) => resolve((this.signOutChunk = module))));
  }

  /**
   * Signing out: this session's token is revoked (best effort) and forgotten by this device whatever
   * the answer. Signing out `everywhere` must reach the platform (the other devices are the point): if
   * it does not, nothing changes here and `false` says so. A 401 means this token already ended.
   */
  private async revoke(client: SessionClient, everywhere: boolean): Promise<boolean> {
    try {
      await (everywhere ? client.auth.signOutEverywhere() : client.auth.signOut());
    } catch (error) {
      // Revoking this session is best effort: this device forgets the token whatever the answer.
      if (everywhere && !(error instanceof AuthenticationError)) return false;
    }
    this.element.session.forgetToken();
    return true;
  }
}
