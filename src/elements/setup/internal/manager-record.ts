import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { DialkitAdapter } from '../../../adapter/adapter.js';
import type { Manager } from '../../../adapter/types.js';
import type { ElementServices } from '../../shared/controllers/services.js';
import { unwrap } from '../../shared/base.js';

/**
 * The Manager of the company, read on the element's backend: `null` while it
 * is not set up (the backend's `not_set_up` is an answer, not a failure).
 * Both `dk-setup` and `dk-manager` start from it.
 */
export function managerTask(
  host: ReactiveControllerHost,
  services: Pick<ElementServices, 'backend' | 'report'>,
): Task<readonly [DialkitAdapter], Manager | null> {
  return new Task(host, {
    task: async ([backend], { signal }) => {
      const result = await backend.getManager({ signal });
      if (!result.ok && result.error.code === 'not_set_up') return null;
      return unwrap(result);
    },
    args: () => [services.backend()] as const,
    onError: (error) => services.report('getManager', error),
  });
}

/**
 * The Manager to show: what was read, unless the element has since learnt a
 * newer version (its own write's answer, a section's event, a conflict's
 * fresh record).
 */
export function newestManager(read: Manager | null | undefined, learnt: Manager | undefined): Manager | undefined {
  if (!learnt) return read ?? undefined;
  return read && read.version > learnt.version ? read : learnt;
}
