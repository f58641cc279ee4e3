import { css } from 'lit';

/**
 * The organisers' side in the commune's form: GOV.UK-like notification banners (a thick edge in the
 * primary colour, green for good news, red for a refusal), the marker of a field to change (a thick
 * edge as for an error, in the primary colour, with its words: colour is never the only sign), the
 * organisers' comments beside a section, and the request-for-advice dialog.
 */
export const reviewStyles = css`
  .review-advice {
    margin: var(--_space-xl) 0;
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_separator);
  }
  .review-banner {
    border: 5px solid var(--_primary);
    padding: var(--_space-m);
    margin: var(--_space-m) 0;
  }
  .review-banner--eligible,
  .review-banner--selected {
    border-color: var(--_success);
  }
  .review-banner--ineligible {
    border-color: var(--_error);
  }
  .review-banner:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    outline-offset: var(--_focus-ring-offset);
  }
  .review-message {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    border-left: 4px solid var(--_separator);
    padding-left: var(--_space-s);
    margin: var(--_space-s) 0;
  }
  .review-list {
    padding-left: var(--_space-m);
  }
  .review-list li {
    margin: var(--_space-xs) 0;
  }
  .field--requested {
    border-left: 5px solid var(--_primary);
    padding-left: calc(var(--_space-s) + var(--_space-xs));
  }
  .field--requested.field--error {
    border-left-color: var(--_error);
  }
  .requested {
    color: var(--_primary);
    margin: var(--_space-xs) 0;
  }
  .review-comments {
    background: var(--_primary-tint);
    border-left: 5px solid var(--_primary);
    padding: var(--_space-s) var(--_space-m);
    margin: var(--_space-m) 0;
  }
  .review-comments__list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .review-comment {
    padding: var(--_space-s) 0;
  }
  .review-comment + .review-comment {
    border-top: 1px solid var(--_separator);
  }
  .review-comment--resolved .review-message {
    color: var(--_muted);
  }
  .review-dialog {
    max-width: min(40rem, calc(100vw - 2 * var(--_space-m)));
    border: 2px solid var(--_ink);
    padding: var(--_space-m);
    background: var(--_surface);
    color: var(--_ink);
  }
  .review-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .review-dialog textarea {
    width: 100%;
    box-sizing: border-box;
  }
  .review-dialog__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    margin-top: var(--_space-m);
  }
`;
