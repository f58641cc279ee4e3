import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { headerBadgeStyles } from '../styles/header-badge.js';
import { hostTokens } from '../styles/tokens.js';

/**
 * Plain styles: AA contrast, visible focus, large targets; every colour, size and space from the --qmi-* tokens.
 * Under forced colours the unread badge is a framed count, not a LinkText fill around its text's Canvas backplate.
 */
export const messagesStyles = guardColours([
  hostTokens,
  headerBadgeStyles,
  css`
    :host([hidden]) {
      display: none;
    }
    .thread {
      list-style: none;
      margin: 0 0 var(--_space-m);
      padding: 0;
      max-height: var(--qmi-messages-max-height, 28rem);
      overflow-y: auto;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space-s) + var(--_space-xs));
    }
    .message {
      padding: var(--_space-s) calc(var(--_space-s) + var(--_space-xs));
      border-radius: var(--_radius-large);
      border: 1px solid var(--_separator);
      max-width: 85%;
      background: var(--qmi-messages-theirs-background, var(--_surface-raised));
    }
    .message--mine {
      align-self: flex-end;
      background: var(--qmi-messages-mine-background, var(--_primary-tint));
      border-color: color-mix(in srgb, var(--_primary) 60%, var(--_surface));
    }
    .message--failed {
      border-left: 5px solid var(--_error);
    }
    .message--sending {
      border-style: dashed;
    }
    .meta {
      margin: 0;
      font-size: var(--_font-size-small);
      color: var(--_muted);
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-s);
    }
    .author {
      font-weight: var(--_font-weight-strong);
      color: var(--_ink);
    }
    .body {
      margin: var(--_space-xs) 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .state {
      margin: var(--_space-xs) 0 0;
      font-weight: var(--_font-weight-strong);
      font-size: var(--_font-size-small);
    }
    .message--failed .state {
      color: var(--_error);
    }
    .reason {
      margin: var(--_space-xs) 0 0;
      font-size: var(--_font-size-small);
    }
    .notice {
      margin: 0 0 var(--_space-m);
      color: var(--_muted);
    }
    .notice--error {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    form {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
    }
    label {
      font-weight: var(--_font-weight-strong);
    }
    .hint {
      margin: 0;
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .error {
      margin: 0;
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    textarea {
      font: inherit;
      min-height: 5rem;
      padding: var(--_space-s);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      resize: vertical;
      box-sizing: border-box;
      width: 100%;
      background: var(--_surface);
      color: var(--_ink);
    }
    textarea[aria-invalid='true'] {
      border-color: var(--_error);
    }
    button {
      font: inherit;
      font-weight: var(--_font-weight-strong);
      padding: var(--_space-s) var(--_space-m);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      cursor: pointer;
      min-height: 2.75rem;
      box-sizing: border-box;
      align-self: flex-start;
    }
    button.retry {
      background: var(--_surface);
      color: var(--_primary);
      margin-top: var(--_space-xs);
      min-height: 2.25rem;
      padding: var(--_space-xs) calc(var(--_space-s) + var(--_space-xs));
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  `,
]);
