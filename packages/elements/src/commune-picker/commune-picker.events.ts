import type { Commune } from '@qmi/validators';

/** Fired when the person picks a commune from the list. */
export class QmiCommuneSelectEvent extends Event {
  constructor(readonly commune: Commune) {
    super('qmi-commune-select', { bubbles: true, composed: true });
  }
}

/**
 * Fired when the person changes the text of a chosen commune: the choice is gone (`value` is empty),
 * so that a page does not act on a commune the field no longer shows.
 */
export class QmiCommuneClearEvent extends Event {
  constructor() {
    super('qmi-commune-clear', { bubbles: true, composed: true });
  }
}
