import type { Autosave, CallDefinition } from '@qmi/core';
import type { FormClient } from './form.client.js';

/** The call is loading (or waits for a sign-in), or the form left the page. */
export interface LoadingState {
  phase: 'loading';
}
/** Loading (or creating the dossier) failed: the form offers to try again. */
export interface FailedState {
  phase: 'failed';
  problem: Error;
}
/** The commune has no dossier for this call yet: the form offers to create one. */
export interface StartState {
  phase: 'start';
  /** The client that loaded the call: the dossier is created through it. */
  client: FormClient;
  definition: CallDefinition;
}
/** A dossier is open: its autosave engine is the dossier as this page holds it. */
export interface ReadyState {
  phase: 'ready';
  /** The client that opened the dossier: it is sent, and its documents uploaded, through it. */
  client: FormClient;
  definition: CallDefinition;
  engine: Autosave;
}

/** What the form shows, with what it needs to show it: no phase is ever without its data. */
export type FormState = LoadingState | FailedState | StartState | ReadyState;

export const LOADING: LoadingState = { phase: 'loading' };

/** Anything thrown, as an Error (a rejected promise may carry anything). */
export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** The call's definition, in the states that have one. */
export const definitionOf = (state: FormState): CallDefinition | undefined =>
  'definition' in state ? state.definition : undefined;
