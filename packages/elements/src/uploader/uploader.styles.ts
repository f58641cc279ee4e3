import { css } from 'lit';

export const uploaderStyles = css`
  :host { display: block; font-family: var(--qmi-font-family, system-ui, sans-serif); color: var(--qmi-color-ink, #161616); line-height: 1.5;
    --_primary: var(--qmi-color-primary, #0b4fa8); --_error: var(--qmi-color-error, #c3001a); --_focus: var(--qmi-focus-ring, #ffbf47); }
  .rules, .hint { color: var(--qmi-color-muted, #3a3a3a); margin: 0.25rem 0; }
  .error { color: var(--_error); font-weight: 700; }
  .notice { border-left: 5px solid var(--_primary); padding-left: 0.75rem; }
  .dropzone { border: 2px dashed #505a5f; padding: 1rem; margin: 0.5rem 0; display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
  .dropzone--active { border-color: var(--_primary); background: #eef4fb; }
  /* The real input stays in the page, focusable and announced; its label is the visible button. */
  input[type='file'] { position: absolute; width: 1px; height: 1px; opacity: 0; }
  input[type='file']:focus-visible + .hint, .dropzone:focus-within .button { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .button, button { font: inherit; font-weight: 700; padding: 0.5rem 1rem; border: 2px solid var(--_primary); background: var(--_primary); color: #fff; cursor: pointer; display: inline-block; min-height: 2.75rem; box-sizing: border-box; }
  button[part~='secondary'] { background: #fff; color: var(--_primary); }
  button[part~='warning'] { background: #fff; color: var(--_error); border-color: var(--_error); }
  button:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  label { font-weight: 700; display: block; }
  select { font: inherit; padding: 0.4rem; border: 2px solid currentColor; }
  .files { list-style: none; padding: 0; }
  .file { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.5rem 0; border-bottom: 1px solid #b1b4b6; }
  .file .name { font-weight: 700; }
  .file--error { border-left: 5px solid var(--_error); padding-left: 0.75rem; }
  progress { width: min(100%, 16rem); accent-color: var(--_primary); }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
