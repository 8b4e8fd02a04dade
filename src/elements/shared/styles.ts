import { css } from 'lit';
import { controlsStyles } from './styles/controls.js';
import { layoutStyles } from './styles/layout.js';
import { statesStyles } from './styles/states.js';

/**
 * The theming contract. Public `--dk-*` custom properties are read once here
 * and mapped onto private `--_*` ones that the styles use, so a host page sets
 * a brand colour without reaching into the element. `:host` resets the
 * inherited properties a host page's styles would leak in.
 */
const themeStyles = css`
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
`;

/**
 * What every element's stylesheet starts from: the theme, then controls,
 * states and layout, in that order (later rules win). An element with tables
 * adds `tablesStyles` (`styles/tables.ts`), one with dialogs `dialogsStyles`
 * (`styles/dialogs.ts`), after them: no rule of theirs competes with these.
 */
export const baseStyles = css`
  ${themeStyles}
  ${controlsStyles}
  ${statesStyles}
  ${layoutStyles}
`;
