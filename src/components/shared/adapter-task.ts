import { initialState, Task, type TaskConfig } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { PortalAdapter } from '../../adapters/types.js';
import { toPortalError } from '../../adapters/errors.js';

interface AdapterHost extends ReactiveControllerHost, HTMLElement {
  readonly resolvedAdapter: PortalAdapter | undefined;
}

/**
 * A `@lit/task` Task that reruns when the element's adapter or `args()` change,
 * stays in its initial state while no adapter is connected, and always rejects
 * with a `PortalError` (so error views can explain the failure by kind).
 */
export function adapterTask<R, A extends readonly unknown[]>(
  host: AdapterHost,
  run: (adapter: PortalAdapter, args: A, signal: AbortSignal) => Promise<R>,
  args: () => A,
  options: Pick<TaskConfig<[PortalAdapter | undefined, ...A], R>, 'autoRun' | 'onComplete' | 'onError'> = {},
): Task<[PortalAdapter | undefined, ...A], R> {
  return new Task<[PortalAdapter | undefined, ...A], R>(host, {
    task: async ([adapter, ...rest], { signal }) => {
      if (!adapter) return initialState;
      try {
        return await run(adapter, rest, signal);
      } catch (e) {
        throw toPortalError(e);
      }
    },
    args: (): [PortalAdapter | undefined, ...A] => [host.resolvedAdapter, ...args()],
    ...options,
  });
}
