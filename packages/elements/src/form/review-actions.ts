// What the person does with the organisers' feedback: send a request for advice, mark a comment as dealt
// with. Part of the feedback's chunk (review.part.ts): only the dialog and the comments call them, and
// they are there only once that chunk is.
import type { SectionComment } from '@qmi/core';
import { ADVICE_MESSAGE, ADVICE_STATUS, commentId, type ReviewFeedback } from './review-feedback.js';

/** Sends the dialog's request for advice; an empty one, or a failure, is said in the dialog. */
export async function sendAdviceRequest(review: ReviewFeedback): Promise<void> {
  const { host, options } = review;
  const client = options.client();
  const dossier = options.dossier();
  const dialog = review.dialog;
  if (!client || !dossier || !dialog || dialog.busy) return;
  const t = review.t;
  const message = dialog.message.trim();
  if (!message) {
    review.dialog = { ...dialog, error: t.adviceEmpty };
    host.requestUpdate();
    void options.moveFocus([`#${ADVICE_MESSAGE}`]);
    return;
  }
  review.dialog = { ...dialog, error: undefined, busy: true };
  host.requestUpdate();
  try {
    const request = await client.advice.request(dossier.id, { message });
    review.record({ advice: [...review.feedback.advice.filter((item) => item.id !== request.id), request] });
    review.dialog = undefined;
    void options.moveFocus([`#${ADVICE_STATUS}`], t.adviceSent);
  } catch {
    review.dialog = { ...dialog, error: t.adviceFailed, busy: false };
    void options.moveFocus([`#${ADVICE_MESSAGE}`]);
  } finally {
    host.requestUpdate();
  }
}

/** "Marquer comme traité": a failure is said next to the comment. */
export async function resolveComment(review: ReviewFeedback, comment: SectionComment): Promise<void> {
  const { host, options } = review;
  const client = options.client();
  const dossier = options.dossier();
  if (!client || !dossier || review.resolving) return;
  const t = review.t;
  review.resolving = comment.id;
  review.resolveError = undefined;
  host.requestUpdate();
  try {
    const resolved = await client.advice.resolve(dossier.id, comment.id);
    review.record({ comments: review.feedback.comments.map((item) => (item.id === resolved.id ? resolved : item)) });
    review.resolving = undefined;
    // The button is gone: the focus goes to the comment, which now says it was dealt with.
    void options.moveFocus([`#${commentId(comment)}`], t.resolved);
  } catch {
    review.resolving = undefined;
    review.resolveError = { id: comment.id, message: t.resolveFailed };
    host.requestUpdate();
  }
}
