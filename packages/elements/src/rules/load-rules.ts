import type { ReactiveElement } from 'lit';
import { LazyPart } from '../form/lazy-part.js';
import { Chunk } from '../lazy/chunk.js';

/** The rules of the call (`evaluate()` and what it needs: the checks, the commune directory, their fr/en messages). */
export type Rules = typeof import('@qmi/validators');

/*
 * Why the rules are not in a first load: what a page shows at once does not need them. The checklist
 * without a dossier shows what the call asks for (the call's own text); with a dossier, and the form,
 * they need the dossier first, and that comes from the platform anyway: the rules are fetched with it
 * (start `load()` in the same turn as the request), so nobody waits for them on a normal connection.
 * Small helpers that a first render needs (the application window, formatCallInstant) are in
 * `@qmi/validators/application-window`, a file of its own: importing them does not bring the rules.
 */
const rules = new Chunk<Rules>(() => import('@qmi/validators'));

/** The rules, imported once for the whole page; a failed import (offline) is tried again at the next call. */
export const loadRules = (): Promise<Rules> => rules.get();

/** The rules if they already arrived (another element loaded them): usable in this very render. */
export const rulesNow = (): Rules | undefined => rules.value;

/**
 * The rules as a part of an element (a `LazyPart`): `load()` starts the import (with the element's
 * first request), the host renders again when they arrive, and after a failed import `failed` is
 * true until they arrive once the browser is back online (`partFailure(part)` says so in their place).
 * `value` is there at once when another element of the page already loaded them.
 */
export class RulesPart extends LazyPart<Rules> {
  constructor(host: ReactiveElement, loaded?: (rules: Rules) => void) {
    super(host, loadRules, loaded);
  }

  override get value(): Rules | undefined {
    return super.value ?? rulesNow();
  }
}
