import { css } from 'lit';

export const styles = css`
  .balance-card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .balance-label {
    margin: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .balance-amount {
    margin: 0 0 var(--_space);
    font-size: 2rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .limits {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions,
  .presets,
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .inline input {
    flex: 1 1 10rem;
  }
  .policy {
    margin-top: calc(var(--_space) * -1);
  }
  .refusals {
    margin: var(--_space) 0 0;
  }
  .refusals .button.link {
    margin-inline-start: 0.25rem;
  }
  .ledger {
    margin-top: calc(var(--_space) * 3);
  }
  .filters .field {
    min-width: 10rem;
  }
  .filters .clear {
    margin-block: var(--_space);
  }
  .sum {
    font-weight: 600;
  }
  td.debit {
    color: var(--_danger);
  }
  /* A movement's name, its mark and, for a refused top-up, why: one cell (the stacked table lays it out as one). */
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .entry .note {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge.warning {
    background: var(--_warning-bg);
  }
  .pager span {
    margin-inline-end: auto;
    color: var(--_muted);
  }
  .none {
    color: var(--_muted);
  }
  fieldset.choices {
    max-height: 14rem;
    overflow-y: auto;
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 2);
  }
  .selected-count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .alert:focus {
    outline: 2px solid var(--_accent);
  }
`;
