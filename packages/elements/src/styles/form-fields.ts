import { css } from 'lit';

/**
 * The fields of the forms (`form-controls.ts`): a label, its hint, its error and its input, and the error
 * summary. Apart from the buttons so that an element whose fields come with a chunk (`<qmi-session>`'s
 * sign-in form) loads them with it, not with the page.
 */
export const formFieldStyles = css`

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

  /* The error summary takes focus programmatically (not :focus-visible): it shows the ring too. */
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
`;
