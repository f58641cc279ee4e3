import { css, unsafeCSS } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { formControlStyles } from '../styles/form-controls.js';
import { hostTokens } from '../styles/tokens.js';

/**
 * How the dossier prints: black on white, no buttons or forms, each link followed by its address
 * (a paper copy still says where each document is), a new page for each section after the first,
 * and no entry, file or history line cut across two pages. Written once as [selector, declarations]
 * and scoped twice: under `@media print`, and under `print-preview` (the same page on screen).
 */
const PRINT: ReadonlyArray<readonly [string, string]> = [
  [':host', 'font-size: 11pt; line-height: 1.4;'],
  [
    ':host *',
    'color: #000 !important; background: #fff !important; border-color: #000 !important; box-shadow: none !important;',
  ],
  ['.actions, .comment-form, button, .status', 'display: none !important;'],
  ['a.link', 'text-decoration: none;'],
  ['a.link::after', 'content: " <" attr(href) ">"; font-weight: normal; overflow-wrap: anywhere;'],
  ['.section + .section', 'break-before: page;'],
  ['.entry, .file, .comment, tr, .item', 'break-inside: avoid;'],
  ['h2, h3, h4, h5, h6', 'break-after: avoid;'],
  ['.tag', 'border: 1px solid #000;'],
  // Paper does not scroll: the history's table is printed whole.
  ['.scroller', 'overflow: visible !important;'],
];

const scoped = (host: string): string =>
  PRINT.map(([selectors, declarations]) => {
    const list = selectors
      .split(',')
      .map((selector) => selector.trim())
      .map((selector) =>
        selector === ':host'
          ? host
          : selector.startsWith(':host ')
            ? `${host} ${selector.slice(6)}`
            : `${host} ${selector}`,
      );
    return `${list.join(', ')} { ${declarations} }`;
  }).join('\n');

/** The print sheet, on paper and in the preview: black on white whatever the screen's theme (no tokens, on purpose). */
export const dossierPrintStyles = [
  unsafeCSS(`@media print {\n${scoped(':host')}\n}`),
  unsafeCSS(scoped(':host([print-preview])')),
];

/** Every colour, size and space from the kit's --qmi-* tokens (src/styles/tokens.ts); then the print rules. */
export const dossierViewStyles = [
  ...guardColours([
    hostTokens,
    formControlStyles,
    css`
      :host([hidden]) {
        display: none;
      }
      .dossier {
        display: grid;
        /* One column no wider than the page (a grid's column would otherwise grow to its widest table). */
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space-l);
      }
      /* The history's table scrolls sideways in its own box on a narrow screen (WCAG 1.4.10 allows it
         for data tables), a box the keyboard reaches (the hosts' focus ring) and a screen reader names by
         the table's caption. */
      .scroller {
        overflow-x: auto;
      }
      .header {
        display: grid;
        gap: var(--_space-s);
      }
      .title,
      .call,
      .section > h1,
      .section > h2,
      .section > h3,
      .section > h4,
      .section > h5,
      .section > h6,
      .kind > * {
        margin: 0;
      }
      .call {
        color: var(--_muted);
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s) var(--_space-xl);
        margin: 0;
      }
      .facts div {
        display: flex;
        gap: var(--_space-s);
        align-items: baseline;
      }
      .facts dt {
        font-weight: var(--_font-weight-strong);
      }
      .facts dd {
        margin: 0;
      }
      .tag {
        display: inline-block;
        padding: 0 var(--_space-s);
        border: 2px solid var(--_primary);
        border-radius: var(--_radius);
        color: var(--_primary);
        font-weight: var(--_font-weight-strong);
      }
      .notice {
        margin: 0;
        padding: var(--_space-s) var(--_space-m);
        border-inline-start: 4px solid var(--_primary);
        background: var(--_surface-raised);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-s);
      }
      .section {
        display: grid;
        gap: var(--_space-m);
        padding-block-start: var(--_space-m);
        border-block-start: 1px solid var(--_separator);
      }
      .entries,
      .items dl,
      .person {
        display: grid;
        gap: var(--_space-s);
        margin: 0;
      }
      .entry dt,
      .person dt {
        font-weight: var(--_font-weight-strong);
      }
      .entry dd,
      .person dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .person div {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--_space-s);
      }
      .person dt::after {
        content: ' :';
      }
      .longtext,
      .comment-text {
        white-space: pre-line;
      }
      .empty {
        color: var(--_muted);
        font-style: italic;
      }
      .items {
        display: grid;
        gap: var(--_space-m);
        margin: var(--_space-xs) 0 0;
        padding-inline-start: var(--_space-l);
      }
      .item-title {
        display: block;
        font-weight: var(--_font-weight-strong);
        margin-block-end: var(--_space-xs);
      }
      .files,
      .comment-list {
        display: grid;
        gap: var(--_space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .file {
        display: grid;
        gap: var(--_space-xs);
      }
      .link {
        color: var(--_primary);
        font-weight: var(--_font-weight-strong);
        overflow-wrap: anywhere;
      }
      .details,
      .digest,
      .meta {
        color: var(--_muted);
        font-size: var(--_font-size-small);
        margin: 0;
      }
      .digest code {
        overflow-wrap: anywhere;
      }
      .comments {
        display: grid;
        gap: var(--_space-s);
        padding: var(--_space-m);
        border-inline-start: 4px solid var(--_primary);
        background: var(--_surface-raised);
      }
      .comments-title,
      .comment p {
        margin: 0;
      }
      .comment-form {
        display: grid;
        gap: var(--_space-xs);
      }
      .comment-form .button {
        justify-self: start;
        margin-block-start: var(--_space-xs);
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        padding: var(--_space-s);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_ink);
        font: inherit;
        resize: vertical;
      }
      textarea[aria-invalid='true'] {
        border-color: var(--_error);
      }
      .history {
        border-collapse: collapse;
        width: 100%;
      }
      .history caption {
        text-align: start;
        color: var(--_muted);
        padding-block-end: var(--_space-s);
      }
      .history th,
      .history td {
        text-align: start;
        vertical-align: top;
        padding: var(--_space-xs) var(--_space-s);
        border-block-end: 1px solid var(--_separator);
      }
    `,
  ]),
  ...dossierPrintStyles,
];
