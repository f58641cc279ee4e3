import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { formControlStyles } from '../styles/form-controls.js';
import { hostTokens } from '../styles/tokens.js';

/** Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts). */
export const reviewBoardStyles = guardColours([
  hostTokens,
  formControlStyles,
  css`
    :host([hidden]) {
      display: none;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
    }

    .title {
      margin: 0;
    }

    .cap {
      margin: 0;
      padding: 0 var(--_space-s);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      font-weight: var(--_font-weight-strong);
    }

    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      margin: var(--_space-m) 0;
      padding: 0;
      list-style: none;
    }

    .count[aria-pressed='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }

    .filters {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-m);
      border: 1px solid var(--_separator);
      border-radius: var(--_radius);
    }

    .filters legend {
      padding: 0 var(--_space-xs);
      font-weight: var(--_font-weight-strong);
    }

    .filters__fields {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: var(--_space-m);
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s) var(--_space-m);
      margin: 0 0 var(--_space-m);
    }

    .toolbar p {
      margin: 0;
    }

    .notice {
      margin: var(--_space-m) 0;
    }

    .notice--error {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    /* Wide tables scroll inside their own box (WCAG 1.4.10 allows it for data tables). */
    .scroller {
      overflow-x: auto;
    }

    .scroller:focus-visible {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    }

    table {
      width: 100%;
      border-collapse: collapse;
    }

    caption {
      padding-block-end: var(--_space-s);
      font-weight: var(--_font-weight-strong);
      text-align: start;
    }

    th,
    td {
      padding: var(--_space-s);
      border-block-end: 1px solid var(--_separator);
      text-align: start;
      vertical-align: top;
    }

    thead th {
      border-block-end: 2px solid var(--_border);
      white-space: nowrap;
    }

    tbody tr:focus-within {
      background: var(--_primary-tint);
    }

    tr.checked {
      background: var(--_primary-tint);
    }

    .sort {
      display: inline-flex;
      gap: var(--_space-xs);
      padding: 0;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      font-weight: var(--_font-weight-strong);
      text-decoration: underline;
      cursor: pointer;
    }

    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      font-weight: var(--_font-weight-strong);
      text-align: start;
      text-decoration: underline;
      cursor: pointer;
    }

    .code,
    .muted {
      color: var(--_muted);
    }

    .tag {
      display: inline-block;
      padding: 0 var(--_space-xs);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      font-size: var(--_font-size-small);
      white-space: nowrap;
    }

    .no {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    .late {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    .issues,
    .people {
      margin: 0;
      padding-inline-start: var(--_space-m);
    }

    input[type='checkbox'] {
      width: 1.25rem;
      min-height: 0;
      height: 1.25rem;
      margin: 0;
      accent-color: var(--_primary);
    }

    .button--small {
      /* Its hidden words ("des pièces de …") are placed within it, not at the far end of the table,
         where they would widen what the table scrolls and the box of the button's text. */
      position: relative;
      min-height: 2.75rem;
      padding: var(--_space-xs) var(--_space-s);
    }
  `,
]);
