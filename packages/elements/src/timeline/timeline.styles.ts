import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { buttonlessTokens } from '../styles/tokens.js';

export const timelineStyles = guardColours([
  // No button in a timeline: not the buttons' forced colours (styles/tokens.ts).
  buttonlessTokens,
  css`
    .title {
      margin: 0 0 var(--_space-s);
      font-size: var(--_font-size-large);
    }
    .status {
      border-left: 5px solid var(--_primary);
      padding: var(--_space-xs) calc(var(--_space-s) + var(--_space-xs));
      margin: var(--_space-s) 0 var(--_space-m);
    }
    .countdown {
      font-size: calc(var(--_font-size-large) * 1.2);
      font-weight: var(--_font-weight-strong);
      margin-right: var(--_space-s);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .phase {
      position: relative;
      padding: 0 0 var(--_space-m) var(--_space-l);
      border-left: 3px solid var(--_separator);
      margin-left: var(--_space-s);
    }
    .phase::before {
      content: '';
      position: absolute;
      left: -0.6rem;
      top: 0.3rem;
      width: 0.9rem;
      height: 0.9rem;
      border-radius: 50%;
      background: var(--_surface);
      border: 3px solid var(--_muted);
    }
    .phase--past::before {
      background: var(--_muted);
    }
    .phase--current {
      border-left-color: var(--_primary);
    }
    .phase--current::before {
      border-color: var(--_primary);
      background: var(--_primary);
    }
    .phase-title {
      font-weight: var(--_font-weight-strong);
    }
    .when {
      color: var(--_muted);
    }
    .milestones {
      margin: var(--_space-xs) 0 0 var(--_space-s);
    }
    .milestones li {
      margin: var(--_space-xs) 0;
    }
    .milestone--past .label {
      color: var(--_muted);
    }
    a {
      color: var(--_primary);
      text-decoration: underline;
    }
    .tag {
      font-size: var(--_font-size-small);
      padding: 0 calc(var(--_space-xs) * 1.5);
      background: var(--_surface-raised);
      color: var(--_muted);
      margin-left: var(--_space-s);
    }
    .phase--current > .tag {
      background: color-mix(in srgb, var(--_primary) 18%, var(--_surface));
      color: var(--_primary);
    }
    :host([layout='horizontal']) .phases {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--_space-m);
    }
    :host([layout='horizontal']) .phase {
      border-left: 0;
      border-top: 3px solid var(--_separator);
      padding: var(--_space-m) 0 0;
      margin: 0;
    }
    :host([layout='horizontal']) .phase--current {
      border-top-color: var(--_primary);
    }
    :host([layout='horizontal']) .phase::before {
      left: 0;
      top: -0.6rem;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      /* The step markers are drawn with backgrounds, which forced colours would erase. */
      .phase::before {
        forced-color-adjust: none;
        background: Canvas;
        border-color: CanvasText;
      }
      .phase--past::before,
      .phase--current::before {
        background: CanvasText;
      }
    }
  `,
]);
