import type { ReactiveControllerHost } from 'lit';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { DialkitError } from '../../../core/errors.js';

/** What the shared controllers need of their element (`DialkitElement.services`). */
export interface ElementServices {
  /** The backend in force (it may change: read it each time). */
  backend: () => DialkitAdapter;
  /** Shows a failure to the page (`dk-error`) and returns it as a `DialkitError`. */
  report: (operation: string, error: unknown) => DialkitError;
  /** The user-facing text of an error. */
  describe: (error: DialkitError) => string;
  /** The element's translation. */
  t: (key: string, values?: Record<string, unknown>) => string;
}

/** The element a controller or a workflow belongs to: it renders, updates, and has a render root to search. */
export type ElementHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
