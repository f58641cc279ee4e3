import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { buttonStyles } from '../styles/buttons.js';
import { hostTokens } from '../styles/tokens.js';

/**
 * Every colour, size and space from the kit's --qmi-* tokens (see src/styles/tokens.ts); only the forms' width is the session's own.
 * Here what every visitor may see first (the status, "Réessayer", a notice); the forms' styles come with
 * the sign-in form's chunk and the account bar's with its own (`session.signed-out.styles.ts`,
 * `session.signed-in.styles.ts`), adopted before they draw.
 */
export const sessionStyles = guardColours([
  hostTokens,
  buttonStyles,
  css`
    :host([hidden]) {
      display: none;
    }

    .status p {
      margin: 0;
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
