import { css } from 'lit';

/**
 * Each colour reads the component's own property, then the kit's global token, then a default
 * that meets WCAG 2.1 AA on white (text 4.5:1, borders and focus ring 3:1): the DSFR's palette.
 */
export const sessionStyles = css`
  :host {
    --_text: var(--qmi-session-text-color, var(--qmi-color-text, #161616));
    --_muted: var(--qmi-session-muted-color, var(--qmi-color-text-muted, #3a3a3a));
    --_surface: var(--qmi-session-surface-color, var(--qmi-color-surface, #ffffff));
    --_accent: var(--qmi-session-accent-color, var(--qmi-color-accent, #000091));
    --_on-accent: var(--qmi-session-on-accent-color, var(--qmi-color-on-accent, #ffffff));
    --_error: var(--qmi-session-error-color, var(--qmi-color-error, #ce0500));
    --_border: var(--qmi-session-border-color, var(--qmi-color-border, #3a3a3a));
    --_focus: var(--qmi-session-focus-color, var(--qmi-color-focus, #0a76f6));
    --_radius: var(--qmi-session-radius, var(--qmi-radius, 0.25rem));
    --_space: var(--qmi-session-space, var(--qmi-space, 1rem));
    display: block;
    color: var(--_text);
    font-family: var(--qmi-font-family, inherit);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  form {
    display: grid;
    gap: var(--_space);
    max-width: var(--qmi-session-form-width, 28rem);
  }

  .heading {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.25;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  label {
    font-weight: 700;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
  }

  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .field--error {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }

  .field--error input {
    border-color: var(--_error);
  }

  .error-message {
    margin: 0;
    color: var(--_error);
    font-weight: 700;
  }

  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
  }

  .error-summary__title {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .actions p {
    margin: 0;
  }

  .button {
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
  }

  /* A button that reads as a link: it switches forms in place, it does not navigate. */
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  :is(input, button, a, [tabindex]):focus-visible,
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .account-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
    margin-block-end: var(--_space);
    padding-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }

  .account-bar p,
  .status p {
    margin: 0;
  }

  .status {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
  }

  .notice {
    margin: 0 0 var(--_space);
    padding: 0.5rem var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
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
    .button--primary {
      border-color: ButtonText;
    }
  }
`;
