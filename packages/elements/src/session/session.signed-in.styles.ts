import { css } from 'lit';

/**
 * The account bar, with its chunk: adopted by the element before the bar first draws, after its own
 * (`session.styles.ts`). The e-mail address has no space to wrap at: it breaks anywhere rather than
 * overflow at 320 px.
 */
export const signedInStyles = css`
    .account-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-s) var(--_space-m);
      margin-block-end: var(--_space-m);
      padding-block-end: var(--_space-s);
      border-block-end: 1px solid var(--_border);
    }

    .account-bar p {
      margin: 0;
      overflow-wrap: anywhere;
    }
`;
