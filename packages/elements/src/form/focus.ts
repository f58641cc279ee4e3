import type { Conflict } from '@qmi/core';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Announcer } from '../a11y/announcer.js';
import { fieldId } from './fields.js';
import { fieldIdFromUrl } from './sections.js';

/** What a container given as a focus target gives: its first enabled control. */
const CONTROLS = ':is(input, select, textarea, button, a[href]):not(:disabled)';

/** The element to focus for a target: a control (unless disabled), a container that takes focus (`tabindex`), or a container's first control. */
export const focusTarget = (element: Element | null): HTMLElement | null =>
  !element
    ? null
    : element.matches(CONTROLS) || element.hasAttribute('tabindex')
      ? (element as HTMLElement)
      : element.querySelector<HTMLElement>(CONTROLS);

/** A selector to try, or a falsy one to skip (a target that only exists in some states). */
export type FocusTargets = ReadonlyArray<string | false | undefined>;

export interface FormFocusOptions {
  announcer: Announcer;
  /** The dossier shown, when one is (a link's landing field is taken once per dossier). */
  dossier(): string | undefined;
  /** The landing field of a link is in this section: its messages are shown, as a summary link shows them. */
  landed(section: string): void;
}

/**
 * Where the focus goes in the form, so that it never falls to <body> and follows what the person is
 * doing: after an action that takes its own control away, back to the field being edited after signing
 * in again, to a new conflict's chooser on the field being typed in, and to the field a link from
 * another page names (`…#f-team-agent-email`).
 */
export class FormFocus implements ReactiveController {
  /** The field last focused (`#f-…`), where the focus goes back after signing in again. */
  lastField = '';
  /** The status-line control that had the focus before this update. */
  private statusFocus: Element | null = null;
  /** The conflicts already known, to tell a new one. */
  private knownConflicts = new Set<string>();
  private landingTaken = '';

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormFocusOptions,
  ) {
    host.addController(this);
    host.addEventListener('focusin', (event) => {
      const target = event.composedPath()[0] as Element;
      if (
        target.id?.startsWith('f-') &&
        target.matches('input, select, textarea') &&
        target.getRootNode() === this.root
      )
        this.lastField = `#${target.id}`;
    });
  }

  private get root(): HTMLElement | DocumentFragment {
    return this.host.renderRoot;
  }

  /**
   * The rule of every action that takes its own control away (a list item removed, a conflict decided,
   * a button that only shows in one state): once `action` is done and rendered, the focus goes to the
   * first of `targets` (selectors) that is there, so it never falls to <body>; then `message` is said.
   */
  async move(targets: FocusTargets, message?: string, action?: Promise<unknown>): Promise<void> {
    await action;
    await this.host.updateComplete;
    for (const target of targets) {
      const element = target ? focusTarget(this.root.querySelector(target)) : null;
      if (element) {
        element.focus();
        break;
      }
    }
    if (message) this.options.announcer.announce(message);
  }

  /** Takes the person to an element of the form (scrolled to the middle of the screen), or to its first control. */
  show(target: HTMLElement | null): void {
    target?.scrollIntoView({ block: 'center' });
    focusTarget(target)?.focus();
  }

  /** Takes the person to a section of the form, its top at the top of the screen. */
  toSection(id: string): void {
    const section = this.root.querySelector<HTMLElement>(`#section-${id}`);
    section?.scrollIntoView({ block: 'start' });
    section?.focus();
  }

  /** The conflicts of a dossier just opened: known, none of them takes the focus. */
  knowConflicts(conflicts: readonly Conflict[]): void {
    this.knownConflicts = new Set(conflicts.map((conflict) => conflict.path));
  }

  /**
   * A conflict on the field being typed in: the focus goes to its chooser, right after the field (the
   * chooser itself, not a button that a key still being typed would press).
   */
  followConflicts(conflicts: readonly Conflict[]): void {
    const active = this.host.shadowRoot?.activeElement;
    const fresh = conflicts.find(
      (conflict) => !this.knownConflicts.has(conflict.path) && active?.closest(`#${fieldId(conflict.path)}`),
    );
    this.knowConflicts(conflicts);
    if (fresh) void this.move([`#${fieldId(fresh.path)}-conflict`]);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    this.statusFocus = active?.closest('.status') ? active : null;
  }

  hostUpdated(): void {
    // A status-line button ("Réessayer", "Se reconnecter") goes away when its save goes through, which
    // may be a while after the press: the focus it had goes to the status line, not to <body>.
    const lost = this.statusFocus;
    if (lost && !lost.isConnected && (!document.activeElement || document.activeElement === document.body)) {
      this.root.querySelector<HTMLElement>('#status')?.focus();
    }
    this.takeLanding();
  }

  /**
   * A page opened from another page's link to a field (`…#f-team-agent-email`): once the dossier is
   * shown, take the person to that field, with its section's messages, as the summary's links do in a page.
   */
  private takeLanding() {
    const id = fieldIdFromUrl();
    const dossier = this.options.dossier();
    const key = `${dossier ?? ''}|${id ?? ''}`;
    if (dossier === undefined || !id || key === this.landingTaken) return;
    this.landingTaken = key;
    const target = this.root.querySelector<HTMLElement>(`#${id}`);
    const section = target?.closest('section.section')?.id.replace(/^section-/, '');
    if (!target || !section) return;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    // Revealed once this update is over: a state set inside `updated` would schedule an update within it.
    void this.host.updateComplete.then(() => this.options.landed(section));
  }
}
