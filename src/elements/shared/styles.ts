import { css } from 'lit';

/**
 * The theming contract. Public `--dk-*` custom properties are read once here
 * and mapped onto private `--_*` ones that the styles use, so a host page sets
 * a brand colour without reaching into the element. `:host` resets the
 * inherited properties a host page's styles would leak in.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--dk-color-accent, #0a5cc2);
    --_accent-contrast: var(--dk-color-accent-contrast, #ffffff);
    --_text: var(--dk-color-text, #1b1f24);
    --_muted: var(--dk-color-muted, #555e69);
    --_surface: var(--dk-color-surface, #ffffff);
    --_surface-alt: var(--dk-color-surface-alt, #f3f5f8);
    --_border: var(--dk-color-border, #c9d0d9);
    --_danger: var(--dk-color-danger, #b3261e);
    --_success: var(--dk-color-success, #1e6b34);
    --_warning-bg: var(--dk-color-warning-surface, #fff4d6);
    --_radius: var(--dk-radius, 6px);
    --_space: var(--dk-space, 0.5rem);
    --_focus: 0 0 0 3px color-mix(in srgb, var(--_accent) 45%, transparent);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--dk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--dk-font-size, 0.9375rem);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_space);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  p {
    margin: 0 0 var(--_space);
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
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
  input[type='text'],
  input[type='search'],
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
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }

  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .state.error {
    border-inline-start: 4px solid var(--_danger);
  }
  .state p {
    margin: 0;
    flex: 1 1 16rem;
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
  }
  .alert {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  /* A table marked "stack" becomes a list of cards in a narrow element, each value led by its column's name (data-label). */
  @container (max-width: 40rem) {
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack th,
    table.stack td {
      display: block;
    }
    table.stack tr {
      padding: var(--_space) 0;
      border-bottom: 1px solid var(--_border);
    }
    table.stack :is(th, td) {
      border: none;
      padding: 0.125rem 0;
      text-align: start;
    }
    table.stack td[data-label] {
      display: grid;
      grid-template-columns: minmax(6rem, 40%) 1fr;
      gap: var(--_space);
    }
    table.stack td[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-size: 0.875em;
    }
    table.stack .badge {
      justify-self: start;
    }
  }

  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.8125rem;
    white-space: nowrap;
  }
  .badge.ok {
    color: var(--_success);
    border-color: currentColor;
  }

  dialog {
    width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(15 20 30 / 0.45);
  }
  .dialog-body {
    padding: calc(var(--_space) * 3);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }

  /* An element with its help article open shows it beside its content, or below when narrow. */
  :host {
    container-type: inline-size;
  }
  .layout.has-help {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @container (max-width: 48rem) {
    .layout.has-help {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  .help-panel {
    position: relative;
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .help-close {
    float: inline-end;
  }
  /* The control a help article's "Show me" points at. */
  [data-help-highlight] {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
    box-shadow: 0 0 0 8px color-mix(in srgb, var(--_accent) 25%, transparent);
    animation: dk-help-pulse 0.9s ease-out 2;
  }
  @media (prefers-reduced-motion: reduce) {
    [data-help-highlight] {
      animation: none;
    }
  }
  @keyframes dk-help-pulse {
    from {
      box-shadow: 0 0 0 0 color-mix(in srgb, var(--_accent) 55%, transparent);
    }
  }

  /* A list of radio buttons or checkboxes in a bordered fieldset; an element sets a max-height where it scrolls. */
  fieldset.choices {
    margin: var(--_space) 0;
    padding: 0 var(--_space) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  fieldset.choices legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choices ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .choices li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: baseline;
    padding: 0.25rem 0;
  }
  .choices li[hidden] {
    display: none;
  }
  .choices label {
    font-weight: 400;
  }
  .choices .unavailable label {
    color: var(--_muted);
  }
  .reason {
    grid-column: 2;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .account-id {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
