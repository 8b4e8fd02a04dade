import { css } from 'lit';

/** An element's head, intro and back link; its help article beside it; lists of choices. */
export const layoutStyles = css`
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
  /* A row with a title at its start and its actions at its end: an element's head, a bar over a table, the console's top, a card. */
  .head,
  .bar,
  .top,
  .spread {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space);
  }
  /* Filters over a list, and the pager under it: controls that wrap on a narrow element. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 calc(var(--_space) * 2);
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .spread {
    align-items: center;
  }
  .head-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .intro {
    color: var(--_muted);
    max-width: 70ch;
  }
  .back {
    margin-bottom: var(--_space);
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

  /* A list of radio buttons or checkboxes in a bordered fieldset, scrolling when long. */
  fieldset.choices {
    max-height: 16rem;
    overflow-y: auto;
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
`;
