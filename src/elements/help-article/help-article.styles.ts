import { css } from 'lit';

export const styles = css`
  :host {
    max-width: 72ch;
  }
  #title:focus {
    outline: none;
  }
  .summary {
    color: var(--_text);
  }
  .steps {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: 1.5rem;
  }
  .steps li {
    margin-bottom: 0.375rem;
    padding-inline-start: 0.25rem;
  }
  .steps li::marker {
    font-weight: 600;
    color: var(--_muted);
  }
  .ui-label {
    font-weight: 600;
  }
  .show-me {
    margin-inline-start: 0.25rem;
    vertical-align: baseline;
  }
  .notes {
    margin: 0 0 calc(var(--_space) * 2);
    padding-inline-start: 1.25rem;
  }
  .related ul {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: 0.375rem;
  }
  .related .button.link {
    text-align: start;
  }
  .feedback {
    margin-top: calc(var(--_space) * 2);
    padding-top: calc(var(--_space) * 2);
    border-top: 1px solid var(--_border);
  }
  .answers,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .answers .button {
    min-width: 5rem;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .privacy {
    margin: 0;
    font-size: 0.875em;
  }
  .findings {
    margin-block: var(--_space);
  }
  .findings:focus {
    outline: 2px solid var(--_danger);
    outline-offset: 2px;
  }
  .findings ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .findings li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 0.75rem;
    padding: 0.25rem 0;
    overflow-wrap: anywhere;
  }
  .thanks {
    color: var(--_success);
    font-weight: 600;
  }
  .thanks:focus,
  .alert:focus {
    outline: none;
  }
  .sending {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
`;
