import { initialState, Task, TaskStatus } from '@lit/task';
import { type Application, type Autosave, type CallDefinition, ConnectionError } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createDossier, loadForm, submitDossier } from './dossier.js';
import { asError, definitionOf, LOADING, type FormState, type ReadyState, type StartState } from './form-state.js';
import type { FormClient } from './form.client.js';

/** What names the dossier to load: the client (none yet: nothing to load), the call, the application id (or ''), whether someone is signed in. */
export type DossierArgs = readonly [
  client: FormClient | undefined,
  call: string,
  application: string,
  signedIn: boolean,
];

export interface DossierOptions {
  args(): DossierArgs;
  /** The call's definition the page gave, if any: used rather than requested when it is this call's. */
  definition?(): CallDefinition | undefined;
  /** A load starts (its first request leaves now): what the form fetches beside it (the rules) starts too. */
  loading?(): void;
  /** Opens a dossier in an autosave engine. */
  open(client: FormClient, id: string): Promise<Autosave>;
  /** The engine's state changed (status, pending edits, conflicts). */
  change(engine: Autosave): void;
  /** The server acknowledged a save. */
  saved(application: Application): void;
  /** Loading or creating the dossier failed (the state is `failed`). */
  failed(problem: Error): void;
}

/**
 * The form's state and the dossier it holds. A `Task` loads the call and opens the dossier whenever
 * what names them changes (a newer load aborts an older one, whose result is ignored), and nothing is
 * asked before someone is signed in, so no 401 (nor `qmi-error`) reaches a page that signs people in
 * itself. The engine of the dossier held is listened to (every change re-renders the form) and closed
 * when another state replaces it or the form leaves the page; a form out of the page holds no engine,
 * and one put back in the page loads again.
 */
export class DossierController implements ReactiveController {
  private held: FormState = LOADING;
  private listening: AbortController | undefined;
  private connected = false;
  private left = false;
  private onlineListener: AbortController | undefined;
  private readonly loader: Task<DossierArgs, Awaited<ReturnType<typeof loadForm>>>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DossierOptions,
  ) {
    host.addController(this);
    this.loader = new Task(host, {
      args: () => options.args(),
      task: ([client, call, application, signedIn], { signal }) => {
        if (!client || !signedIn || !call) return initialState;
        options.loading?.();
        const given = options.definition?.();
        const definition = given?.id === call ? given : undefined;
        return loadForm({ api: client, call, application, definition, signal, open: (id) => options.open(client, id) });
      },
      onComplete: (loaded) => this.show(loaded),
      onError: (error) => this.fail(error),
    });
  }

  /** What the form shows: loading while a load runs (the dossier held stays open until the loaded state replaces it). */
  get state(): FormState {
    return this.loader.status === TaskStatus.PENDING ? LOADING : this.held;
  }

  /** The dossier held, also while a new load runs. */
  get ready(): ReadyState | undefined {
    return this.held.phase === 'ready' ? this.held : undefined;
  }

  /** The call's definition, once loaded (also while a new load runs). */
  get definition(): CallDefinition | undefined {
    return definitionOf(this.held);
  }

  /** Loads again (a retry after a failure); resolves once the load is over. */
  reload(): Promise<void> {
    return this.loader.run();
  }

  /** Creates the commune's dossier (or takes the one a colleague just created) and opens it. */
  async create({ client, definition }: StartState, call: string, commune: string): Promise<void> {
    try {
      const engine = await this.options.open(client, await createDossier(client, call, commune));
      this.show({ phase: 'ready', client, definition, engine });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Sends the dossier (see `submitDossier`), then opens it as sent. */
  async submit(state: ReadyState, unsaved: (engine: Autosave) => Error): Promise<Application> {
    const submitted = await submitDossier(state.client, state.engine, unsaved);
    this.show({ ...state, engine: await this.options.open(state.client, submitted.id) });
    return submitted;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.left) void this.reload();
    this.left = false;
    // A load that failed for want of a connection (offline, or the site's code unreachable) comes back by
    // itself when the browser is back online, as the form's lazy parts do: the person need not find "Réessayer".
    this.onlineListener = new AbortController();
    globalThis.addEventListener(
      'online',
      () => {
        if (this.held.phase === 'failed' && this.held.problem instanceof ConnectionError) void this.reload();
      },
      { signal: this.onlineListener.signal },
    );
  }

  hostDisconnected(): void {
    this.onlineListener?.abort();
    this.connected = false;
    this.left = true;
    this.show(LOADING);
  }

  private fail(error: unknown) {
    const problem = asError(error);
    this.show({ phase: 'failed', problem });
    this.options.failed(problem);
  }

  private show(next: FormState): void {
    const before = this.held.phase === 'ready' ? this.held.engine : undefined;
    const after = next.phase === 'ready' ? next.engine : undefined;
    if (after && !this.connected) {
      after.close();
      return;
    }
    if (before !== after) {
      this.listening?.abort();
      before?.close();
      this.listening = after && this.listen(after);
    }
    this.held = next;
    this.host.requestUpdate();
  }

  private listen(engine: Autosave): AbortController {
    const listening = new AbortController();
    const { signal } = listening;
    const changed = () => {
      this.host.requestUpdate();
      this.options.change(engine);
    };
    engine.addEventListener('change', changed, { signal });
    engine.addEventListener('remote', () => this.host.requestUpdate(), { signal });
    engine.addEventListener('saved', (event) => this.options.saved(event.detail.application), { signal });
    return listening;
  }
}
