import { css } from 'lit';

/**
 * The question before a sign-out, with the sign-out's chunk: adopted by the element when the chunk comes
 * (guarded under the high-contrast theme as the rest, see `session.component.ts`).
 */
export const signOutQuestionStyles = css`
    /* The question before a sign-out: GOV.UK's warning text, then "sign out anyway" or "stay signed in". */
    .question {
      display: grid;
      justify-items: start;
      gap: var(--_space-m);
      margin-block-end: var(--_space-m);
    }

    .warning {
      display: flex;
      align-items: flex-start;
      gap: var(--_space-m);
    }

    .warning:focus {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }

    .warning__icon {
      flex: none;
      display: inline-grid;
      place-items: center;
      width: 2.2em;
      height: 2.2em;
      border: 3px solid var(--_ink);
      border-radius: 50%;
      background: var(--_ink);
      color: var(--_surface);
      font-weight: var(--_font-weight-strong);
      line-height: 1;
    }

    .warning__text {
      padding-block-start: 0.35em;
      font-weight: var(--_font-weight-strong);
    }

    .question__error {
      margin: 0;
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }

    .question__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }

    @media (forced-colors: active) {
      /* The icon's ink-on-surface inversion would paint the "!" in the backplate's own colour. */
      .warning__icon {
        background: Canvas;
        color: CanvasText;
        border-color: CanvasText;
      }
    }
`;
