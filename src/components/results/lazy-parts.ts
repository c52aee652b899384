import type { ReactiveControllerHost } from 'lit';
import { toPortalError } from '../../adapters/errors.js';
import { loadedModule, loadModule, type LazyModule, type LazyModuleName } from '../../lazy/modules.js';

/**
 * The parts of an element that load on demand (a rarely used view, a data index).
 * `get()` is for `render()`: the module if it is ready, else it starts the load and
 * the host re-renders when it settles. A failed load is remembered (for an error
 * with "Try again") until `load()` is called again. `settled()` lets the host's
 * `updateComplete` wait for loads in flight, so tests and hosts never race them.
 */
export class LazyParts {
  private readonly inFlight = new Map<LazyModuleName, Promise<unknown>>();
  private readonly failed = new Map<LazyModuleName, unknown>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The module if loaded; otherwise starts loading it (unless it failed) and returns undefined. */
  get<K extends LazyModuleName>(name: K): LazyModule<K> | undefined {
    const m = loadedModule(name);
    if (!m && !this.failed.has(name)) void this.load(name);
    return m;
  }

  /** Why the module could not be loaded, if it could not. */
  error(name: LazyModuleName): unknown {
    return this.failed.get(name);
  }

  /** Loads (or retries) a module; resolves to `undefined` if it cannot be loaded. */
  load<K extends LazyModuleName>(name: K): Promise<LazyModule<K> | undefined> {
    const ready = loadedModule(name);
    if (ready) return Promise.resolve(ready);
    let p = this.inFlight.get(name) as Promise<LazyModule<K> | undefined> | undefined;
    if (!p) {
      // A retry shows the loading state again.
      if (this.failed.delete(name)) this.host.requestUpdate();
      p = loadModule(name).then(
        (m) => m,
        (e: unknown) => {
          // A chunk that cannot be fetched is a connection problem (the error view says so).
          this.failed.set(name, toPortalError(e));
          return undefined;
        },
      );
      this.inFlight.set(name, p);
      void p.then(() => {
        this.inFlight.delete(name);
        this.host.requestUpdate();
      });
    }
    return p;
  }

  /** Resolves once no load is in flight (including loads started meanwhile). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight.values());
  }
}
