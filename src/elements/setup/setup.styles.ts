import { css } from 'lit';

export const styles = css`
  #title:focus {
    outline: none;
  }
  form,
  .details,
  .intro {
    max-width: 40rem;
  }
  .intro {
    color: var(--_muted);
  }
  fieldset {
    margin: 0 0 var(--_space);
    padding: 0;
    border: none;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .modes {
    display: grid;
    gap: var(--_space);
  }
  .mode {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space);
    align-items: baseline;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .mode:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  .mode input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .mode .hint {
    grid-column: 2;
  }
  input:not([type='radio']),
  select {
    width: 100%;
  }
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .status {
    min-height: 1.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status.error {
    color: var(--_danger);
  }
  .status.ok {
    color: var(--_success);
  }
  .status .icon {
    display: inline-block;
    min-width: 1.25em;
    font-weight: 700;
  }
  .account {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .alert {
    margin-top: var(--_space);
  }
  .alert p:last-child {
    margin-bottom: 0;
  }
  .details {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space) calc(var(--_space) * 3);
    margin: 0 0 var(--_space);
  }
  .details dt {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
`;
