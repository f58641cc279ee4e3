import type { Application, ApplicationDraftContent, CallDefinition, Lang } from '@qmi/core';
import type { EvaluableApplication, Report } from '@qmi/validators';
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import { langOf } from '../i18n/lang.js';
import type { Rules } from '../rules/load-rules.js';
import { QmiChangeEvent } from './events.js';

/** The dossier as the person sees it: the draft (the server's content with the local edits), with the server's id, commune, documents and status. */
export const evaluableOf = (application: Application, draft: ApplicationDraftContent): EvaluableApplication => ({
  ...draft,
  id: application.id,
  commune: application.commune,
  documents: application.documents,
  status: application.status,
});

/** A dossier as the person sees it, and the rules' report on it. */
export interface DossierSnapshot {
  application: EvaluableApplication;
  report: Report;
}

/**
 * The snapshot of an engine's dossier under a call's rules, at the platform's `now`, in `lang`. The rules
 * are given (`loadRules()`, see rules/load-rules.ts): the form fetches them beside the dossier's request.
 */
export function snapshotOf(
  engine: { application: Application; draft: ApplicationDraftContent },
  call: CallDefinition,
  now: Date,
  lang: Lang,
  { evaluate }: Pick<Rules, 'evaluate'>,
): DossierSnapshot {
  const application = evaluableOf(engine.application, engine.draft);
  return { application, report: evaluate(application, call, { now, lang }) };
}

/**
 * A value computed at most once per update of its host for the same key: the form's render, its change
 * event and a bound checklist read one snapshot of the dossier, instead of each rebuilding the draft
 * and running the rules. The next update computes it again (a keystroke, the clock, the language).
 */
export class PerUpdate<K, V> implements ReactiveController {
  private memo: { key: K; value: V } | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly compute: (key: K) => V,
  ) {
    host.addController(this);
  }

  get(key: K): V {
    const memo = this.memo?.key === key ? this.memo : { key, value: this.compute(key) };
    this.memo = memo;
    return memo.value;
  }

  hostUpdate(): void {
    this.memo = undefined;
  }
}

/**
 * Tells a checklist bound to the form (`qmi-change`) once per render, when the dossier as the person sees
 * it changed. The language is part of it: a bound checklist shows the report in the page's new language too.
 */
export class ChangeNotice implements ReactiveController {
  private told: Told | undefined;

  constructor(
    private readonly host: ReactiveElement,
    private readonly snapshot: () => DossierSnapshot | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const snapshot = this.snapshot();
    if (!snapshot) return;
    const next: Told = { lang: langOf(this.host), application: snapshot.application };
    const first = !this.told;
    if (this.told && signatureOf(this.told) === signatureOf(next)) return;
    this.told = next;
    this.host.dispatchEvent(new QmiChangeEvent(snapshot.application, snapshot.report));
    // The first dossier shown is told at once (a bound checklist shows its report in the same frame), but
    // its signature (the whole dossier written out, some 90 kB for 30 partners) waits until that frame is
    // painted: only the next change needs it. The drafts are never changed in place (see `setPath`).
    if (first) requestAnimationFrame(() => setTimeout(() => signatureOf(next)));
  }
}

/** A dossier told, in a language, and its signature once written (what the next one is compared with). */
interface Told {
  lang: string;
  application: EvaluableApplication;
  signature?: string;
}

function signatureOf(told: Told): string {
  told.signature ??= `${told.lang}|${JSON.stringify(told.application)}`;
  return told.signature;
}
