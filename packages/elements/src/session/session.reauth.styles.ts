import { css } from 'lit';

/** The sign-in-again dialog, with its chunk: adopted by the element when the chunk comes, as the sign-out's. */
export const reauthDialogStyles = css`
    dialog {
      max-width: min(32rem, calc(100vw - 2rem));
      padding: var(--_space-l);
      border: 1px solid var(--_separator);
      border-radius: var(--_radius-large);
      background: var(--_surface);
      color: var(--_ink);
    }

    dialog::backdrop {
      background: rgb(0 0 0 / 0.6);
    }
`;
