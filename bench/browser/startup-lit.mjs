// The baseline of the start-up benchmark: lit alone, one element with a heading and a short list,
// defined and rendered as the page reaches it. What any Lit element costs before its own code.
import { css, html, LitElement } from 'lit';

class BenchLit extends LitElement {
  static styles = css`
    :host {
      display: block;
    }
  `;
  static properties = { items: { attribute: false } };
  constructor() {
    super();
    this.items = ['Candidatures', 'Instruction', 'Sélection', 'Programme'];
  }
  render() {
    return html`<h2>Calendrier</h2>
      <ol>
        ${this.items.map((item) => html`<li>${item}</li>`)}
      </ol>`;
  }
}
customElements.define('bench-lit', BenchLit);
