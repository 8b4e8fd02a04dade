import { css } from 'lit';

export const styles = css`
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  @media (max-width: 52rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .group {
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .group.compact {
    margin: 0 0 var(--_space);
    padding: 0;
    border: none;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .group.compact legend {
    padding: 0;
  }
  .choices.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: 400;
    min-height: 1.75rem;
  }
  legend label.choice {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .grow {
    flex: 1 1 14rem;
  }
  .appearance {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
    gap: 0 calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  input[type='color'] {
    inline-size: 4rem;
    block-size: 2.25rem;
    padding: 0.125rem;
  }
  .notice.warning {
    display: block;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_warning-bg);
    color: var(--_text);
  }
  .ok {
    color: var(--_success);
  }
  .results {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .stage {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 6rem;
    padding: calc(var(--_space) * 2);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .stage.dark {
    background: #2b2f36;
    color: #ffffff;
  }
  textarea {
    inline-size: 100%;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    line-height: 1.45;
    white-space: pre;
    overflow-x: auto;
    resize: vertical;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .copy-row p {
    margin: 0;
  }
`;
