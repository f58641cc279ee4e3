import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { formControlStyles } from '../styles/form-controls.js';
import { hostTokens } from '../styles/tokens.js';

/** Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts), as `<qmi-account>`. */
export const assessmentStyles = guardColours([
  hostTokens,
  formControlStyles,
  css`
    :host([hidden]) {
      display: none;
    }

    .heading {
      margin: 0 0 var(--_space-m);
    }

    .heading:focus,
    [tabindex='-1']:focus {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }

    .section {
      display: grid;
      /* At 320 px a long e-mail address breaks rather than widening the page (WCAG 1.4.10); tables scroll in their box. */
      grid-template-columns: minmax(0, 1fr);
      overflow-wrap: anywhere;
      gap: var(--_space-m);
      padding-block: var(--_space-m) var(--_space-xl);
      border-block-start: 1px solid var(--_separator);
    }

    .section :is(h1, h2, h3, h4, h5, h6),
    .section p,
    .list {
      margin: 0;
    }

    form {
      display: grid;
      gap: var(--_space-m);
      max-width: 48rem;
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
    }

    .field--error textarea {
      border-color: var(--_error);
    }

    fieldset {
      display: grid;
      gap: var(--_space-s);
      margin: 0;
      padding: var(--_space-s) var(--_space-m) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    legend {
      padding-inline: var(--_space-xs);
      font-weight: var(--_font-weight-strong);
    }

    .choice {
      display: flex;
      gap: var(--_space-s);
      align-items: flex-start;
    }

    .choice input {
      width: 1.5rem;
      height: 1.5rem;
      min-height: 0;
      margin: 0;
      flex: none;
      accent-color: var(--_primary);
    }

    .choice label {
      font-weight: normal;
    }

    .criterion {
      display: grid;
      gap: var(--_space-s);
      padding-block-end: var(--_space-m);
      border-block-end: 1px solid var(--_separator);
    }

    .signals {
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 4px solid var(--_border);
      background: var(--_primary-tint);
    }

    .signals__list {
      margin: var(--_space-xs) 0 0;
      padding: 0;
      list-style: none;
    }

    .signal__mark {
      display: inline-block;
      width: 1.25em;
    }

    .signal--met .signal__mark {
      color: var(--_primary);
    }

    .save-status,
    .hint {
      color: var(--_muted);
    }

    .table-scroll {
      max-width: 100%;
      overflow-x: auto;
    }

    table {
      overflow-wrap: normal;
      border-collapse: collapse;
      min-width: 100%;
    }

    caption {
      padding-block-end: var(--_space-s);
      font-weight: var(--_font-weight-strong);
      text-align: start;
    }

    th,
    td {
      padding: var(--_space-s);
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }

    .comments dt {
      margin-block-start: var(--_space-s);
      font-weight: var(--_font-weight-strong);
    }

    .comments dd {
      margin-inline-start: var(--_space-m);
    }

    .list {
      display: grid;
      gap: var(--_space-s);
      padding-inline-start: var(--_space-m);
    }

    .reviewers li,
    .annotations li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      align-items: center;
    }

    .annotations li {
      display: grid;
      justify-items: start;
    }

    .prose {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }

    .private-note {
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 4px solid var(--_error);
    }

    .badge {
      justify-self: start;
      padding: 0 var(--_space-s);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      font-weight: var(--_font-weight-strong);
    }

    .warning-text {
      padding-inline-start: var(--_space-m);
      border-inline-start: 4px solid var(--_error);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
    }

    .button {
      justify-self: start;
    }

    .button--small {
      min-height: 2.75rem;
      padding-block: var(--_space-xs);
    }

    .done {
      padding-inline-start: var(--_space-m);
      border-inline-start: 4px solid var(--_primary);
    }
  `,
]);
