import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { headerBadgeStyles } from '../styles/header-badge.js';
import { hostTokens } from '../styles/tokens.js';

/** Plain styles: AA contrast, visible focus, large targets; an unread notification says "Nouveau" (colour is never the only sign). */
export const notificationsStyles = guardColours([
  hostTokens,
  headerBadgeStyles,
  css`
    :host([hidden]) {
      display: none;
    }
    .list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_separator);
      overflow-wrap: anywhere;
    }
    .item--unread {
      border-left: 5px solid var(--_primary);
      padding-left: var(--_space-s);
    }
    .item--unread .item__title {
      font-weight: var(--_font-weight-strong);
    }
    .item__title,
    .item__date {
      margin: 0;
    }
    .item__date,
    .notice {
      color: var(--_muted);
      font-size: var(--_font-size-small);
    }
    .tag {
      font-weight: var(--_font-weight-strong);
      color: var(--_primary);
    }
    button {
      font: inherit;
      min-height: 44px;
      padding: var(--_space-xs) var(--_space-s);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_primary);
      cursor: pointer;
    }
    button:focus-visible {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }
    .notice--error {
      color: var(--_error);
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
