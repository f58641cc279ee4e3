import { css } from 'lit';
import { hostTokens } from '../styles/tokens.js';

export const checklistStyles = [
  hostTokens,
  css`
  :host {
    --_radius: var(--qmi-radius, 0.25rem);
  }
  :host([hidden]) { display: none; }
  h2, h3, h4, h5, h6 { margin: 1rem 0 0.5rem; line-height: 1.25; }
  .title { font-size: 1.375rem; margin-top: 0; }
  [part~='section'] { margin: 0 0 1.25rem; }
  [part~='section'] > :is(h2, h3, h4, h5, h6) { font-size: 1.125rem; }
  ul { margin: 0.25rem 0; padding-left: 1.25rem; }
  li { margin: 0.25rem 0; }
  .plain { list-style: none; padding-left: 0; }
  .muted, .description { color: var(--_muted); margin: 0.25rem 0; }
  /* The overall line: the state is in the words; the border only repeats it. */
  [part~='status'] { font-weight: 700; margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-left: 5px solid var(--_error); background: #fff; }
  [part~='status'].overall--ready { border-left-color: var(--_success); }
  .tag { display: inline-block; font-weight: 700; font-size: 0.875rem; padding: 0 0.4rem; border: 2px solid currentColor; border-radius: var(--_radius); margin-inline-end: 0.4rem; }
  .tag--ready, .tag--met, .ok { color: var(--_success); }
  .tag--partial { color: var(--_warning); }
  .tag--not_started, .tag--unmet { color: var(--_muted); }
  .ok { font-weight: 700; }
  [part~='criterion'] { border-top: 1px solid #b1b4b6; padding-top: 0.5rem; margin-top: 0.5rem; }
  [part~='criterion'] > :is(h2, h3, h4, h5, h6) { font-size: 1rem; margin: 0.25rem 0; }
  [part~='signal'] { list-style: none; margin-left: -1.25rem; }
  [part~='issue'] { color: var(--qmi-color-ink, #161616); }
  .issues--error [part~='issue'] { border-left: 4px solid var(--_error); padding-left: 0.5rem; list-style: none; margin-left: -1.25rem; }
  a[part~='link'] { color: var(--_primary); text-decoration: underline; text-underline-offset: 0.15em; font-weight: 600; }
  a[part~='link']:hover { text-decoration-thickness: 3px; }
  a[part~='link']:focus-visible { outline: 3px solid var(--_focus); outline-offset: 0; background: var(--_focus); color: #0b0c0c; text-decoration: none; box-shadow: 0 3px 0 #0b0c0c; }
  .note { border-left: 5px solid var(--_primary); padding-left: 0.75rem; margin: 0.5rem 0 0.75rem; }
  .note strong { display: block; }
  .error { color: var(--_error); font-weight: 700; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0; }
`,
];
