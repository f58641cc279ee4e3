import * as z from 'zod/mini';
import { Collaborator } from '../../schemas/account.js';
import { Application } from '../../schemas/application.js';
import { HistoryEntry, Invitation } from '../../schemas/identity.js';
import { Decision } from '../../schemas/lifecycle.js';
import { pageOf } from '../../schemas/problem.js';
import { listOf } from './list.js';

/** The applications resource's answers, loaded with `import()` beside its first request (see lazy-schema.ts). */
export { Application, Invitation };
export const ApplicationPage = pageOf(Application);
export const Decided = z.object({ decision: Decision, application: Application });
export const Decisions = listOf(Decision);
export const HistoryEntries = listOf(HistoryEntry);
export const Invitations = listOf(Invitation);
export const Collaborators = listOf(Collaborator);
/** The body of a save's 200 from a platform that ignored `Prefer`: only its revision matters there. */
export const Saved = z.object({ revision: z.number() });
