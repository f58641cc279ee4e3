import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MGP, type Commune } from '@qmi/validators';
import { QmiElement } from '../i18n/qmi-element.js';
import { translate } from '../i18n/translate.js';
import { QmiCommuneClearEvent, QmiCommuneSelectEvent } from './commune-picker.events.js';
import { COMMUNE_PICKER_MESSAGES } from './commune-picker.messages.js';
import { communePickerStyles } from './commune-picker.styles.js';

export { QmiCommuneClearEvent, QmiCommuneSelectEvent } from './commune-picker.events.js';

/**
 * How long typing must pause before the number of communes found is said: a count at every key
 * would be read over the person's own typing (GOV.UK's accessible-autocomplete waits too).
 */
const SETTLE_MS = 700;

/**
 * A type-ahead over the 130 communes of the Métropole du Grand Paris (former codes of merged
 * communes included), following the ARIA 1.2 combobox pattern: arrows move, Enter picks, Escape closes.
 * Once typing pauses, one polite status says how many communes were found, and only when that
 * number changed; "no commune matches" is that same status, shown under the field.
 *
 * @fires {QmiCommuneSelectEvent} qmi-commune-select - a commune was picked (`event.commune`)
 * @fires {QmiCommuneClearEvent} qmi-commune-clear - the text of the chosen commune was changed: `value` is empty again
 * @csspart input - the text field
 * @csspart listbox - the list of suggestions
 * @csspart option - one suggestion
 * @csspart no-match - the message shown when no commune matches what was typed
 * @cssproperty --qmi-color-primary - background of the highlighted suggestion
 * @cssproperty --qmi-color-on-primary - text of the highlighted suggestion
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - the hint
 * @cssproperty --qmi-color-surface - background of the field and the list
 * @cssproperty --qmi-color-border - borders of the field and the list
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - the label
 * @cssproperty --qmi-space-xs - around the hint, inside suggestions
 * @cssproperty --qmi-space-s - inside the field and suggestions
 * @cssproperty --qmi-radius - the field's corners
 * @cssproperty --qmi-focus-ring-color - the focus ring of the field
 * @cssproperty --qmi-focus-ring-width - the focus ring of the field
 * @cssproperty --qmi-focus-ring-offset - the focus ring of the field
 */
export class QmiCommunePicker extends QmiElement {
  static override styles = communePickerStyles;

  /** The text field's label ("Commune" when empty). */
  @property() label = '';
  /** Exposes the field as required (`aria-required`): the page will not go on without a commune. */
  @property({ type: Boolean }) required = false;
  /** A hint under the label (none when empty). */
  @property() hint = '';
  /** The code of the chosen commune. */
  @property() value = '';

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;
  /** The number of communes last said in the status, once typing paused; undefined when nothing is said. */
  @state() private settled: number | undefined;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  /** A code set by the page (a resumed dossier) shows as the commune's name, as a pick does. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value')) return;
    const found = this.value ? MGP.find(this.value)?.commune : undefined;
    if (found && !this.query.endsWith(`(${found.code})`)) this.query = `${found.name} (${found.code})`;
  }

  private get options(): Commune[] {
    return this.query.trim() ? MGP.search(this.query, 8) : [];
  }

  private choose(commune: Commune) {
    this.value = commune.code;
    this.query = `${commune.name} (${commune.code})`;
    this.close();
    this.dispatchEvent(new QmiCommuneSelectEvent(commune));
  }

  /** Closes the list and empties the status (emptying a live region is silent). */
  private close() {
    this.open = false;
    this.active = -1;
    clearTimeout(this.settleTimer);
    this.settled = undefined;
  }

  /** After a pause in typing, the number of communes found, if it is news. */
  private settleSoon() {
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      if (this.open && this.settled !== this.options.length) this.settled = this.options.length;
    }, SETTLE_MS);
  }

  private onInput(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    // The text no longer names the commune chosen: the choice goes, and the page hears of it.
    if (this.value) {
      this.value = '';
      this.dispatchEvent(new QmiCommuneClearEvent());
    }
    if (!this.query.trim()) return this.close();
    this.open = true;
    this.active = -1;
    this.settleSoon();
  }

  private onKeyDown(event: KeyboardEvent) {
    const options = this.options;
    const highlighted = this.open ? options[this.active] : undefined;
    if (event.key === 'ArrowDown') {
      if (!this.open && options.length) this.settleSoon();
      this.open = true;
      this.active = Math.min(options.length - 1, this.active + 1);
    } else if (event.key === 'ArrowUp') {
      this.active = Math.max(0, this.active - 1);
    } else if (event.key === 'Enter' && highlighted) {
      this.choose(highlighted);
    } else if (event.key === 'Escape') {
      this.close();
    } else return;
    event.preventDefault();
  }

  override render() {
    const t = translate(this, COMMUNE_PICKER_MESSAGES);
    const label = this.label || t.label;
    const options = this.options;
    const expanded = this.open && options.length > 0;
    // The status is the "no match" message everyone sees, and only that when it says so: one text, read once.
    const noMatch = this.open && options.length === 0 && this.settled === 0;
    return html`
      <label for="input">${label}</label>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      <input
        id="input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="listbox"
        aria-required=${this.required ? 'true' : nothing}
        aria-describedby=${this.hint ? 'hint' : nothing}
        aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() => setTimeout(() => this.close(), 150)}
      />
      <ul id="listbox" part="listbox" role="listbox" aria-label=${label} ?hidden=${!expanded}>
        ${options.map(
          (commune, i) =>
            html`<li id="option-${i}" part="option" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(commune)}>
              ${commune.name} (${commune.code}) — ${commune.territory}
            </li>`,
        )}
      </ul>
      <p role="status" class=${noMatch ? 'no-match' : 'visually-hidden'} part=${noMatch ? 'no-match' : nothing}>${this.settled === undefined ? '' : t.results(this.settled)}</p>
    `;
  }
}
