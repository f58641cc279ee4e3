import { Session } from '../../schemas/account.js';
import { Application } from '../../schemas/application.js';
import { Decision } from '../../schemas/lifecycle.js';
import {
  AdviceRequest,
  Annotation,
  Assessment,
  AssessmentsView,
  Assignment,
  Board,
  Receipt,
  Reviewer,
  SectionComment,
  Synthesis,
} from '../../schemas/review.js';
import { listOf } from './list.js';

/** The organisers' side's answers, loaded with `import()` beside its first request (see lazy-schema.ts). */
export { AdviceRequest, Annotation, Application, Assessment, AssessmentsView, Assignment, Board, Reviewer };
export { SectionComment, Session, Synthesis };
export const Reviewers = listOf(Reviewer);
export const Assignments = listOf(Assignment);
export const Annotations = listOf(Annotation);
export const Receipts = listOf(Receipt);
export const Decisions = listOf(Decision);
export const AdviceRequests = listOf(AdviceRequest);
export const SectionComments = listOf(SectionComment);
