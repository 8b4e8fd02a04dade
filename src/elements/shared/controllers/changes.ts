import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import { onBackendChange, type DialkitChange } from '../../../adapter/changes.js';

/**
 * Keeps an element listening to the changes of its backend, whichever it is
 * now (the adapter property, a provider's, the `api-base` one may each change
 * after the element connected), and calls `changed` for each change another
 * element or the page made. Changes arriving together (a bulk write, several
 * widgets saving) are passed on at most once a frame.
 */
export class BackendChangesController implements ReactiveController {
  private backend?: DialkitAdapter;
  private stop?: () => void;
  private pending: DialkitChange[] = [];
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: () => DialkitAdapter,
    private readonly changed: (changes: DialkitChange[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = this.backend = undefined;
    cancelAnimationFrame(this.frame);
    this.pending = [];
  }

  private follow(): void {
    const backend = this.source();
    if (backend === this.backend) return;
    this.stop?.();
    this.backend = backend;
    this.stop = onBackendChange(backend, (change) => {
      if (change.origin === this.host) return;
      this.pending.push(change);
      if (this.pending.length === 1) this.frame = requestAnimationFrame(this.flush);
    });
  }

  private readonly flush = (): void => {
    const changes = this.pending;
    this.pending = [];
    if (changes.length) this.changed(changes);
  };
}
