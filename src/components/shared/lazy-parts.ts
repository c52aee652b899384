import type { ReactiveControllerHost } from 'lit';
import { toPortalError } from '../../adapters/errors.js';
import { loadedModule, loadModule, type LazyModule, type LazyModuleName } from '../../lazy/modules.js';

/** How parts are fetched: the shared loaders, or a stand-in (a slow or failing network in tests). */
export interface PartLoader {
  load<K extends LazyModuleName>(name: K): Promise<LazyModule<K>>;
  peek<K extends LazyModuleName>(name: K): LazyModule<K> | undefined;
}

const shared: PartLoader = { load: loadModule, peek: loadedModule };

/**
 * The parts of an element that load on demand (a view, a data index). `get()` is for `render()`: the
 * module if it is here, else it starts the download and the host re-renders when
 * it settles. A failed download is remembered (for an error with "Try again")
 * until `load()` is called again. `settled()` lets the host's `updateComplete`
 * wait for downloads in flight, so tests and hosts never race them.
 */
export class LazyParts {
  /** Replace before the host connects to simulate a slow or failing network. */
  loader: PartLoader = shared;
  private readonly ready = new Map<LazyModuleName, unknown>();
  private readonly inFlight = new Map<LazyModuleName, Promise<unknown>>();
  private readonly failed = new Map<LazyModuleName, unknown>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The module if loaded; otherwise starts loading it (unless it failed) and returns undefined. */
  get<K extends LazyModuleName>(name: K): LazyModule<K> | undefined {
    const m = this.peek(name);
    if (!m && !this.failed.has(name)) void this.load(name);
    return m;
  }

  /** Why the module could not be loaded, if it could not. */
  error(name: LazyModuleName): unknown {
    return this.failed.get(name);
  }

  /** Loads (or retries) a module; resolves to `undefined` if it cannot be loaded. */
  load<K extends LazyModuleName>(name: K): Promise<LazyModule<K> | undefined> {
    const m = this.peek(name);
    if (m) return Promise.resolve(m);
    let p = this.inFlight.get(name) as Promise<LazyModule<K> | undefined> | undefined;
    if (!p) {
      // A retry shows the loading state again.
      if (this.failed.delete(name)) this.host.requestUpdate();
      p = this.loader.load(name).then(
        (loaded) => {
          this.ready.set(name, loaded);
          return loaded;
        },
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

  /** The download of a module while it is in flight, else `undefined`. */
  pending(name: LazyModuleName): Promise<unknown> | undefined {
    return this.inFlight.get(name);
  }

  /** True while a download is in flight. */
  get busy(): boolean {
    return this.inFlight.size > 0;
  }

  /** Resolves once no download is in flight (including ones started meanwhile). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight.values());
  }

  /** The module if loaded, without starting a download. */
  peek<K extends LazyModuleName>(name: K): LazyModule<K> | undefined {
    return (this.ready.get(name) as LazyModule<K> | undefined) ?? this.loader.peek(name);
  }
}
