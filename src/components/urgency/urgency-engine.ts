import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClassifyUrgencyOptions, UrgencyLevel, UrgencyResult } from '../../core/urgency/types.js';
import { loadedModule, loadModule, type LazyModule } from '../../lazy/modules.js';

export { urgencyUnavailableText } from './urgency-unavailable.js';

/**
 * The urgency engine (rules for two languages, ~30 KB gzip) is loaded on demand
 * so a widget's first paint does not wait for it. Elements start the download when
 * they connect, check synchronously once it is here (every keystroke, as before),
 * and wait for it before a send. If it cannot load they say so kindly and never
 * block the patient: see `urgencyUnavailableText` (`urgency-unavailable.ts`).
 */
export type UrgencyEngine = LazyModule<'urgencyCheck'>;

/** `idle` until something asks for the engine; `failed` after a failed (or too slow) download. */
export type UrgencyEngineStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What a widget keeps of a classification. */
export interface UrgencySummary {
  level: UrgencyLevel;
  categories: string[];
}

/** After this long a download counts as failed (the fallback shows); if it still arrives, checks start then. */
export const URGENCY_LOAD_TIMEOUT_MS = 10_000;

const loadFromChunk = (): Promise<UrgencyEngine> => loadModule('urgencyCheck');
let loader = loadFromChunk;
let engine: UrgencyEngine | undefined;
let status: UrgencyEngineStatus = 'idle';
let attempt: Promise<UrgencyEngine | undefined> | undefined;
const listeners = new Set<() => void>();

function setStatus(next: UrgencyEngineStatus): void {
  if (status === next) return;
  status = next;
  for (const listener of [...listeners]) listener();
}

/** The engine if it has loaded, else `undefined`. */
export function urgencyEngine(): UrgencyEngine | undefined {
  if (!engine && loader === loadFromChunk) {
    engine = loadedModule('urgencyCheck');
    if (engine) setStatus('ready');
  }
  return engine;
}

export function urgencyEngineStatus(): UrgencyEngineStatus {
  return urgencyEngine() ? 'ready' : status;
}

/**
 * Starts loading the engine (once; again after a failure). Resolves with it, or
 * with `undefined` if it failed or took longer than `URGENCY_LOAD_TIMEOUT_MS`.
 * Never rejects.
 */
export function loadUrgencyEngine(): Promise<UrgencyEngine | undefined> {
  const ready = urgencyEngine();
  if (ready) return Promise.resolve(ready);
  if (!attempt) {
    const from = loader;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const current: Promise<UrgencyEngine | undefined> = Promise.race([
      from().then(
        (m) => {
          if (loader !== from) return undefined;
          engine = m;
          setStatus('ready');
          return m;
        },
        () => undefined,
      ),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), URGENCY_LOAD_TIMEOUT_MS);
      }),
    ]).then((m) => {
      clearTimeout(timer);
      if (attempt === current) attempt = undefined;
      if (!m && loader === from) setStatus('failed');
      return m;
    });
    attempt = current;
    setStatus('loading');
  }
  return attempt;
}

/** Level and categories (each once, in order found) of a result. */
export function summarizeUrgency(result: UrgencyResult): UrgencySummary {
  return { level: result.level, categories: [...new Set(result.matches.map((m) => m.category))] };
}

/** Classifies now (synchronously) if the engine has loaded, else `undefined`. */
export function classifyUrgencyIfLoaded(text: string, options?: ClassifyUrgencyOptions): UrgencyResult | undefined {
  return urgencyEngine()?.classifyUrgency(text, options);
}

/**
 * Starts the download when the host connects, and updates the host (then calls
 * `onChange`) whenever the engine arrives or fails.
 */
export class UrgencyEngineController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: () => void,
  ) {
    host.addController(this);
  }

  get status(): UrgencyEngineStatus {
    return urgencyEngineStatus();
  }

  /** Settles when the current download does (at once if none is under way): for a host's `getUpdateComplete`. */
  get settled(): Promise<unknown> {
    return attempt ?? Promise.resolve();
  }

  /**
   * For a submit gate: a promise to wait on while the engine is still loading, else
   * `undefined` (go on at once). An engine that failed is retried in the background
   * only: the patient was already told we could not check, and sending is never blocked.
   */
  beforeSubmit(): Promise<unknown> | undefined {
    if (this.status === 'failed') void loadUrgencyEngine();
    else if (this.status !== 'ready') return loadUrgencyEngine();
    return undefined;
  }

  hostConnected(): void {
    listeners.add(this.changed);
    void loadUrgencyEngine();
  }

  hostDisconnected(): void {
    listeners.delete(this.changed);
  }

  private changed = (): void => {
    this.host.requestUpdate();
    this.onChange?.();
  };
}

/**
 * Replaces how the engine is fetched and forgets the current one; without an
 * argument, goes back to the shipped chunk. For tests (a slow or failing
 * download) and hosts that serve the engine themselves.
 */
export function setUrgencyEngineLoader(load: () => Promise<UrgencyEngine> = loadFromChunk): void {
  loader = load;
  engine = undefined;
  attempt = undefined;
  status = 'idle';
}
