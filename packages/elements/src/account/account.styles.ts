import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { formControlStyles } from '../styles/form-controls.js';
import { hostTokens } from '../styles/tokens.js';

/** Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts), as `<qmi-session>`'s forms. */
export const accountStyles = guardColours([
  hostTokens,
  formControlStyles,
  css`
    :host([hidden]) {
      display: none;
    }

    .heading {
      margin: 0 0 var(--_space-m);
    }

    .heading:focus {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }

    .section {
      display: grid;
      gap: var(--_space-m);
      padding-block: var(--_space-m) var(--_space-xl);
      border-block-start: 1px solid var(--_separator);
    }

    .section > h1,
    .section > h2,
    .section > h3,
    .section > h4,
    .section > h5,
    .section > h6,
    .section p,
    .list {
      margin: 0;
    }

    .email {
      overflow-wrap: anywhere;
    }

    .badge {
      display: inline-block;
      margin-inline-start: var(--_space-s);
      padding: 0 var(--_space-s);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      font-weight: var(--_font-weight-strong);
    }

    .badge--ok {
      color: var(--_primary);
    }

    form {
      display: grid;
      gap: var(--_space-m);
      max-width: 32rem;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
    }

    .button {
      justify-self: start;
    }

    .done {
      padding-inline-start: var(--_space-m);
      border-inline-start: 4px solid var(--_primary);
    }

  `,
]);
