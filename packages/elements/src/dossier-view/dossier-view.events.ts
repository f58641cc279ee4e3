import type { SectionComment } from '@qmi/core';

/** An organiser's comment on a section was published (`event.comment`); the commune sees it in its form. */
export class QmiSectionCommentEvent extends Event {
  constructor(readonly comment: SectionComment) {
    super('qmi-section-comment', { bubbles: true, composed: true });
  }
}
