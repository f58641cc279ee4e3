import type { CallDefinition, DecisionAction, DecisionRequest, FieldError, NotificationKind } from '@qmi/core';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { formLabel } from '../mail/review-mails.js';

/** The in-app notification (and e-mail) each decision sends the commune. */
export const DECISION_NOTIFICATION: Record<DecisionAction, NotificationKind> = {
  request_changes: 'changes_requested',
  declare_eligible: 'declared_eligible',
  declare_ineligible: 'declared_ineligible',
  select: 'selected',
  reject: 'not_selected',
};

/**
 * A decision says what it must: "request changes" names the fields to change (the applicant's form
 * marks them, so each must be a section, field or document kind of the call's form), "ineligible"
 * says why. 422 `decision_incomplete` when missing, `validation_failed` for a field the form lacks.
 */
export function requireDecisionComplete(c: Context<AppEnv>, call: CallDefinition, request: DecisionRequest): void {
  const missing = (path: 'fields' | 'reasons', fr: string, en: string) =>
    new ProblemError('decision_incomplete', {
      detail: say(c, fr, en),
      errors: [{ path, code: 'too_small', message: say(c, fr, en) }],
    });
  if (request.action === 'request_changes') {
    if (!request.fields?.length) {
      throw missing('fields', 'Indiquez au moins un élément à modifier.', 'Name at least one item to change.');
    }
    const unknown: FieldError[] = request.fields.flatMap((path, index) =>
      formLabel(call, path, 'fr') === undefined
        ? [
            {
              path: `fields.${index}`,
              code: 'unknown_field',
              message: say(
                c,
                `« ${path} » n’est ni une section ni un champ du formulaire de l’appel.`,
                `"${path}" is neither a section nor a field of the call's form.`,
              ),
            },
          ]
        : [],
    );
    if (unknown.length) throw new ProblemError('validation_failed', { errors: unknown });
  }
  if (request.action === 'declare_ineligible' && !request.reasons?.length) {
    throw missing('reasons', 'Indiquez au moins un motif.', 'Give at least one reason.');
  }
}

/**
 * 409 `selection_cap_reached` when the call's `maxSelected` dossiers are already selected. Called
 * inside the decision's transaction, so that two organisers selecting at once cannot both pass.
 */
export function requireSelectionRoom(c: Context<AppEnv>, call: CallDefinition): void {
  if (call.maxSelected === undefined) return;
  const selected = c.get('deps').store.decisions.selectedCount(call.id);
  if (selected < call.maxSelected) return;
  throw new ProblemError('selection_cap_reached', {
    detail: say(
      c,
      `${selected} communes sont déjà sélectionnées ; l’appel en retient ${call.maxSelected} au plus.`,
      `${selected} communes are already selected; the call selects ${call.maxSelected} at most.`,
    ),
    extra: { maxSelected: call.maxSelected, selected },
  });
}

/**
 * When the laureate's agreement must be signed by: the same instant `months` calendar months after
 * the selection (the brochure: "dans un délai maximum d'un mois après notification"). The day is kept
 * within the target month (31 January + 1 month = 29 February, not 2 March), so the delay never
 * exceeds what the call promises; the end of that day in Paris time is not needed.
 */
export function agreementDeadline(decidedAt: string, months: number): string {
  const date = new Date(decidedAt);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString();
}
