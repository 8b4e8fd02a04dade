import { css } from 'lit';

/** The look of tabs: a row of buttons over a rule, the selected one underlined in the accent colour. */
export const tabsStyles = css`
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_border);
    margin-bottom: var(--_space);
  }
  [role='tab'] {
    padding: 0.5rem 0.875rem;
    border: none;
    border-bottom: 3px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_text);
    border-bottom-color: var(--_accent);
  }
`;
