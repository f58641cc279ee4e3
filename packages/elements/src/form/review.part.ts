// The organisers' feedback in the commune's form (decisions, fields to change, comments, the request for
// advice's dialog and state), one chunk loaded with `import()` only for a dossier that has some, or when
// the person opens the dialog (see `ReviewFeedback`): a new draft's page never downloads it.
export { renderReviewBanner } from './review-banners.js';
export { renderSectionFeedback } from './review-comments.js';
export { renderAdviceState, renderDialog } from './review-advice-dialog.js';
export { REVIEW_MESSAGES } from './review-feedback.messages.js';
