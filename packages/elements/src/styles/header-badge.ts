import { css } from 'lit';

/**
 * A heading with a count beside it (unread messages, unread notifications): the header row, its title
 * and the count badge. Under forced colours the badge is a framed count, not a fill around its text's
 * Canvas backplate. Colours, sizes and spaces from the --qmi-* tokens (hostTokens).
 */
export const headerBadgeStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    margin: 0 0 var(--_space-m);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
    line-height: 1.25;
  }
  .badge {
    display: inline-block;
    min-width: 1.5rem;
    padding: 0 var(--_space-s);
    border-radius: 999px;
    text-align: center;
    font-weight: var(--_font-weight-strong);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  @media (forced-colors: active) {
    .badge {
      background: Canvas;
      color: CanvasText;
      border: 1px solid;
    }
  }
`;
