import type { Application, CallDefinition } from '@qmi/core';
import type { Deps } from '../http/env.js';

/**
 * Called inside the submission's transaction (routes/lifecycle.ts): issues the « récépissé de dépôt »
 * and tells the commune, with the receipt attached to the e-mail. Issue 16 (S4 fills this in).
 */
export function onSubmitted(deps: Deps, call: CallDefinition, application: Application, now: string): void {
  void deps;
  void call;
  void application;
  void now;
}
