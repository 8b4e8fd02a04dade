import { css } from 'lit';

export const styles = css`
  :host {
    --_chart-2: var(--dk-color-chart-2, #a14f00);
    --_warning: var(--dk-color-warning, #7a4b00);
  }
  .head {
    align-items: center;
  }
  /* The CSV format's label and choice: side by side, one above the other when the line is narrow. */
  .csv-format {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
    max-width: 100%;
  }
  .csv-format select {
    width: 100%;
    max-width: max-content;
    min-width: 0;
    text-overflow: ellipsis;
  }
  .filters {
    gap: var(--_space) calc(var(--_space) * 3);
    margin-block: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
  }
  .segmented legend {
    width: 100%;
  }
  .segment {
    position: relative;
    font-weight: 400;
  }
  .segment input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .segment span {
    display: inline-block;
    min-height: 2.25rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .segment + .segment span {
    margin-inline-start: -1px;
  }
  .segment:first-of-type span {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .segment:last-of-type span {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .segment input:checked + span {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .segment input:focus-visible + span {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .period {
    margin: 0;
  }
  .custom {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space);
  }
  .custom .field {
    margin: 0;
  }
  .custom .hint,
  .custom .field-error {
    flex-basis: 100%;
    margin: 0;
  }
  .trail ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .trail li + li::before {
    content: '›';
    margin-inline-end: 0.25rem;
    color: var(--_muted);
  }
  .results:focus,
  #results-title:focus {
    outline: none;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .totals div {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .totals dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .totals dd {
    margin: 0;
    font-size: 1.125rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .privacy {
    margin-bottom: calc(var(--_space) * 2);
  }
  .privacy h4 {
    margin-bottom: 0.25rem;
  }
  .privacy p:last-child {
    margin: 0;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: var(--_space);
  }
  tbody th,
  tfoot th {
    color: var(--_text);
    font-size: inherit;
  }
  tfoot th,
  tfoot td {
    font-weight: 700;
    border-bottom: none;
    border-top: 2px solid var(--_border);
  }
  td.withheld,
  tr.suppressed th {
    color: var(--_muted);
    font-style: italic;
  }
  /* The drill-down button of a row: the kit's small button, on one line. */
  .button.small {
    white-space: nowrap;
  }
  .budgets {
    margin-block: calc(var(--_space) * 2);
  }
  meter {
    width: 6rem;
    vertical-align: middle;
  }
  .share {
    margin-inline-start: 0.375rem;
    font-variant-numeric: tabular-nums;
  }
  .badge.warn {
    color: var(--_warning);
    border-color: currentColor;
    background: var(--_warning-bg);
  }
  .chart {
    margin: calc(var(--_space) * 2) 0;
  }
  .chart figcaption {
    font-weight: 600;
    margin-bottom: var(--_space);
  }
  .chart-box {
    position: relative;
    height: 16rem;
  }
  .chart-box.tall {
    height: 22rem;
  }
  .results[aria-busy='true'] {
    cursor: progress;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      font-size: 10.5pt;
    }
    .no-print,
    .help-panel,
    .help-button {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .layout.has-help {
      display: block;
    }
    .table-wrap {
      overflow: visible;
    }
    .table-wrap.visually-hidden {
      display: none;
    }
    table {
      break-inside: auto;
    }
    tr,
    .chart,
    .totals div {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    .notice,
    .badge.warn {
      border: 1px solid #000;
      background: none;
    }
  }
`;
