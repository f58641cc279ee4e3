import { css } from 'lit';
import { formFieldStyles } from '../styles/form-fields.js';

/**
 * The forms' styles (the page's, the dialog's, the steps between them), with the sign-in form's chunk:
 * adopted by the element before the form first draws, after its own (`session.styles.ts`).
 */
export const signedOutStyles = css`
  ${formFieldStyles}

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
`;
