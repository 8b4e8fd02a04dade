import { css } from 'lit';

/**
 * The kit's modal dialogs (`DialogController`): their box, backdrop, body and
 * actions. Not part of `baseStyles`: an element with dialogs adds it to its
 * own styles, and one without (reports, help, set-up) does not carry it.
 */
export const dialogsStyles = css`
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
  /* What a dialog says under its form: a total, a progress line, a failure. */
  dialog .summary {
    font-weight: 600;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  dialog .alert {
    margin-top: var(--_space);
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
`;
