import { css } from 'lit';

export const timelineStyles = css`
  :host { display: block; font-family: var(--qmi-font-family, system-ui, sans-serif); color: var(--qmi-color-ink, #161616); line-height: 1.5;
    --_primary: var(--qmi-color-primary, #0b4fa8); --_muted: var(--qmi-color-muted, #3a3a3a); --_focus: var(--qmi-focus-ring, #ffbf47); }
  h2 { margin: 0 0 0.5rem; font-size: 1.25rem; }
  .status { border-left: 5px solid var(--_primary); padding: 0.25rem 0.75rem; margin: 0.5rem 0 1rem; }
  .countdown { font-size: 1.5rem; font-weight: 700; margin-right: 0.5rem; }
  ol { list-style: none; margin: 0; padding: 0; }
  .phase { position: relative; padding: 0 0 1rem 1.5rem; border-left: 3px solid #b1b4b6; margin-left: 0.5rem; }
  .phase::before { content: ''; position: absolute; left: -0.6rem; top: 0.3rem; width: 0.9rem; height: 0.9rem; border-radius: 50%; background: #fff; border: 3px solid #505a5f; }
  .phase--past::before { background: #505a5f; }
  .phase--current { border-left-color: var(--_primary); }
  .phase--current::before { border-color: var(--_primary); background: var(--_primary); }
  .phase-title { font-weight: 700; }
  .when { color: var(--_muted); }
  .milestones { margin: 0.25rem 0 0 0.5rem; }
  .milestones li { margin: 0.25rem 0; }
  .milestone--past .label { color: var(--_muted); }
  a { color: var(--_primary); }
  a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .tag { font-size: 0.875rem; padding: 0 0.4rem; background: #eeefef; color: #383f43; margin-left: 0.5rem; }
  .phase--current > .tag { background: #d2e2f1; color: #0b3e73; }
  :host([layout='horizontal']) .phases { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; }
  :host([layout='horizontal']) .phase { border-left: 0; border-top: 3px solid #b1b4b6; padding: 1rem 0 0; margin: 0; }
  :host([layout='horizontal']) .phase--current { border-top-color: var(--_primary); }
  :host([layout='horizontal']) .phase::before { left: 0; top: -0.6rem; }
  .visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
