import type {
  Account,
  Annotation,
  Application,
  Assessment,
  AssessmentsView,
  Assignment,
  CallDefinition,
  Decision,
  Reviewer,
} from '@qmi/core';
import { ApiError } from '@qmi/core';
import type { AssessmentClient } from './assessment.client.js';

interface Common {
  me: Account;
  call: CallDefinition;
  application: Application;
  view: AssessmentsView;
}

/** What the element shows, each phase with what it needs (never a member asserted set). */
export type Loaded =
  | (Common & { phase: 'reviewer'; mine: Assessment })
  | (Common & {
      phase: 'organiser';
      assignments: Assignment[];
      reviewers: Reviewer[];
      annotations: Annotation[];
      decisions: Decision[];
      /** Dossiers of the call selected so far (for "n / maxSelected"); undefined when unknown. */
      selected: number | undefined;
      agreementSignedAt: string | undefined;
    })
  /** The reviewer declared a conflict of interest: the platform no longer opens the dossier to them. */
  | { phase: 'conflict' }
  /** An applicant, or a call without an assessment scale for a reviewer. */
  | { phase: 'denied'; reason: 'role' | 'no-scale' };

/** How many dossiers of the call are selected, and when this one's agreement was signed (the board's row). */
async function selection(client: AssessmentClient, call: CallDefinition, id: string, signal: AbortSignal) {
  try {
    const board = await client.board.get(call.id, { signal });
    return { selected: board.selected, agreementSignedAt: board.rows.find((row) => row.id === id)?.agreementSignedAt };
  } catch {
    // The board is a convenience here: the list of selected dossiers says the same count.
    let selected = 0;
    for await (const _ of client.applications.list({ callId: call.id, status: 'selected' }, { signal })) selected += 1;
    return { selected, agreementSignedAt: undefined };
  }
}

/** Everything the element needs for the signed-in person's role. */
export async function load(client: AssessmentClient, id: string, signal: AbortSignal): Promise<Loaded> {
  const me = await client.auth.me({ signal });
  if (me.role === 'applicant') return { phase: 'denied', reason: 'role' };
  try {
    const application = await client.applications.get(id, { signal });
    const call = await client.calls.get(application.callId, { signal });
    if (me.role === 'reviewer') {
      if (!call.assessmentScale) return { phase: 'denied', reason: 'no-scale' };
      const mine = await client.assessments.mine(id, { signal });
      const view = await client.assessments.view(id, { signal });
      return { phase: 'reviewer', me, call, application, mine, view };
    }
    const [view, assignments, reviewers, annotations, decisions, chosen] = await Promise.all([
      client.assessments.view(id, { signal }),
      client.assignments.list(id, { signal }),
      client.reviewers.list({ signal }),
      client.annotations.list(id, { signal }),
      client.applications.decisions(id, { signal }),
      selection(client, call, id, signal),
    ]);
    return {
      phase: 'organiser',
      me,
      call,
      application,
      view,
      assignments,
      reviewers,
      annotations,
      decisions,
      ...chosen,
    };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'conflict_of_interest') return { phase: 'conflict' };
    throw error;
  }
}
