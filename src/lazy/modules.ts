/**
 * Every module Portal Elements loads on demand, in one place. Elements and core
 * code never write `import('…')` themselves: they call these loaders, so a page
 * downloads the urgency rules, the abbreviation list, the FHIR adapter or the
 * Spanish strings only when it needs them.
 *
 * npm builds use this file as it is (bundlers split each import into a chunk).
 * The script-tag builds (`portal-elements.iife.js`, `portal-elements.bundle.js`)
 * rewrite each `import('…')` below into a chunk in the `portal-elements/` folder
 * next to the script (scripts/build-script-tag.mjs reads this object: keep one
 * `name: () => import('…'),` per line).
 */
export const lazyModules = {
  /** The urgency engine and its rule packs (`classifyUrgency`). */
  urgency: () => import('../core/urgency/index.js'),
  /**
   * All of the DOM-free core at once. Elements import the pieces they need directly;
   * the script-tag build loads this for `PortalElements`' synchronous core functions.
   */
  core: () => import('../core/index.js'),
  /** The shipped abbreviation list (167 entries, English and Spanish). */
  abbreviations: () => import('../core/notes/abbreviations.data.js'),
  /** Long explanations of lab tests, one chunk per language. */
  explanationsEn: () => import('../core/results/explanations.en.js'),
  explanationsEs: () => import('../core/results/explanations.es.js'),
  /** Which test maps to which explanation, with plain-language names (`<portal-results>`). */
  explanationIndex: () => import('../core/results/explanation-index.js'),
  /** `<portal-results>`: the "More about this result" panel (dates, trend chart and table, explanation). */
  resultDetail: () => import('../components/results/result-detail.js'),
  /** `<portal-results>`: held-result cards and release notices (only with "hold abnormal results"). */
  heldResult: () => import('../components/results/held-result.js'),
  /** `<portal-results>`: the result cards (value, flag, range bar, supportive and critical messages); loaded with the data. */
  resultCard: () => import('../components/results/result-card.js'),
  /** `<portal-result-preferences>`: the choices form and the read-only policy view. */
  resultPreferencesForm: () => import('../components/results/result-preferences-form.js'),
  /** Spanish strings for the elements (@lit/localize runtime mode). */
  localeEs: () => import('../i18n/locales/es.js'),
  /** `<portal-note>`: the open note (header, decoding and progressive rendering of its parts, versions). */
  noteView: () => import('../components/notes/note-view.js'),
  /** The HTML sanitiser, needed only to show an HTML note. */
  purify: () => import('dompurify'),
  /** The FHIR R4 adapter and the in-memory adapter with its sample patient. */
  fhir: () => import('../adapters/fhir/index.js'),
  memory: () => import('../adapters/memory/index.js'),
  /** `<portal-message-composer>`: the form and the sent confirmation (with attachment, routing and reply-time rules). */
  composerView: () => import('../components/messages/composer-view.js'),
  /** `<portal-messages>`: the messages of an open conversation. */
  messageThread: () => import('../components/messages/message-thread.js'),
  /** The urgency engine with `<portal-urgency-notice>` defined, for forms that check as the patient types. */
  urgencyCheck: () => import('../components/urgency/urgency-check.js'),
  /** Appointments: the confirmation details and the patient's list of requests. */
  appointmentRecords: () => import('../components/appointments/request-records.js'),
  /** Appointments: the open-time chooser (only where the clinic offers booking). */
  appointmentSlotPicker: () => import('../components/appointments/slot-picker.js'),
  /** Appointments: the request form's templates and validation (fetched on connect, with the clinic's options). */
  appointmentForm: () => import('../components/appointments/request-form.js'),
};

export type LazyModuleName = keyof typeof lazyModules;
export type LazyModule<K extends LazyModuleName> = Awaited<ReturnType<(typeof lazyModules)[K]>>;

const loaded = new Map<LazyModuleName, unknown>();
const pending = new Map<LazyModuleName, Promise<unknown>>();
const listeners = new Map<LazyModuleName, ((m: unknown) => void)[]>();

/** Runs `fn` with the module once it has loaded (at once if it already has). */
export function onModuleLoaded<K extends LazyModuleName>(name: K, fn: (m: LazyModule<K>) => void): void {
  const m = loaded.get(name);
  if (m) fn(m as LazyModule<K>);
  else listeners.set(name, [...(listeners.get(name) ?? []), fn as (m: unknown) => void]);
}

/**
 * Loads a module once; later calls share the promise. A failed load (a network
 * blip) is forgotten, so the next call tries again.
 */
export function loadModule<K extends LazyModuleName>(name: K): Promise<LazyModule<K>> {
  let p = pending.get(name) as Promise<LazyModule<K>> | undefined;
  if (!p) {
    p = (lazyModules[name]() as Promise<LazyModule<K>>).then(
      (m) => {
        loaded.set(name, m);
        for (const fn of listeners.get(name) ?? []) fn(m);
        listeners.delete(name);
        return m;
      },
      (e: unknown) => {
        pending.delete(name);
        throw e;
      },
    );
    pending.set(name, p);
  }
  return p;
}

/** The module if it has finished loading, else `undefined` (for code that must stay synchronous). */
export function loadedModule<K extends LazyModuleName>(name: K): LazyModule<K> | undefined {
  return loaded.get(name) as LazyModule<K> | undefined;
}

/**
 * Loads modules ahead of need (all of them by default). Useful before calling a
 * synchronous function of the script-tag build such as `classifyUrgency`; with the
 * npm package those are synchronous anyway.
 */
export async function preloadModules(names: readonly LazyModuleName[] = Object.keys(lazyModules) as LazyModuleName[]): Promise<void> {
  await Promise.all(names.map((n) => loadModule(n)));
}
