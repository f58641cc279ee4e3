import { css } from 'lit';
import { guardColours } from '../styles/contrast-guard.js';
import { hostTokens } from '../styles/tokens.js';
import { reviewStyles } from './review.styles.js';

/**
 * Plain, GOV.UK-like styles: AA contrast, visible focus, large targets; every colour, size and space from the --qmi-* tokens.
 * Under forced colours the receipt's text (the surface colour, Canvas) would vanish on the Canvas backplate: it is framed instead.
 */
export const formStyles = guardColours([
  hostTokens,
  css`
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.25;
    }
    a {
      color: var(--_primary);
      text-decoration: underline;
    }
    .section {
      margin: var(--_space-xl) 0;
      padding-top: var(--_space-m);
      border-top: 1px solid var(--_separator);
    }
    .field {
      margin: calc(var(--_space-m) + var(--_space-xs)) 0;
    }
    .field--error {
      border-left: 5px solid var(--_error);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
    }
    label,
    legend,
    [part='question'] > [part='label'] {
      font-weight: var(--_font-weight-strong);
    }
    label,
    legend {
      display: block;
    }
    .optional {
      font-weight: 400;
    }
    .hint {
      color: var(--_muted);
      margin: var(--_space-xs) 0;
    }
    .error {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
      margin: var(--_space-xs) 0;
    }
    .ok {
      color: var(--_success);
      font-weight: var(--_font-weight-strong);
    }
    input[type='text'],
    input[type='email'],
    input[type='tel'],
    textarea,
    select {
      font: inherit;
      padding: var(--_space-s);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      box-sizing: border-box;
      width: min(100%, 36rem);
      background: var(--_surface);
      color: var(--_ink);
    }
    textarea {
      width: 100%;
      max-width: 48rem;
    }
    [aria-invalid='true'] {
      border-color: var(--_error);
    }
    .count {
      color: var(--_muted);
      margin: var(--_space-xs) 0;
    }
    .count--over {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: var(--_space-m) 0;
    }
    /* An item's <form> (group.ts: for the browser's autofill) adds no box: its fields lay out as before. */
    .item-fields {
      display: contents;
    }
    fieldset.item {
      border-left: 4px solid var(--_separator);
      padding-left: var(--_space-m);
      /* Items out of view (30 partners, 20 experts: 1,800 of the full dossier's 2,000 elements) are not laid
         out nor painted until they come near it, which was most of the form's first render. Their content
         stays in the accessibility tree, findable and focusable; "auto" keeps the size once seen. Such an
         item clips what it paints at its padding box: the padding keeps its controls' focus rings inside it
         (overflow-clip-margin does too, where supported). */
      --_ring-room: calc(var(--_focus-ring-width) + var(--_focus-ring-offset));
      padding-block: var(--_ring-room);
      padding-right: var(--_ring-room);
      overflow-clip-margin: var(--_ring-room);
      content-visibility: auto;
      /* The height only: a width there would become the item's minimum width (a fieldset's is its content's). */
      contain-intrinsic-block-size: auto 36rem;
    }
    .field--checkbox {
      display: flex;
      gap: calc(var(--_space-s) + var(--_space-xs));
      align-items: flex-start;
      flex-wrap: wrap;
    }
    .field--checkbox .error {
      flex-basis: 100%;
    }
    .field--checkbox input {
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      flex: none;
      accent-color: var(--_primary);
    }
    .field--checkbox label {
      font-weight: 400;
      flex: 1;
    }
    button {
      font: inherit;
      font-weight: var(--_font-weight-strong);
      padding: var(--_space-s) var(--_space-m);
      margin: var(--_space-xs) var(--_space-s) var(--_space-xs) 0;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      cursor: pointer;
      min-height: 2.75rem;
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
    button:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .status p {
      margin: var(--_space-xs) 0;
    }
    .status--offline,
    .status--error,
    .status--unauthenticated,
    .status--conflict {
      border-left: 5px solid var(--_error);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
    }
    .error-summary {
      border: 5px solid var(--_error);
      padding: var(--_space-m);
      margin: var(--_space-m) 0;
    }
    .error-summary a,
    .error-summary li {
      color: var(--_error);
      font-weight: var(--_font-weight-strong);
    }
    .conflicts {
      border: 5px solid var(--_warning);
      padding: var(--_space-m);
      margin: var(--_space-m) 0;
    }
    .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: var(--_space-m);
    }
    figure {
      margin: 0;
    }
    figcaption {
      font-weight: var(--_font-weight-strong);
    }
    .version {
      margin: var(--_space-xs) 0;
      padding: var(--_space-s);
      background: var(--_surface-raised);
      white-space: pre-wrap;
    }
    .task-list {
      padding: 0;
      list-style: none;
    }
    .task-list li {
      display: flex;
      justify-content: space-between;
      gap: var(--_space-m);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_separator);
    }
    /* Addresses are long words: they wrap anywhere rather than push the page sideways at 320 px (WCAG 1.4.10). */
    .people__list {
      padding: 0;
      list-style: none;
    }
    .people__list li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
      padding: var(--_space-s) 0;
      border-bottom: 1px solid var(--_separator);
      overflow-wrap: anywhere;
    }
    .people__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
    }
    .tag {
      padding: 0 var(--_space-s);
    }
    .tag--completed {
      background: color-mix(in srgb, var(--_success) 18%, var(--_surface));
      color: var(--_success);
    }
    .tag--in_progress {
      background: color-mix(in srgb, var(--_primary) 18%, var(--_surface));
      color: var(--_primary);
    }
    .tag--not_started {
      background: var(--_surface-raised);
      color: var(--_muted);
    }
    .receipt {
      background: var(--_success);
      color: var(--_surface);
      padding: var(--_space-m);
      margin: var(--_space-m) 0;
    }
    @media (forced-colors: active) {
      .receipt {
        color: CanvasText;
        background: Canvas;
        border: 3px solid;
      }
    }
    .notice {
      border-left: 5px solid var(--_primary);
      padding-left: calc(var(--_space-s) + var(--_space-xs));
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
  reviewStyles,
]);
