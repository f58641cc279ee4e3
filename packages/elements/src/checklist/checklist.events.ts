/**
 * The person activated a missing item's link while the checklist is not bound to a form
 * (`for`): the page takes them to the field at `path` ("team.agent.email", "documents.mayor_letter").
 */
export class QmiChecklistNavigateEvent extends Event {
  constructor(readonly path: string) {
    super('qmi-checklist-navigate', { bubbles: true, composed: true, cancelable: true });
  }
}
