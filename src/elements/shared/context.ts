import { createContext, ContextProvider, ContextRoot } from '@lit/context';
import type { DialkitAdapter } from '../../adapter/adapter.js';

/**
 * The backend reaches elements through context. The key is a global symbol so
 * that two copies of the kit on one page agree on it.
 */
export const adapterContext = createContext<DialkitAdapter | undefined>(Symbol.for('dialkit.adapter'));

const ROOT = Symbol.for('dialkit.contextRoot');

/**
 * Keeps the requests of elements that found no provider, so that a provider
 * made later (`provideAdapter` after the elements connected, in any order of
 * scripts and markup) still reaches them. One per document, shared by every
 * copy of the kit; made when the first element connects.
 */
export function ensureContextRoot(doc: Document = document): void {
  const scope = doc as Document & { [ROOT]?: ContextRoot };
  if (scope[ROOT]) return;
  scope[ROOT] = new ContextRoot();
  scope[ROOT].attach(doc.documentElement);
}

/**
 * Makes `adapter` the backend of every `dk-*` element inside `element`
 * (any element of the host page: a `<div>`, a `<main>`, the `<body>`),
 * including elements already there. Returns the provider, whose `setValue`
 * swaps the adapter later.
 */
export function provideAdapter(element: HTMLElement, adapter: DialkitAdapter): ContextProvider<typeof adapterContext> {
  ensureContextRoot(element.ownerDocument);
  const provider = new ContextProvider(element, { context: adapterContext, initialValue: adapter });
  // A plain element is no controller host, so the provider is not told when it
  // connects: announce it now, so that elements waiting for one find it.
  provider.hostConnected();
  return provider;
}
