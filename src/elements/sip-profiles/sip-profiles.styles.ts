import { css } from 'lit';

export const styles = css`
  .intro {
    color: var(--_muted);
    max-width: 70ch;
  }
  @container (max-width: 40rem) {
    table.stack td:last-child {
      padding-top: var(--_space);
    }
  }
  tbody th {
    color: var(--_text);
    font-size: inherit;
  }
  .head-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .back {
    margin-bottom: var(--_space);
  }
  #title:focus {
    outline: none;
  }
  .profile-head {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    color: var(--_muted);
  }
  .accounts,
  .numbers {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .account,
  .numbers li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .account-panel {
    flex-basis: 100%;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .account-panel[hidden] {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .number {
    font-variant-numeric: tabular-nums;
    min-width: 12ch;
  }
  .none {
    color: var(--_muted);
  }

  .notice ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .alert {
    margin-top: var(--_space);
  }

  .pbx-code {
    max-height: 20rem;
    overflow: auto;
    margin: 0.5rem 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
    white-space: pre;
  }
  .pbx-code:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .pbx-actions,
  .pbx-secret {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .pbx-file h3 {
    overflow-wrap: anywhere;
  }
`;
