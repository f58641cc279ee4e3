import { AuthenticationError } from '../client/api-errors.js';
import { ConnectionError, TimeoutError } from '../client/errors.js';
import type { Conflict } from './rebase.js';

/**
 * - saved: the server holds every edit;
 * - pending: edits wait for the debounce;
 * - saving: a save is in flight;
 * - offline: the server cannot be reached; edits are kept on this device and retried;
 * - conflict: someone else changed a field you are editing; choose a version;
 * - unauthenticated: the session expired; edits are kept until you sign in again;
 * - error: the server refused the save (e.g. the deadline passed); edits are kept.
 */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'unauthenticated' | 'error';

/** The statuses a failed save leaves, each for its kind of failure. */
export type AutosaveFailure = Extract<AutosaveStatus, 'offline' | 'unauthenticated' | 'error'>;

/**
 * What the autosave shows a person (`Autosave.state`, and the `state` event): its status, when the last save
 * was acknowledged, the fields still waiting, the conflicts, the last failure and the dossier's revision.
 */
export interface AutosaveState {
  status: AutosaveStatus;
  /** When the server last acknowledged a save from here. */
  lastSavedAt: Date | undefined;
  /** Paths with an edit the server has not acknowledged yet. */
  pending: string[];
  conflicts: Conflict[];
  /** The last failure, for `offline`, `unauthenticated` and `error`. */
  error: Error | undefined;
  revision: number;
}

/** What the status is computed from: counts and the last failure, nothing stored twice. */
export interface StatusFacts {
  /** Fields with an open conflict. */
  conflicts: number;
  /** Edits that may be sent: pending and not in conflict. */
  sendable: number;
  /** Whether a save is on its way. */
  inFlight: boolean;
  /** Edits the server has not acknowledged, in conflict or not. */
  pending: number;
  /** The last failure, kept until a save succeeds or a retry is asked. */
  error: Error | undefined;
  /** The status that failure left, while it still stands (see `Autosave`: a conflict shown since ends it). */
  lastFailure: AutosaveFailure | undefined;
}

/**
 * The status the person sees, from the facts alone. A conflict with nothing else to send comes first
 * (only the person can move on); then a standing failure (the reason the edits wait); then the save
 * on its way; then edits waiting for the debounce.
 */
export function statusOf({ conflicts, sendable, inFlight, pending, error, lastFailure }: StatusFacts): AutosaveStatus {
  if (conflicts > 0 && sendable === 0 && !inFlight) return 'conflict';
  if (error && lastFailure) return lastFailure;
  if (inFlight) return 'saving';
  if (pending > 0) return conflicts > 0 ? 'conflict' : 'pending';
  return 'saved';
}

/** Which failure a save's error is: no answer is `offline`, a 401 `unauthenticated`, any other refusal `error`. */
export function failureOf(error: unknown): AutosaveFailure {
  if (error instanceof AuthenticationError) return 'unauthenticated';
  if (error instanceof ConnectionError || error instanceof TimeoutError) return 'offline';
  return 'error';
}

/** Statuses in which the engine waits for someone (a choice, a sign-in, a retry) rather than for the network. */
export const isStopped = (status: AutosaveStatus): boolean =>
  status === 'conflict' || status === 'unauthenticated' || status === 'error';

/** Statuses a failure left: the next try waits for its timer (offline) or for the person. */
export const isFailure = (status: AutosaveStatus): status is AutosaveFailure =>
  status === 'offline' || status === 'unauthenticated' || status === 'error';
