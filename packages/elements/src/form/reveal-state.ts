import type { CallDefinition } from '@qmi/core';
import type { Issue, Report } from '@qmi/validators';
import type { ReactiveControllerHost } from 'lit';
import { blocking, blockingIn, NOTHING_REVEALED, reveal, type Revealed } from './reveal.js';

export interface RevealStateOptions {
  /** Lists problems at the top: called once the list is rendered, to give it the focus. */
  listed(): Promise<void>;
  /** A checked section is complete: say so (the focus stays on its button). */
  complete(): void;
}

/**
 * Which of the rules' messages the person asked to see, and the problems listed at the top: none while
 * typing; a section's once it is checked (its problems listed, or said complete); all once sending is
 * tried (what blocks it listed). The rules themselves are pure functions (see `reveal.ts`); a change
 * here re-renders the host.
 */
export class RevealState {
  revealed: Revealed = NOTHING_REVEALED;
  summary: readonly Issue[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RevealStateOptions,
  ) {}

  /** Shows a section's messages (a link from another page landed on one of its fields, or it was checked). */
  reveal(section: string): void {
    this.revealed = reveal(this.revealed, section);
    this.host.requestUpdate();
  }

  /** A section checked: its messages show, and its problems are listed, or it is said complete. */
  check(section: string, report: Report, call: CallDefinition): Promise<void> {
    this.reveal(section);
    const issues = blockingIn(report, call, section);
    if (issues.length) return this.list(issues);
    this.clear();
    this.options.complete();
    return Promise.resolve();
  }

  /** Sending was tried: every message shows, and what blocks it is listed. Whether something blocks. */
  revealAll(report: Report): boolean {
    this.revealed = 'all';
    this.host.requestUpdate();
    const issues = blocking(report.issues);
    if (issues.length) void this.list(issues);
    return issues.length > 0;
  }

  /** Lists problems at the top (the list takes the focus). */
  list(issues: readonly Issue[]): Promise<void> {
    this.summary = issues;
    this.host.requestUpdate();
    return this.options.listed();
  }

  clear(): void {
    this.summary = [];
    this.host.requestUpdate();
  }
}
