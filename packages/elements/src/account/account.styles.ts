import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { hostTokens } from '../styles/tokens.js';

/** Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts), as `<qmi-session>`'s forms. */
export const accountStyles = guardColours([
  hostTokens,
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

    .field {
      display: grid;
      gap: var(--_space-xs);
    }

    label {
      font-weight: var(--_font-weight-strong);
    }

    .hint {
      margin: 0;
      color: var(--_muted);
    }

    input,
    select {
      box-sizing: border-box;
      width: 100%;
      min-height: 2.75rem;
      padding: var(--_space-s) calc(var(--_space-s) + var(--_space-xs));
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_ink);
      font: inherit;
    }

    .field--error {
      padding-inline-start: calc(var(--_space-s) + var(--_space-xs));
      border-inline-start: 4px solid var(--_error);
    }

    .field--error input {
      border-color: var(--_error);
    }

    .error-message {
      margin: 0;
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    .error-summary {
      padding: var(--_space-m);
      border: 4px solid var(--_error);
      border-radius: var(--_radius);
    }

    .error-summary:focus {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }

    .error-summary__title {
      margin: 0 0 var(--_space-s);
      font-size: var(--_font-size-large);
    }

    .error-summary ul {
      margin: 0;
      padding-inline-start: calc(var(--_space-m) + var(--_space-xs));
    }

    .error-summary a {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
    }

    .button {
      justify-self: start;
      min-height: 2.75rem;
      padding: var(--_space-s) var(--_space-m);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_primary);
      font: inherit;
      font-weight: var(--_font-weight-strong);
      cursor: pointer;
    }

    .button--primary {
      background: var(--_primary);
      color: var(--_on-primary);
    }

    .button--warning {
      border-color: var(--_error);
      background: var(--_error);
      color: var(--_on-primary);
    }

    .button[aria-disabled='true'] {
      cursor: progress;
    }

    .done {
      padding-inline-start: var(--_space-m);
      border-inline-start: 4px solid var(--_primary);
    }

    .visually-hidden {
      position: absolute !important;
      width: 1px !important;
      height: 1px !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
    }

    @media (forced-colors: active) {
      .button--primary,
      .button--warning {
        border-color: ButtonText;
      }
    }
  `,
]);
