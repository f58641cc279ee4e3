import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusCandidates } from './uploader.rules.js';

/** The controls of a row, in their order. */
const controlsOf = (row: Element) => row.querySelectorAll<HTMLElement>('button, select, input');

interface RowFocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * Keeps the keyboard focus near when a render takes the focused control away (a file's row is keyed
 * `data-row` on its `<li>`): before each render it notes the focused control, its row, its place among
 * the row's controls and the rows then; after it, if that control is gone and the focus fell to the
 * page's body, the nearest control that makes sense takes it (see `focusCandidates`), else the file
 * input. In its own row it is the control at the same place: a row made anew because a file before it
 * left the list (each row is `keyed` to its file in a plain map) gives the focus back to the same button, and pause
 * gives way to resume. If the person had moved on elsewhere, the focus is not on the body and stays where it is.
 */
export class RowFocus implements ReactiveController {
  private before: { element: Element; row: string | undefined; place: number; rows: string[] } | undefined;
  /** A sent file's row key -> its recorded document's row key, for the render that turns one into the other. */
  private readonly became = new Map<string, string>();

  constructor(private readonly host: RowFocusHost) {
    host.addController(this);
  }

  /** The row `from` (a file being sent) becomes the row `to` (its recorded document) with the next render. */
  follow(from: string, to: string): void {
    this.became.set(from, to);
  }

  hostUpdate(): void {
    const active = this.host.shadowRoot?.activeElement;
    const row = active?.closest<HTMLElement>('li[data-row]');
    this.before = active
      ? {
          element: active,
          row: row?.dataset['row'],
          place: row ? [...controlsOf(row)].indexOf(active as HTMLElement) : -1,
          rows: this.rowKeys(),
        }
      : undefined;
  }

  hostUpdated(): void {
    const before = this.before;
    this.before = undefined;
    if (
      before &&
      !before.element.isConnected &&
      (!document.activeElement || document.activeElement === document.body)
    ) {
      const target = focusCandidates(before, this.became, this.rowKeys())
        .map((key) => {
          const row = this.host.renderRoot.querySelector(`li[data-row="${CSS.escape(key)}"]`);
          const controls = row ? controlsOf(row) : [];
          return (key === before.row ? controls[before.place] : undefined) ?? controls[0];
        })
        .find((control) => control);
      (target ?? this.host.renderRoot.querySelector<HTMLElement>('input[type="file"]'))?.focus();
    }
    // Set with the render that turns a sent file into its document: used by it or not at all.
    this.became.clear();
  }

  private rowKeys(): string[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-row]')].flatMap(
      (row) => row.dataset['row'] ?? [],
    );
  }
}
