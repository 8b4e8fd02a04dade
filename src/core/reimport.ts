import type { DialkitError } from './errors.js';

/**
 * `load`, an `import()`, made to load once and to be tried again after a
 * failure, which it rejects with as a `network` error: a module that could
 * not be loaded is a service that did not answer.
 *
 * A browser keeps a failed import's failure for its address (Chromium for the
 * document's life, without fetching again), so calling the same `import()`
 * again fails at once. After a failure, the next call imports the address
 * the browser named in its error ("…dynamically imported module: <url>",
 * Chromium and Firefox) under a fragment of its own, which the browser
 * fetches anew; where the error names none (Safari, a bundler's own chunk
 * loader, which retries by itself), it calls `load` again. `load` must be
 * the bare `import()`: what is made of the module comes after.
 */
export const reimportable =
  <M>(load: () => Promise<M>, loading?: Promise<M>, failed?: string): (() => Promise<M>) =>
  () =>
    (loading ??= (failed ? (import(/* @vite-ignore */ `${failed}#${Date.now()}`) as Promise<M>) : load()).catch((cause: unknown) => {
      loading = undefined;
      const message = String(cause);
      failed = /imported module: ([^\s#]+)/.exec(message)?.[1] ?? failed;
      throw { code: 'network', message } satisfies DialkitError;
    }));
