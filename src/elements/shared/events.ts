import type { DialkitError } from '../../core/errors.js';

/**
 * Every `dk-*` event with its detail. Elements add theirs by declaration
 * merging, and `GlobalEventHandlersEventMap` picks them up, so
 * `addEventListener('dk-account-linked', e => e.detail.memberId)` is typed.
 *
 * Events bubble and are composed: a listener on a parent sees events of every
 * nested widget, so it checks `event.target` when that matters.
 */
export interface DialkitEventMap {
  /** A failure the element shows to the user. */
  'dk-error': { error: DialkitError; operation: string };
}

export type DialkitEvent<K extends keyof DialkitEventMap> = CustomEvent<DialkitEventMap[K]>;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends DialkitEventEntries {}
}

type DialkitEventEntries = { [K in keyof DialkitEventMap]: DialkitEvent<K> };

export interface EmitOptions {
  /** Whether a listener may call `preventDefault()` (default: no). */
  cancelable?: boolean;
  /** Whether the event leaves `target` (default: it bubbles and crosses shadow roots). */
  bubbles?: boolean;
}

/**
 * Dispatches a typed `dk-*` event from `target`: bubbling and composed unless
 * told otherwise. Returns false when a listener cancelled it.
 */
export function emit<K extends keyof DialkitEventMap>(
  target: EventTarget,
  name: K,
  detail: DialkitEventMap[K],
  { cancelable = false, bubbles = true }: EmitOptions = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles, composed: bubbles, cancelable }));
}
