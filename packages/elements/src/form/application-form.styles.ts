import { css } from 'lit';
import { hostTokens } from '../styles/tokens.js';

/** Plain, GOV.UK-like styles: AA contrast, visible focus, large targets; themable with --qmi-* properties. */
export const formStyles = [
  hostTokens,
  css`
  h2, h3, h4 { line-height: 1.25; }
  a { color: var(--_primary); }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .section { margin: 2rem 0; padding-top: 1rem; border-top: 1px solid #b1b4b6; }
  .field { margin: 1.25rem 0; }
  .field--error { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  label, legend { display: block; font-weight: 700; }
  .optional { font-weight: 400; }
  .hint { color: var(--_muted); margin: 0.25rem 0; }
  .error { color: var(--_error); font-weight: 700; margin: 0.25rem 0; }
  .ok { color: var(--_success); font-weight: 700; }
  input[type='text'], input[type='email'], input[type='tel'], textarea, select {
    font: inherit; padding: 0.5rem; border: 2px solid currentColor; border-radius: var(--qmi-radius, 0); box-sizing: border-box; width: min(100%, 36rem); background: #fff; color: inherit;
  }
  textarea { width: 100%; max-width: 48rem; }
  [aria-invalid='true'] { border-color: var(--_error); }
  .count { color: var(--_muted); margin: 0.25rem 0; }
  .count--over { color: var(--_error); font-weight: 700; }
  fieldset { border: 0; padding: 0; margin: 1rem 0; }
  fieldset.item { border-left: 4px solid #b1b4b6; padding-left: 1rem; }
  .field--checkbox { display: flex; gap: 0.75rem; align-items: flex-start; flex-wrap: wrap; }
  .field--checkbox .error { flex-basis: 100%; }
  .field--checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; }
  .field--checkbox label { font-weight: 400; flex: 1; }
  button {
    font: inherit; font-weight: 700; padding: 0.5rem 1rem; margin: 0.25rem 0.5rem 0.25rem 0; border: 2px solid var(--_primary); border-radius: var(--qmi-radius, 0);
    background: var(--_primary); color: #fff; cursor: pointer; min-height: 2.75rem;
  }
  button[part~='secondary'] { background: #fff; color: var(--_primary); }
  button[part~='warning'] { background: #fff; color: var(--_error); border-color: var(--_error); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  .status p { margin: 0.25rem 0; }
  .status--offline, .status--error, .status--unauthenticated, .status--conflict { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  .error-summary { border: 5px solid var(--_error); padding: 1rem; margin: 1rem 0; }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .conflicts { border: 5px solid #8a4b00; padding: 1rem; margin: 1rem 0; }
  .versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; }
  figure { margin: 0; } figcaption { font-weight: 700; }
  blockquote { margin: 0.25rem 0; padding: 0.5rem; background: #f3f2f1; white-space: pre-wrap; }
  .task-list { padding: 0; list-style: none; }
  .task-list li { display: flex; justify-content: space-between; gap: 1rem; padding: 0.5rem 0; border-bottom: 1px solid #b1b4b6; }
  .tag { padding: 0 0.5rem; }
  .tag--completed { background: #cce2d8; color: #005a30; }
  .tag--in_progress { background: #d2e2f1; color: #0b3e73; }
  .tag--not_started { background: #eeefef; color: #383f43; }
  .receipt { background: var(--_success); color: #fff; padding: 1rem; margin: 1rem 0; }
  .notice { border-left: 5px solid var(--_primary); padding-left: 0.75rem; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`,
];
