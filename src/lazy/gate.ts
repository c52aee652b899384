/**
 * Stand-ins the script-tag build puts in place of heavy modules (see
 * scripts/build-script-tag.mjs). They keep `PortalElements` exposing the same names
 * as the npm entry while the code itself arrives in a chunk when first needed.
 */
import { loadedModule, loadModule, onModuleLoaded, type LazyModuleName } from './modules.js';

type AnyModule = Record<string, unknown>;
type Ctor = new (...args: unknown[]) => object;

export { onModuleLoaded };

function notLoaded(key: LazyModuleName, name: string): Error {
  return new Error(
    `Portal Elements: ${name} lives in the "${key}" chunk, which has not loaded yet. ` +
      `Call \`await PortalElements.preloadModules(['${key}'])\` first (or use the npm package, where it is synchronous).`,
  );
}

function current(key: LazyModuleName): AnyModule | undefined {
  return loadedModule(key);
}

/** A synchronous function from a chunk: works once the chunk has loaded. */
export function gated(key: LazyModuleName, name: string): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const fn = current(key)?.[name] as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) throw notLoaded(key, name);
    return fn(...args);
  };
}

/** A class from a chunk: `new` works once the chunk has loaded. */
export function gatedClass(key: LazyModuleName, name: string): Ctor {
  return class {
    constructor(...args: unknown[]) {
      const Real = current(key)?.[name] as Ctor | undefined;
      if (!Real) throw notLoaded(key, name);
      return new Real(...args);
    }
  };
}

/**
 * An adapter class whose code is in a chunk. `new` works at once; the chunk starts
 * loading then. A method called before it has arrived waits for it (calls keep their
 * order) and returns a Promise — the adapter methods do anyway. Before it has loaded,
 * `capabilities` answers from the options (the same defaults the real class uses).
 */
export function lazyAdapterClass(
  key: LazyModuleName,
  name: string,
  methods: readonly string[],
  initialCapabilities: (...args: unknown[]) => unknown,
): Ctor {
  return class {
    constructor(...args: unknown[]) {
      const Ready = current(key)?.[name] as Ctor | undefined;
      if (Ready) return new Ready(...args);
      let real: Record<string | symbol, unknown> | undefined;
      let failure: unknown;
      const made = loadModule(key).then(
        (m) => (real = new ((m as AnyModule)[name] as Ctor)(...args) as Record<string | symbol, unknown>),
        (e: unknown) => {
          failure = e;
          throw e;
        },
      );
      made.catch(() => undefined);
      const caps = initialCapabilities(...args);
      return new Proxy(this, {
        get(target, prop, receiver) {
          if (real) {
            const v = Reflect.get(real, prop, real);
            return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(real) : v;
          }
          if (prop === 'capabilities') return caps;
          if (typeof prop === 'string' && methods.includes(prop)) {
            return async (...a: unknown[]) => {
              const r = await made;
              return (r[prop] as (...x: unknown[]) => unknown).apply(r, a);
            };
          }
          if (failure) throw failure instanceof Error ? failure : new Error('Portal Elements: the adapter chunk failed to load.');
          return Reflect.get(target, prop, receiver);
        },
      });
    }
  };
}
