import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { hostTokens } from '../styles/tokens.js';

export const checklistStyles = guardColours([
  hostTokens,
  css`
    :host([hidden]) {
      display: none;
    }
    h2,
    h3,
    h4,
    h5,
    h6 {
      margin: var(--_space-m) 0 var(--_space-s);
      line-height: 1.25;
    }
    .title {
      font-size: calc(var(--_font-size-large) * 1.1);
      margin-top: 0;
    }
    [part~='section'] {
      margin: 0 0 calc(var(--_space-m) + var(--_space-xs));
    }
    [part~='section'] > :is(h2, h3, h4, h5, h6) {
      font-size: calc(var(--_font-size) * 1.125);
    }
    ul {
      margin: var(--_space-xs) 0;
      padding-left: calc(var(--_space-m) + var(--_space-xs));
    }
    li {
      margin: var(--_space-xs) 0;
    }
    .plain {
      list-style: none;
      padding-left: 0;
    }
    .muted,
    .description {
      color: var(--_muted);
      margin: var(--_space-xs) 0;
    }
    /* The overall line: the state is in the words; the border only repeats it. */
    [part~='status'] {
      font-weight: var(--_font-weight-strong);
      margin: 0 0 var(--_space-m);
      padding: var(--_space-s) calc(var(--_space-s) + var(--_space-xs));
      border-left: 5px solid var(--_error);
      background: var(--_surface);
    }
    [part~='status'].overall--ready {
      border-left-color: var(--_success);
    }
    .tag {
      display: inline-block;
      font-weight: var(--_font-weight-strong);
      font-size: var(--_font-size-small);
      padding: 0 calc(var(--_space-xs) * 1.5);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      margin-inline-end: calc(var(--_space-xs) * 1.5);
    }
    .tag--ready,
    .tag--met,
    .ok {
      color: var(--_success);
    }
    .tag--partial {
      color: var(--_warning);
    }
    .tag--not_started,
    .tag--unmet {
      color: var(--_muted);
    }
    .ok {
      font-weight: var(--_font-weight-strong);
    }
    [part~='criterion'] {
      border-top: 1px solid var(--_separator);
      padding-top: var(--_space-s);
      margin-top: var(--_space-s);
    }
    [part~='criterion'] > :is(h2, h3, h4, h5, h6) {
      font-size: var(--_font-size);
      margin: var(--_space-xs) 0;
    }
    [part~='signal'] {
      list-style: none;
      margin-left: calc(-1 * (var(--_space-m) + var(--_space-xs)));
    }
    [part~='issue'] {
      color: var(--_ink);
    }
    .issues--error [part~='issue'] {
      border-left: 4px solid var(--_error);
      padding-left: var(--_space-s);
      list-style: none;
      margin-left: calc(-1 * (var(--_space-m) + var(--_space-xs)));
    }
    a[part~='link'] {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      font-weight: var(--_font-weight-strong);
    }
    a[part~='link']:hover {
      text-decoration-thickness: 3px;
    }
    .note {
      border-left: 5px solid var(--_primary);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
      margin: var(--_space-s) 0 calc(var(--_space-s) + var(--_space-xs));
    }
    .note strong {
      display: block;
    }
    .error {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
      margin: -1px;
      padding: 0;
      border: 0;
    }
  `,
]);
