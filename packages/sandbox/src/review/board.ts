import type { Board, CallDefinition } from '@qmi/core';
import type { Deps } from '../http/env.js';
import type { AccountRow } from '../store/accounts.js';

/**
 * The board of a call: every dossier for organisers, the dossiers assigned to a reviewer (without a
 * conflict) for them. Completeness and eligibility come from `evaluate()` of @qmi/validators, the
 * same rules as the applicant's form. Issue 16 (S1 fills this in); exports (S4) use it too.
 */
export function boardOf(deps: Pick<Deps, 'store' | 'clock'>, call: CallDefinition, account: AccountRow): Board {
  void deps;
  void account;
  return {
    callId: call.id,
    rows: [],
    counts: {},
    selected: 0,
    ...(call.maxSelected ? { maxSelected: call.maxSelected } : {}),
  };
}
