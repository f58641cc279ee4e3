import { css } from 'lit';
import { hostTokens } from '../styles/tokens.js';

/** Plain styles: AA contrast, visible focus, large targets; themable with --qmi-* properties. */
export const messagesStyles = [
  hostTokens,
  css`
  :host {
    --_radius: var(--qmi-radius, 4px);
  }
  :host([hidden]) { display: none; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .header { display: flex; align-items: center; gap: 0.5rem; min-height: 0; }
  .badge {
    display: inline-block; min-width: 1.5rem; padding: 0 0.5rem; border-radius: 999px; text-align: center; font-weight: 700;
    background: var(--qmi-messages-badge-background, var(--_primary)); color: var(--qmi-messages-badge-color, #fff);
  }
  .thread {
    list-style: none; margin: 0 0 1rem; padding: 0; max-height: var(--qmi-messages-max-height, 28rem); overflow-y: auto;
    display: flex; flex-direction: column; gap: 0.75rem;
  }
  .message {
    padding: 0.5rem 0.75rem; border-radius: var(--_radius); border: 1px solid #b1b4b6; max-width: 85%;
    background: var(--qmi-messages-theirs-background, #f6f6f6);
  }
  .message--mine { align-self: flex-end; background: var(--qmi-messages-mine-background, #eef4fb); border-color: #6a8fc6; }
  .message--failed { border-left: 5px solid var(--_error); }
  .message--sending { border-style: dashed; }
  .meta { margin: 0; font-size: 0.875rem; color: var(--_muted); display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
  .author { font-weight: 700; color: var(--qmi-color-ink, #161616); }
  .body { margin: 0.25rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .state { margin: 0.25rem 0 0; font-weight: 700; font-size: 0.875rem; }
  .message--failed .state { color: var(--_error); }
  .reason { margin: 0.25rem 0 0; font-size: 0.875rem; }
  .notice { margin: 0 0 1rem; color: var(--_muted); }
  .notice--error { color: var(--_error); font-weight: 700; }
  form { display: flex; flex-direction: column; gap: 0.25rem; }
  label { font-weight: 700; }
  .hint { margin: 0; color: var(--_muted); font-size: 0.875rem; }
  .error { margin: 0; color: var(--_error); font-weight: 700; }
  textarea {
    font: inherit; min-height: 5rem; padding: 0.5rem; border: 2px solid var(--qmi-color-ink, #161616); border-radius: var(--_radius);
    resize: vertical; box-sizing: border-box; width: 100%;
  }
  textarea[aria-invalid='true'] { border-color: var(--_error); }
  button {
    font: inherit; font-weight: 700; padding: 0.5rem 1rem; border: 2px solid var(--_primary); border-radius: var(--_radius);
    background: var(--_primary); color: #fff; cursor: pointer; min-height: 2.75rem; box-sizing: border-box; align-self: flex-start;
  }
  button.retry { background: #fff; color: var(--_primary); margin-top: 0.25rem; min-height: 2.25rem; padding: 0.25rem 0.75rem; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`,
];
