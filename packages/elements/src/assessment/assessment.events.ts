import type { Application, Assessment, Assignment, Decision } from '@qmi/core';

/** Fired when the reviewer sent their assessment (`event.assessment`): it no longer changes. */
export class QmiAssessmentSubmitEvent extends Event {
  constructor(readonly assessment: Assessment) {
    super('qmi-assessment-submit', { bubbles: true, composed: true });
  }
}

/** Fired when the reviewer declared a conflict of interest (`event.assignment`): they no longer open the dossier. */
export class QmiConflictDeclareEvent extends Event {
  constructor(readonly assignment: Assignment) {
    super('qmi-conflict-declare', { bubbles: true, composed: true });
  }
}

/** Fired when an organiser recorded a decision (`event.decision`, `event.application` as it now is). */
export class QmiDecisionEvent extends Event {
  constructor(
    readonly decision: Decision,
    readonly application: Application,
  ) {
    super('qmi-decision', { bubbles: true, composed: true });
  }
}
