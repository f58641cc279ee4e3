import { initialState, Task, TaskStatus } from '@lit/task';
import {
  AbortError,
  type Account,
  ApiError,
  AuthenticationError,
  ConnectionError,
  type Session,
  TimeoutError,
} from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clearToken, readToken } from './session.storage.js';
import type { SessionClient } from './session.client.js';

/** What start-up leads to. */
export type StartOutcome =
  | { kind: 'resumed'; account: Account }
  | { kind: 'opened'; session: Session }
  | { kind: 'signed-out'; expired: boolean; email: string }
  | { kind: 'unreachable'; error: unknown };

/** No answer is expected news (offline, platform down); anything else is a bug worth a console line. */
function unreachable(error: unknown): StartOutcome {
  if (!(error instanceof ConnectionError || error instanceof TimeoutError || error instanceof AbortError)) {
    console.error('<qmi-session>: the session could not be checked', error);
  }
  return { kind: 'unreachable', error };
}

/** A platform URL, absolute (a page may write `api-base="/"`) and without a trailing slash. */
export const resolveApiBase = (value: string, baseURI: string = document.baseURI): string =>
  new URL(value, baseURI).href.replace(/\/+$/, '');

export interface StartOptions {
  /** The platform's resolved URL: the key of its stored token. */
  base: string;
  /** For demo pages: the account signed in when no session is stored. */
  demo?: { email: string; password: string } | undefined;
  signal: AbortSignal;
}

/**
 * Resumes the stored session (checked with `GET /v1/me`), or signs in the demo account, or answers that
 * the person must sign in. Nothing is shown from here: the element applies the outcome, so that a start
 * superseded or cut short changes nothing.
 */
export async function resumeOrSignIn(
  client: SessionClient,
  { base, demo, signal }: StartOptions,
): Promise<StartOutcome> {
  const token = readToken(base);
  if (token) {
    client.setToken(token);
    try {
      return { kind: 'resumed', account: await client.auth.me({ signal }) };
    } catch (error) {
      // Offline or a platform down: the token may well be good, so it is kept for the retry.
      if (!(error instanceof AuthenticationError)) return unreachable(error);
      clearToken(base);
      client.setToken(undefined);
      return { kind: 'signed-out', expired: true, email: '' };
    }
  }
  if (demo?.email && demo.password) {
    try {
      return {
        kind: 'opened',
        session: await client.auth.signIn({ email: demo.email, password: demo.password }, { signal }),
      };
    } catch (error) {
      if (!(error instanceof ApiError)) return unreachable(error);
      // Said to whoever set up the demo page; the visitor gets the form, the e-mail filled in.
      console.warn(`<qmi-session>: the demo account ${demo.email} could not sign in (${error.code})`);
      return { kind: 'signed-out', expired: false, email: demo.email };
    }
  }
  return { kind: 'signed-out', expired: false, email: '' };
}

/** What start-up needs from the element. */
export interface StartUpOptions {
  /** The platform's URL (`api-base`): a start for each. */
  apiBase(): string;
  /** A start begins (`byRetry`: the person asked for it with "Réessayer"). */
  begin(byRetry: boolean): void;
  /** The client of the platform and the key of its stored token (`StartOptions`). */
  clientFor(apiBase: string): SessionClient;
  options(): Omit<StartOptions, 'signal'>;
  /** Shows what start-up led to (`byRetry`: the person asked for it). */
  settle(client: SessionClient | undefined, outcome: StartOutcome, byRetry: boolean): void;
  /** Whether the element still shows that it checks the session (a start under way). */
  checking(): boolean;
}

/**
 * Start-up, for each platform (`api-base`) and again on "Réessayer": resumes the stored session, or signs
 * in the demo account, or shows the sign-in form. A start for another platform supersedes the one under
 * way (`Task` aborts it and ignores its outcome); one cut short by leaving the page applies nothing, and
 * the element put back in the page starts again.
 */
export class StartUp implements ReactiveController {
  private retryAsked = false;
  private readonly task: Task<
    readonly [string],
    { client: SessionClient | undefined; outcome: StartOutcome; byRetry: boolean }
  >;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly start: StartUpOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [start.apiBase()] as const,
      task: async ([apiBase], { signal }) => {
        if (!apiBase) return initialState;
        const byRetry = this.retryAsked;
        start.begin(byRetry);
        let client: SessionClient | undefined;
        let outcome: StartOutcome;
        try {
          client = start.clientFor(apiBase);
          outcome = await resumeOrSignIn(client, { ...start.options(), signal });
        } catch (error) {
          outcome = { kind: 'unreachable', error };
        }
        // Taken out of the page meanwhile: nothing is applied, and coming back starts again.
        signal.throwIfAborted();
        return { client, outcome, byRetry };
      },
      onComplete: ({ client, outcome, byRetry }) => {
        this.retrying = false;
        start.settle(client, outcome, byRetry);
      },
    });
  }

  /** "Réessayer" was pressed and its start is under way: its button stays, busy, so that the focus is not dropped. */
  get retrying(): boolean {
    return this.retryAsked;
  }

  private set retrying(next: boolean) {
    this.retryAsked = next;
    this.host.requestUpdate();
  }

  /** Checks the session again ("Réessayer"), once at a time. */
  retry(): void {
    if (this.retrying) return;
    this.retrying = true;
    void this.task.run();
  }

  hostConnected(): void {
    // Put back in the page while its check was cut short: check again.
    if (this.start.checking() && this.task.status === TaskStatus.ERROR) void this.task.run();
  }

  hostDisconnected(): void {
    if (this.start.checking()) this.task.abort();
  }
}
