import { css } from 'lit';
import { buttonStyles } from './buttons.js';
import { formFieldStyles } from './form-fields.js';

/**
 * The forms' controls of `<qmi-session>` and `<qmi-account>`: fields with their label, hint and error,
 * the error summary, buttons (primary, warning, busy), and text for screen readers only. Every colour,
 * size and space from the kit's tokens (src/styles/tokens.ts); each element adds its own layout.
 * Two files, so that an element may take the buttons first and the fields with the chunk that shows them.
 */
export const formControlStyles = css`
  ${formFieldStyles}
  ${buttonStyles}
`;
