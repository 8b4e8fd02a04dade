import { css } from 'lit';

/** The states of remote data (loading, error), notices and alerts, badges, and text for screen readers only. */
export const statesStyles = css`
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
  .alert p {
    margin: 0.25rem 0;
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

  /*
   * Out of sight, still read. Absolutely positioned, so it takes no room; at
   * the start of its containing block, so that in a wide table scrolled in
   * its wrapper it never lands past the page's edge and makes the page
   * scroll sideways (its containing block may be the page itself).
   */
  .visually-hidden {
    position: absolute;
    inset-inline-start: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
