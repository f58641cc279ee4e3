import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MGP, type Commune } from '@qmi/validators';
import { QmiElement } from '../i18n/qmi-element.js';
import { translate } from '../i18n/translate.js';
import { communePickerStyles } from './commune-picker.styles.js';

/** Fired when the person picks a commune from the list. */
export class QmiCommuneSelectEvent extends Event {
  constructor(readonly commune: Commune) {
    super('qmi-commune-select', { bubbles: true, composed: true });
  }
}

const MESSAGES = {
  fr: { results: (n: number) => (n === 0 ? 'Aucune commune de la Métropole ne correspond.' : `${n} commune${n > 1 ? 's' : ''} proposée${n > 1 ? 's' : ''}.`) },
  en: { results: (n: number) => (n === 0 ? 'No commune of the Métropole matches.' : `${n} commune${n === 1 ? '' : 's'} suggested.`) },
};

/**
 * A type-ahead over the 130 communes of the Métropole du Grand Paris (former codes of merged
 * communes included), following the ARIA 1.2 combobox pattern: arrows move, Enter picks, Escape closes.
 *
 * @fires {QmiCommuneSelectEvent} qmi-commune-select - a commune was picked (`event.commune`)
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

  /** The text field's label. */
  @property() label = '';
  /** A hint under the label (none when empty). */
  @property() hint = '';
  /** The code of the chosen commune. */
  @property() value = '';

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;

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
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new QmiCommuneSelectEvent(commune));
  }

  private onInput(event: InputEvent) {
    this.query = (event.target as HTMLInputElement).value;
    this.open = this.query.trim().length > 0;
    this.active = -1;
  }

  private onKeyDown(event: KeyboardEvent) {
    const options = this.options;
    if (event.key === 'ArrowDown') {
      this.open = true;
      this.active = Math.min(options.length - 1, this.active + 1);
    } else if (event.key === 'ArrowUp') {
      this.active = Math.max(0, this.active - 1);
    } else if (event.key === 'Enter' && this.open && options[this.active]) {
      this.choose(options[this.active]!);
    } else if (event.key === 'Escape') {
      this.open = false;
      this.active = -1;
    } else return;
    event.preventDefault();
  }

  override render() {
    const options = this.options;
    const expanded = this.open && options.length > 0;
    return html`
      <label for="input">${this.label}</label>
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
        aria-describedby=${this.hint ? 'hint' : nothing}
        aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${() => setTimeout(() => (this.open = false), 150)}
      />
      <ul id="listbox" part="listbox" role="listbox" aria-label=${this.label} ?hidden=${!expanded}>
        ${options.map(
          (commune, i) =>
            html`<li id="option-${i}" part="option" role="option" aria-selected=${i === this.active ? 'true' : 'false'} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(commune)}>
              ${commune.name} (${commune.code}) — ${commune.territory}
            </li>`,
        )}
      </ul>
      <!-- The count is for screen readers; "no commune matches" is for everyone, under the field. -->
      ${this.open && options.length === 0 ? html`<p class="no-match" part="no-match">${translate(this, MESSAGES).results(0)}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.open ? translate(this, MESSAGES).results(options.length) : ''}</p>
    `;
  }
}
