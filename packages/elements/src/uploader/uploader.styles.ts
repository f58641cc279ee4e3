import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { hostTokens } from '../styles/tokens.js';

/** The partner select is as wide as its longest partner's name, never wider than the uploader (reflow at 320 px). */
export const uploaderStyles = guardColours([
  hostTokens,
  css`
    .rules,
    .hint {
      color: var(--_muted);
      margin: var(--_space-xs) 0;
    }
    .error {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    .notice {
      border-left: 5px solid var(--_primary);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
    }
    .dropzone {
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space-m);
      margin: var(--_space-s) 0;
      display: flex;
      gap: var(--_space-m);
      align-items: center;
      flex-wrap: wrap;
    }
    .dropzone--active {
      border-color: var(--_primary);
      background: var(--_primary-tint);
    }
    /* The real input stays in the page, focusable and announced; its label is the visible button. */
    input[type='file'] {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    input[type='file']:focus-visible + .hint,
    .dropzone:focus-within .button {
      outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
      outline-offset: var(--_focus-ring-offset);
    }
    .button,
    button {
      font: inherit;
      font-weight: var(--_font-weight-strong);
      padding: var(--_space-s) var(--_space-m);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      cursor: pointer;
      display: inline-block;
      min-height: 2.75rem;
      box-sizing: border-box;
    }
    button[part~='secondary'] {
      background: var(--_surface);
      color: var(--_primary);
    }
    button[part~='warning'] {
      background: var(--_surface);
      color: var(--_error);
      border-color: var(--_error);
    }
    label {
      font-weight: var(--_font-weight-strong);
      display: block;
    }
    select {
      font: inherit;
      padding: calc(var(--_space-xs) * 1.5);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_ink);
      max-width: 100%;
      box-sizing: border-box;
    }
    .files {
      list-style: none;
      padding: 0;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
      align-items: center;
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_separator);
    }
    .file .name {
      font-weight: var(--_font-weight-strong);
    }
    .file--error {
      border-left: 5px solid var(--_error);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
    }
    progress {
      width: min(100%, 16rem);
      accent-color: var(--_primary);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
]);
