import type { ReactiveControllerHost } from 'lit';
import { loadedModule, loadModule, type LazyModule, type LazyModuleName } from '../../lazy/modules.js';

/**
 * A view module an element loads on demand. `load()` starts (or, after a failure,
 * retries) the download and updates the host when it settles; `error` says why it
 * failed, for a "Try again"; `loading` lets the host's `updateComplete` wait for it.
 */
export class LazyView<K extends LazyModuleName> {
  error?: unknown;
  loading?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly name: K,
    private readonly onLoad?: () => void,
  ) {}

  get module(): LazyModule<K> | undefined {
    return loadedModule(this.name);
  }

  load(): void {
    if (this.module || this.loading) return;
    this.error = undefined;
    this.loading = loadModule(this.name)
      .then(
        () => this.onLoad?.(),
        (e: unknown) => {
          this.error = e;
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }
}
