import { css } from 'lit';

export const styles = css`
  .balance {
    color: var(--_muted);
    font-weight: 600;
  }
  h3 {
    margin-top: calc(var(--_space) * 2);
  }
  .table-wrap {
    overflow-x: auto;
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
  .small {
    min-height: 1.75rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.875em;
  }
  fieldset {
    margin: var(--_space) 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  fieldset.choices {
    max-height: 16rem;
    overflow-y: auto;
  }
  .choices .account-id {
    display: inline;
  }
  .mode {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 400;
  }
  .summary {
    font-weight: 600;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .alert {
    margin-top: var(--_space);
  }
  .alert p {
    margin: 0.25rem 0;
  }
`;
