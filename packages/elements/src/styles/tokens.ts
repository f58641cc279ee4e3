import { css } from 'lit';

/**
 * What every element's :host shares: the --qmi-* design tokens, each with its default, read once
 * into private --_* properties the element's own rules use. A partner restyles every element by
 * setting the public tokens on any ancestor.
 */
export const hostTokens = css`
  :host {
    display: block;
    font-family: var(--qmi-font-family, system-ui, sans-serif);
    color: var(--qmi-color-ink, #161616);
    line-height: 1.5;
    --_primary: var(--qmi-color-primary, #0b4fa8);
    --_error: var(--qmi-color-error, #c3001a);
    --_success: var(--qmi-color-success, #006b3c);
    --_warning: var(--qmi-color-warning, #8a4b00);
    --_focus: var(--qmi-focus-ring, #ffbf47);
    --_muted: var(--qmi-color-muted, #3a3a3a);
  }
`;
