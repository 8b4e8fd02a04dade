import { css } from 'lit';

export const styles = css`
  .head-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .filters .search {
    flex: 1 1 16rem;
  }
  .filters .search input {
    width: 100%;
  }
  .summary-bar {
    min-height: 2.25rem;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
  }
  .progress {
    margin-inline-start: var(--_space);
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .alert,
  .notice.alone {
    margin-block: var(--_space);
  }

  /* The grid: a header row and a virtualized body that scrolls. */
  .grid-wrap {
    position: relative;
    overflow-x: auto;
    margin-top: var(--_space);
  }
  /* Narrower than its least width, the list scrolls sideways in its wrapper, header and rows together; the columns' least widths add up to no more (63.75rem; 49.75rem in the narrower layout below). */
  .grid {
    min-width: 64rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /*
   * Every row lays out the same columns. A cell's text wraps rather than
   * being cut off: a long name, a list of groups or a column's name in a
   * long language takes another line, and the row grows (the virtual list
   * measures each row).
   */
  .row {
    display: grid;
    grid-template-columns:
      2.75rem minmax(9rem, 2fr) minmax(8rem, 1.6fr) minmax(7rem, 1.3fr) minmax(7rem, 1.6fr)
      8.5rem 7.5rem 7rem 7rem;
    align-items: center;
    width: 100%;
    min-height: 2.75rem;
    border-bottom: 1px solid var(--_border);
  }
  /*
   * Narrower than the nine columns (the console's main column, a tablet):
   * the account name goes under the name and the groups under the
   * department, so that the list still fits and its buttons show; below
   * 50rem it scrolls sideways in its wrapper again. Only the places change:
   * the cells, their order and the keyboard's columns stay.
   */
  @container (max-width: 64rem) {
    .grid {
      min-width: 50rem;
    }
    .row {
      grid-template-columns: 2.75rem minmax(9rem, 2fr) minmax(8rem, 1.6fr) 8.5rem 7.5rem 7rem 7rem;
    }
    /* Every cell takes both lines but the name and the department (the first), the account name and the groups (the second, under them). */
    .row > * {
      grid-row: 1 / 3;
    }
    .row > :is(:nth-child(2), :nth-child(4)) {
      grid-row: 1;
      align-self: end;
    }
    .row > :nth-child(3) {
      grid-area: 2 / 2;
      align-self: start;
    }
    .row > :nth-child(5) {
      grid-area: 2 / 3;
      align-self: start;
    }
  }
  .head-row {
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .cell {
    padding: 0.25rem 0.5rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .cell .badge {
    max-width: 100%;
    white-space: normal;
  }
  .cell.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .name {
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .sort {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
    max-width: 100%;
    text-align: start;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort-mark {
    min-width: 0.75em;
  }
  .sort-mark.asc::after {
    content: '▲';
  }
  .sort-mark.desc::after {
    content: '▼';
  }
  .body {
    height: var(--dk-members-list-height, 28rem);
    overflow: auto;
    position: relative;
  }
  .row.selected {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  .badge.admin {
    color: var(--_accent);
    border-color: currentColor;
  }
  .no-match {
    margin-top: var(--_space);
  }

  /* Dialogs */
  .dialog-body > h2:focus {
    outline: none;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .member-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .reason {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field.inline {
    grid-template-columns: 1fr auto;
    align-items: center;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  .invitees {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    max-height: 10rem;
    overflow-y: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .invitees li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .invitees li:last-child {
    border-bottom: none;
  }
  .invitees .bad .verdict {
    color: var(--_danger);
  }
  .invitees .ok .verdict {
    color: var(--_success);
  }
  .invitees .skip .verdict {
    color: var(--_muted);
  }
  .invitee {
    overflow-wrap: anywhere;
  }

  /* Invitations */
  tbody th {
    color: var(--_text);
    font-size: inherit;
  }
  tbody th .small-text {
    display: block;
    font-weight: 400;
    font-size: 0.8125rem;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .badge.status-pending {
    color: var(--_accent);
    border-color: currentColor;
  }
  .badge.status-accepted {
    color: var(--_success);
    border-color: currentColor;
  }
`;
