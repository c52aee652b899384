import type { StoryContext } from '@storybook/web-components-vite';
import type { PartLoader } from '../../src/components/shared/lazy-parts.js';
import { setUrgencyEngineLoader, type UrgencyEngine } from '../../src/components/urgency/urgency-engine.js';
import { lazyModules, loadedModule, loadModule, type LazyModuleName } from '../../src/lazy/modules.js';

/**
 * Stories for the parts that load on demand (docs/performance.md): a download
 * that is slow (it never finishes while the story is shown) or failing (the
 * network is down, "Try again" included). The hooks are the ones the tests use.
 *
 * The urgency engine and `lazyModules` are shared by the whole page, so the
 * helpers below are story `beforeEach` functions: they change the hook for one
 * story and return the cleanup Storybook runs before the next story renders.
 * Stories that use them also take `onItsOwnPage`, so on a docs page they render
 * in their own frame instead of changing the hook under the other stories.
 */
export type Download = 'slow' | 'failing';

/** What the browser throws when a chunk cannot be fetched. */
const chunkError = (): TypeError => new TypeError('Failed to fetch dynamically imported module');

/** A download held back until `release()`, then done for real (so nothing waits on it for ever). */
function heldBack<T>(real: () => Promise<T>): { load: () => Promise<T>; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { load: () => gate.then(real), release };
}

/** For stories that change a page-wide hook: a docs page shows them in their own frame. */
export const onItsOwnPage = { docs: { story: { inline: false, height: '40rem' } } };

/** `beforeEach`: the urgency engine is slow to download (forms wait for it at most 10 seconds) or cannot be downloaded. */
export function urgencyEngineDownload(how: Download): () => () => void {
  return () => {
    const slow = heldBack<UrgencyEngine>(() => loadModule('urgencyCheck'));
    setUrgencyEngineLoader(how === 'failing' ? () => Promise.reject(chunkError()) : slow.load);
    return () => {
      setUrgencyEngineLoader();
      slow.release();
    };
  };
}

/**
 * `beforeEach`: the parts in `names` are slow to download or cannot be downloaded.
 * A part loads once per page; if an earlier story in this page already loaded one,
 * the preview reloads first (it comes back on this story), so the story starts
 * like a page that has not needed the part yet.
 */
export function partDownload(how: Download, ...names: LazyModuleName[]): (context: StoryContext) => Promise<() => void> {
  return async ({ id }) => {
    await startCold(id, names);
    const loaders = lazyModules as unknown as Record<LazyModuleName, () => Promise<unknown>>;
    const originals = names.map((name) => [name, loaders[name]] as const);
    const releases: (() => void)[] = [];
    for (const [name, real] of originals) {
      if (how === 'failing') {
        loaders[name] = () => Promise.reject(chunkError());
      } else {
        const slow = heldBack(real);
        loaders[name] = slow.load;
        releases.push(slow.release);
      }
    }
    return () => {
      for (const [name, real] of originals) loaders[name] = real;
      for (const release of releases) release();
    };
  };
}

async function startCold(storyId: string, names: readonly LazyModuleName[]): Promise<void> {
  const reloaded = `portal-stories:reloaded:${storyId}`;
  if (!names.some((name) => loadedModule(name)) || sessionStorage.getItem(reloaded)) {
    sessionStorage.removeItem(reloaded);
    return;
  }
  sessionStorage.setItem(reloaded, '1');
  location.reload();
  await new Promise<never>(() => undefined);
}

/**
 * For elements with their own part loader (`<portal-appointment-request>`'s
 * `parts.loader`): the parts in `names` are slow or failing for this element only.
 */
export function partLoader(how: Download, ...names: LazyModuleName[]): PartLoader {
  const stub = (): Promise<never> => (how === 'failing' ? Promise.reject(chunkError()) : new Promise<never>(() => undefined));
  return {
    load: ((name: LazyModuleName) => (names.includes(name) ? stub() : loadModule(name))) as PartLoader['load'],
    peek: ((name: LazyModuleName) => (names.includes(name) ? undefined : loadedModule(name))) as PartLoader['peek'],
  };
}
