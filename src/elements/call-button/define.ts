import { define, type DkCallButton } from './call-button.js';

define();

declare global {
  interface HTMLElementTagNameMap {
    'dk-call-button': DkCallButton;
  }
}

export type { DkCallButton };
