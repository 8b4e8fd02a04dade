import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { DialkitError } from '../../core/errors.js';
import { reimportable } from '../../core/reimport.js';

/** How an element renders a task's states (`DialkitElement.renderTask`). */
export type RenderLoad = <T>(task: Task<readonly unknown[], T>, views: { complete: (data: T) => typeof nothing }) => TemplateResult;

/**
 * Code an element loads when it is first used, not at its first paint: a
 * dialog's module when the dialog first opens, a tab's panel when the tab is
 * first shown. `use(then)` runs `then` with the module, at once when it is
 * loaded, else once it is; meanwhile `render` shows the loading state, and a
 * failed load (the network) its error with Retry, which loads again and then
 * runs what was asked. The opener is the caller's to keep (an event's
 * `currentTarget` is gone once the module comes).
 */
export class LazyModule<N, M = N> {
  private then?: (module: M) => unknown;
  readonly task: Task<readonly [], M>;

  /** `load` imports the module (`() => import('./internal/…')`), `make` builds what the element uses from it. */
  constructor(
    host: ReactiveControllerHost,
    load: () => Promise<N>,
    report: (error: DialkitError) => unknown,
    make: (module: N) => M = (module) => module as unknown as M,
  ) {
    // Retry loads again, though the browser keeps a failed import's failure (core/reimport.ts).
    const loadAgain = reimportable(load);
    this.task = new Task(host, {
      autoRun: false,
      args: () => [] as const,
      task: async () => {
        // A failed load rejects with a network error.
        const module = make(await loadAgain());
        const then = this.then;
        this.then = undefined;
        then?.(module);
        return module;
      },
      onError: (error) => report(error as DialkitError),
    });
  }

  /** The module, once loaded. */
  get module(): M | undefined {
    return this.task.value;
  }

  /** Runs `then` with the module, loading it first if need be; the last asked wins while it loads. */
  use(then: (module: M) => unknown): void {
    if (this.task.status === TaskStatus.COMPLETE) {
      then(this.task.value!);
      return;
    }
    this.then = then;
    if (this.task.status !== TaskStatus.PENDING) void this.task.run();
  }

  /** The loading state while the module loads, its error with Retry when it failed; nothing before the first use, nor once loaded. */
  render(renderTask: RenderLoad): TemplateResult | typeof nothing {
    return this.task.status === TaskStatus.INITIAL ? nothing : renderTask(this.task, { complete: () => nothing });
  }
}
