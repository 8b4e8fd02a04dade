import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Task } from '@lit/task';
import type { SipProfileDetail } from '../../../adapter/types.js';
import type { LocalizeController } from '../../../i18n/controller.js';
import type { DialkitEventMap } from '../../shared/events.js';
import type { ElementServices } from '../../shared/controllers/services.js';

import type { ElementHost as Host } from '../../shared/controllers/services.js';
export type { Host };
import type { TaskViews } from '../../shared/base.js';

/** What the workflows of `dk-sip-profiles` get from the element. */
export interface SipProfiles {
  readonly host: Host;
  readonly i18n: LocalizeController;
  readonly services: ElementServices;
  renderTask<T>(task: Task<readonly unknown[], T>, views: TaskViews<T>): TemplateResult;
  emit<K extends keyof DialkitEventMap>(name: K, detail: DialkitEventMap[K]): boolean;
  /** Says `text` in the page's live region. */
  announce(text: string): void;
  /** The profile shown. */
  profile(): SipProfileDetail | undefined;
  /** The profile as a write answered it (or a conflict's fresh one): shown at once. */
  written(detail: SipProfileDetail): void;
  /** Reads the profile again, when a refusal says it is out of date. */
  reload(): void;
  /** The name of a profile of the company. */
  profileName(id: string): string;
}

/** Where the focus goes when the control that opened a dialog is gone (the removed account's button). */
export const addButton = (host: Host): HTMLElement | null => host.renderRoot.querySelector<HTMLElement>('#add-button');

export interface Choice {
  /** The radio group. */
  name: string;
  /** The radio's id; its reason, if any, is `<id>-reason`. */
  id: string;
  value: string;
  checked: boolean;
  /** What it is, and beside it in small type what tells it apart (the account name, the area). */
  label: string;
  detail: string;
  /** Why it cannot be chosen ('' when it can). */
  unavailable?: string;
  choose: () => void;
}

/** One choice of a radio list: an account to link, a number to add. */
export function renderChoice(c: Choice): TemplateResult {
  return html`<li class=${c.unavailable ? 'unavailable' : ''}>
    <input
      type="radio"
      name=${c.name}
      id=${c.id}
      value=${c.value}
      .checked=${live(c.checked)}
      ?disabled=${!!c.unavailable}
      aria-describedby=${c.unavailable ? `${c.id}-reason` : nothing}
      @change=${c.choose}
    />
    <label for=${c.id}>${c.label} <span class="account-id">${c.detail}</span></label>
    ${c.unavailable ? html`<span class="reason" id="${c.id}-reason">${c.unavailable}</span>` : nothing}
  </li>`;
}
