import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { formControlStyles } from '../styles/form-controls.js';
import { hostTokens } from '../styles/tokens.js';

/**
 * Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts); only the forms' width is the session's own.
 * The account bar's e-mail address has no space to wrap at: it breaks anywhere rather than overflow at 320 px.
 */
export const sessionStyles = guardColours([
  hostTokens,
  formControlStyles,
  css`
    :host([hidden]) {
      display: none;
    }

    form {
      display: grid;
      gap: var(--_space-m);
      max-width: var(--qmi-session-form-width, 28rem);
    }

    .heading {
      margin: 0;
      font-size: calc(var(--_font-size-large) * 1.2);
      line-height: 1.25;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-m);
    }

    .actions p {
      margin: 0;
    }

    /* A button that reads as a link: it switches forms in place, it does not navigate. */
    .link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_primary);
      font: inherit;
      text-decoration: underline;
      cursor: pointer;
    }

    .account-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
      margin-block-end: var(--_space-m);
      padding-block-end: var(--_space-s);
      border-block-end: 1px solid var(--_border);
    }

    .account-bar p,
    .status p {
      margin: 0;
    }

    .account-bar p {
      overflow-wrap: anywhere;
    }

    .status {
      display: grid;
      justify-items: start;
      gap: var(--_space-s);
    }

    .notice {
      margin: 0 0 var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 4px solid var(--_primary);
    }
  `,
]);
