import type { LocalizeController } from '../../../i18n/controller.js';
import type { DialkitEventMap } from '../../shared/events.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import type { WriteController, WriteOptions } from '../../shared/controllers/write.js';

import type { ElementHost as Host } from '../../shared/controllers/services.js';
export type { Host };

/**
 * What the workflows of `dk-members` need of the element: its services, its
 * words and formats, its events, and the live region that says what just
 * happened.
 */
export interface MembersKit extends ElementServices {
  readonly host: Host;
  readonly i18n: LocalizeController;
  emit<K extends keyof DialkitEventMap>(name: K, detail: DialkitEventMap[K]): boolean;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
}

/** What the dialogs and the invitations panel need besides: a write (loaded with them). */
export interface WritingKit extends MembersKit {
  writer(operation: string, options?: Omit<WriteOptions, 'operation'>): WriteController;
}

/** Focuses what `selector` finds in the element, once it has rendered. */
export async function focusAfterUpdate(host: Host, selector: string): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
}
