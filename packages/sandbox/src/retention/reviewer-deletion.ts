import type { Db } from '../db/database.js';
import { reviewerStore } from '../store/reviewers.js';

/**
 * What a reviewer's account deletion (GDPR art. 17) does to the committee's record, in the caller's
 * transaction. Their SUBMITTED assessments stay, ratings and comments, with their assignment: the
 * committee read them and its synthesis and decision rest on them (a deleted member's vote is not
 * withdrawn from a closed deliberation), and the retention rule erases the comments with the
 * dossier's other texts later. What goes is who they were: the account is anonymised by the caller
 * (address, names) and loses its organisation here (in a committee of a few experts, "ADEME" names
 * the person); as when organisers remove a reviewer (the role goes back to applicant's), drafts and
 * assignments without a submitted assessment go, conflicts of interest with them (their reasons are
 * about the reviewer's life); the history keeps that a reviewer was assigned
 * or stood aside (the anonymised id links the lines) but not their address nor the conflict's reason;
 * their invitations (address, organisation) go.
 */
export function reviewerErasure(db: Db) {
  // Drafts and assignments without a submitted assessment go as when organisers remove a reviewer.
  const reviewers = reviewerStore(db);
  const statements = [
    'UPDATE assignments SET conflict_reason = NULL WHERE reviewer_id = @id',
    `UPDATE application_events SET details = json_remove(details, '$.email')
     WHERE action IN ('reviewer_assigned', 'reviewer_unassigned') AND json_extract(details, '$.reviewerId') = @id`,
    `UPDATE application_events SET reason = NULL, details = json_remove(details, '$.email')
     WHERE action = 'conflict_declared' AND actor_id = @id`,
    'DELETE FROM reviewer_invitations WHERE accepted_by = @id OR email = @email',
    'UPDATE accounts SET organisation = NULL WHERE id = @id',
  ].map((sql) => ({ statement: db.prepare(sql), withEmail: sql.includes('@email') }));
  return (account: { id: string; email: string }): void => {
    reviewers.demote(account.id);
    for (const { statement, withEmail } of statements)
      statement.run(withEmail ? { id: account.id, email: account.email } : { id: account.id });
  };
}
