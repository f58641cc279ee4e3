import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { focusCandidates } from './uploader.rules.js';

interface RowFocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly shadowRoot: ShadowRoot | null;
}

/**
 * Keeps the keyboard focus near when a render takes the focused control away (a file's row is keyed
 * `data-row` on its `<li>`): before each render it notes the focused control, its row and the rows then;
 * after it, if that control is gone and the focus fell to the page's body, the nearest control that
 * makes sense takes it (see `focusCandidates`), else the file input. If the person had moved on
 * elsewhere, the focus is not on the body and stays where it is.
 */
export class RowFocus implements ReactiveController {
  private before: { element: Element; row: string | undefined; rows: string[] } | undefined;
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
    this.before = active
      ? { element: active, row: active.closest<HTMLElement>('li[data-row]')?.dataset['row'], rows: this.rowKeys() }
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
        .map((key) =>
          this.host.renderRoot
            .querySelector(`li[data-row="${CSS.escape(key)}"]`)
            ?.querySelector<HTMLElement>('button, select, input'),
        )
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
