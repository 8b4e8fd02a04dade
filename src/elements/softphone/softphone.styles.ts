import { css } from 'lit';

export const styles = css`
  .line,
  .call,
  .day {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    margin-block-end: calc(var(--_space) * 2);
  }
  .line p,
  .call p {
    margin: 0;
  }
  .status {
    display: flex;
    align-items: center;
    gap: var(--_space);
    font-weight: 600;
  }
  .dot {
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--_muted);
  }
  .status.online .dot {
    border-color: var(--_success);
    background: var(--_success);
  }
  .status.connecting .dot {
    border-style: dashed;
  }
  .status.failed .dot {
    border-color: var(--_danger);
  }
  .call {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .call.ringing {
    border-inline-start: 4px solid var(--_accent);
  }
  .call h3,
  .day h3 {
    margin: 0;
  }
  .ended {
    margin: 0 0 calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .caller {
    font-size: 1.25em;
    font-weight: 600;
  }
  .page a {
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button[aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .clock {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    margin-inline-start: var(--_space);
  }
  .keypad {
    display: grid;
    grid-template-columns: repeat(3, 3rem);
    gap: calc(var(--_space) / 2);
  }
  .key {
    justify-content: center;
    font-variant-numeric: tabular-nums;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .table-wrap {
    justify-self: stretch;
  }
  .badge.missed,
  .badge.declined {
    color: var(--_danger);
    border-color: currentColor;
  }
`;
