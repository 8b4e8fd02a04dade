import { css } from 'lit';

/** Buttons, the focus ring, and form fields: labels, hints, problems, text inputs, selects and text areas. */
export const controlsStyles = css`
  /* Buttons and text fields share one box: height, border, corners, surface and text. */
  .button,
  input[type='text'],
  input[type='search'],
  input[type='tel'],
  input[type='date'],
  input[type='time'],
  input:not([type]),
  select,
  textarea {
    min-height: 2.25rem;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    padding: 0.375rem 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }
  .button.danger {
    color: var(--_danger);
    border-color: currentColor;
  }
  .button.link {
    border: none;
    background: none;
    padding: 0;
    min-height: auto;
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 600;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  label {
    font-weight: 600;
  }
  /* Fieldsets and controls shrink with their column instead of overflowing it. */
  fieldset {
    min-width: 0;
  }
  select,
  input,
  textarea {
    min-width: 0;
    max-width: 100%;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: var(--_space);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  /* A date typed in the language's figures ("31.12.2025"): as wide as one. */
  .date-field input {
    inline-size: calc(10ch + 2rem);
  }
  /* A button in a table row or beside a line of text. */
  .small {
    min-height: 1.75rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.875em;
  }
  /* A row of radio buttons (one-off or automatic), each label beside its button. */
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
`;

/** For elements whose forms group their fields in bordered fieldsets (credit, features): every fieldset a box, its legend bold. */
export const fieldsetGroupStyles = css`
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
`;
