import { css } from 'lit';

export const styles = css`
  .search {
    max-width: 32rem;
  }
  .count,
  .none {
    color: var(--_muted);
  }
  .articles {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .articles li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .articles .title {
    text-align: start;
    font-size: 1.0625rem;
  }
  .articles .summary {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    max-width: 72ch;
  }
`;
