import { createContext, ContextProvider } from '@lit/context';
import type { DialkitAdapter } from '../../adapter/adapter.js';

/**
 * The backend reaches elements through context. The key is a global symbol so
 * that two copies of the kit on one page agree on it.
 */
export const adapterContext = createContext<DialkitAdapter | undefined>(Symbol.for('dialkit.adapter'));

/**
 * Makes `adapter` the backend of every `dk-*` element inside `element`
 * (any element of the host page: a `<div>`, a `<main>`, the `<body>`).
 * Returns the provider, whose `setValue` swaps the adapter later.
 */
export function provideAdapter(element: HTMLElement, adapter: DialkitAdapter): ContextProvider<typeof adapterContext> {
  return new ContextProvider(element, { context: adapterContext, initialValue: adapter });
}
