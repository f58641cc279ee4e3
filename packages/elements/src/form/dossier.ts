// The form's conversations with the platform about its dossier: which one to open, creating it,
// opening it in an autosave engine, sending it. Plain async functions, no rendering.
import {
  type Application,
  Autosave,
  type CallDefinition,
  ConflictError,
  indexedDbJournal,
  type Journal,
} from '@qmi/core';
import type { ReadyState, StartState } from './form-state.js';
import type { FormClient } from './form.client.js';

/** The commune's dossier for a call, if it has one not withdrawn (the platform lists the signed-in commune's only). */
export async function existingDossier(
  api: FormClient,
  call: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  for await (const application of api.applications.list({ callId: call }, { signal })) {
    if (application.status !== 'withdrawn') return application.id;
  }
  return undefined;
}

/** Creates the commune's dossier, or takes the one a colleague created meanwhile (the platform answers 409 with its id). */
export async function createDossier(api: FormClient, call: string, commune: string): Promise<string> {
  try {
    return (await api.applications.create(call, { commune })).id;
  } catch (error) {
    const existingId = error instanceof ConflictError ? error.existingApplicationId : undefined;
    if (existingId) return existingId;
    throw error;
  }
}

export interface EngineOptions {
  api: FormClient;
  /** Where unsaved edits wait (IndexedDB by default). */
  journal: Journal | undefined;
  debounceMs: number;
  /** Asks the person to sign in again on a 401 (a surrounding `<qmi-session>`); edits wait meanwhile. */
  reauthenticate: (() => Promise<void>) | undefined;
}

/** Opens a dossier in an autosave engine. */
export function openEngine(id: string, { api, journal, debounceMs, reauthenticate }: EngineOptions): Promise<Autosave> {
  return Autosave.open({
    client: api,
    applicationId: id,
    journal: journal ?? indexedDbJournal(),
    debounceMs,
    // A change made elsewhere (another device, an organiser's decision) shows without a reload.
    refreshIntervalMs: 30_000,
    onUnauthenticated: reauthenticate,
  });
}

export interface LoadOptions {
  api: FormClient;
  call: string;
  /** A dossier to open; without it, the commune's existing one, or none (the start step). */
  application: string;
  open(id: string): Promise<Autosave>;
  /** The call's definition when the page gave it: not requested again. */
  definition?: CallDefinition | undefined;
  signal: AbortSignal;
}

/**
 * Loads the call and opens the dossier given (both at once), or the commune's existing one, or none (the start step).
 * A load superseded while it opened its engine closes that engine: only the latest load holds one.
 */
export async function loadForm({
  api,
  call,
  application,
  open,
  definition: given,
  signal,
}: LoadOptions): Promise<StartState | ReadyState> {
  // A dossier the page names is opened beside its call: its request no longer waits for the call's answer.
  const opening = application ? open(application) : undefined;
  const definition =
    given ??
    (await api.calls.get(call, { signal }).catch((error: unknown) => {
      // The call's failure is the one shown, as when the dossier was asked for after it; its engine is closed.
      opening?.then(
        (engine) => engine.close(),
        () => undefined,
      );
      throw error;
    }));
  const id = application || (await existingDossier(api, call, signal));
  if (!id) return { phase: 'start', client: api, definition };
  const engine = await (opening ?? open(id));
  if (signal.aborted) {
    engine.close();
    signal.throwIfAborted();
  }
  return { phase: 'ready', client: api, definition, engine };
}

/**
 * Sends the dossier. A submission never leaves an edit behind: the last saves go first, and an edit
 * that could not be saved stops it (with the save's error, or `unsaved` naming the engine's status).
 */
export async function submitDossier(
  api: FormClient,
  engine: Autosave,
  unsaved: (engine: Autosave) => Error,
): Promise<Application> {
  await engine.flush();
  if (engine.state.pending.length > 0) throw engine.state.error ?? unsaved(engine);
  return api.applications.submit(engine.application.id, { ifMatch: engine.application.revision });
}
