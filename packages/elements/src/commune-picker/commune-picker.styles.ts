import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { hostTokens } from '../styles/tokens.js';

export const communePickerStyles = guardColours([
  hostTokens,
  css`
    :host {
      position: relative;
    }
    label {
      display: block;
      font-weight: var(--_font-weight-strong);
    }
    .hint {
      color: var(--_muted);
      margin: var(--_space-xs) 0;
    }
    input {
      font: inherit;
      padding: var(--_space-s);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      width: min(100%, 28rem);
      box-sizing: border-box;
      background: var(--_surface);
      color: var(--_ink);
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      border: 2px solid var(--_border);
      border-top: 0;
      max-height: 16rem;
      overflow-y: auto;
      width: min(100%, 28rem);
      box-sizing: border-box;
      background: var(--_surface);
    }
    li {
      padding: calc(var(--_space-xs) * 1.5) var(--_space-s);
      cursor: pointer;
    }
    li[aria-selected='true'] {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .no-match {
      margin: var(--_space-xs) 0 0;
      color: var(--_ink);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      li[aria-selected='true'] {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
]);
