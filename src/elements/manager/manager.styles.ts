import { css } from 'lit';

export const styles = css`
  #content:focus,
  #overview-title:focus {
    outline: none;
  }
  .top {
    align-items: center;
    padding-bottom: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_border);
  }
  .brand {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0;
    min-width: 0;
  }
  .product {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .company {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  /* Wide: the navigation is a column beside the section. Narrow: a wrapping row above it. */
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav :is(a, button) {
    display: flex;
    align-items: center;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  nav :is(a, button):hover {
    background: var(--_surface-alt);
  }
  nav [aria-current='page'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  nav [aria-current='page']:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }
  @container (min-width: 48rem) {
    .frame {
      grid-template-columns: 12rem minmax(0, 1fr);
      gap: calc(var(--_space) * 3);
      align-items: start;
    }
    nav ul {
      flex-direction: column;
      flex-wrap: nowrap;
      gap: 0.125rem;
    }
    nav :is(a, button) {
      width: 100%;
      border-color: transparent;
      border-radius: var(--_radius);
      background: none;
    }
    nav [aria-current='page'] {
      background: color-mix(in srgb, var(--_accent) 12%, var(--_surface));
      color: var(--_text);
      border-color: transparent;
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    nav [aria-current='page']:hover {
      background: color-mix(in srgb, var(--_accent) 18%, var(--_surface));
    }
  }

  .content {
    min-width: 0;
  }
  .back {
    margin-bottom: var(--_space);
  }
  .welcome {
    margin-bottom: calc(var(--_space) * 2);
  }

  .tasks {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 3);
    padding: 0;
    list-style: none;
    counter-reset: task;
  }
  .task {
    counter-increment: task;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .task::before {
    content: counter(task);
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-weight: 700;
  }
  .task-button {
    align-self: flex-start;
    padding: 0;
    border: none;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 1.05rem;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .task-name {
    font-size: 1.05rem;
    font-weight: 700;
  }
  .task p {
    margin: 0;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12.5rem, 1fr));
    gap: calc(var(--_space) * 1.5);
    margin: 0 0 calc(var(--_space) * 3);
  }
  .figure {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .figure dt {
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .figure dd {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    margin: 0;
  }
  .figure .value {
    font-size: 1.375rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    overflow-wrap: break-word;
  }
  .figure .value.unavailable {
    font-size: 1rem;
    color: var(--_muted);
  }
  .figure .value.loading {
    min-height: 1.8rem;
    display: flex;
    align-items: center;
  }

  .company-card {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .company-card h3 {
    flex-basis: 100%;
    margin: 0;
  }
  .company-card p {
    display: flex;
    flex-direction: column;
    margin: 0;
  }
  .company-name {
    font-weight: 600;
  }
`;
