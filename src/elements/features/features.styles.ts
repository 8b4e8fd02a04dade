import { css } from 'lit';

export const styles = css`
  .balance {
    color: var(--_muted);
    font-weight: 600;
  }
  h3 {
    margin-top: calc(var(--_space) * 2);
  }
  td .button,
  td.num {
    white-space: nowrap;
  }
  tbody th {
    color: var(--_text);
    font-size: inherit;
  }
  .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .muted,
  .account-id {
    color: var(--_muted);
  }
  .account-id {
    display: block;
    font-size: 0.8125rem;
    font-weight: 400;
  }
  .choices .account-id {
    display: inline;
  }
`;
