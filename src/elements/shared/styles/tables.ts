import { css } from 'lit';

/** Tables, and the narrow layout that turns a table marked `stack` into cards. */
export const tablesStyles = css`
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
  /* A table that scrolls sideways in its wrapper: what is positioned inside it (hidden captions, headers) stays within it. */
  .table-wrap {
    position: relative;
    overflow-x: auto;
  }

  /* A table marked "stack" becomes a list of cards in a narrow element, each value led by its column's name (data-label). */
  @container (max-width: 40rem) {
    table.stack thead {
      position: absolute;
      inset-inline-start: 0;
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
`;
