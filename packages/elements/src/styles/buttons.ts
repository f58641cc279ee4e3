import { css } from 'lit';

/**
 * The forms' buttons (primary, warning, busy) and text for screen readers only (`form-controls.ts`): what
 * an element shows before any field, such as `<qmi-session>`'s "Réessayer" and account bar.
 */
export const buttonStyles = css`
  .button {
    min-height: 2.75rem;
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: var(--_font-weight-strong);
    cursor: pointer;
  }

  .button--primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  .button--warning {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_on-primary);
  }

  .button[aria-disabled='true'] {
    cursor: progress;
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
    .button--primary,
    .button--warning {
      border-color: ButtonText;
    }
  }
`;
