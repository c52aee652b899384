import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { loadModule } from '../lazy/modules.js';

export const sourceLocale = 'en';
export const targetLocales = ['es'] as const;
export const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** Maps any BCP 47 tag (`es-MX`, `EN_us`) to a supported locale, or `en`. */
export function resolveLocale(tag: string | null | undefined): string {
  const base = (tag ?? '').toLowerCase().replace('_', '-').split('-')[0] ?? '';
  return supportedLocales.includes(base) ? base : sourceLocale;
}

type Localization = ReturnType<typeof configureLocalization>;

const GLOBAL_KEY = Symbol.for('portal-elements/localization');
type GlobalWithLocalization = typeof globalThis & { [GLOBAL_KEY]?: Localization };

/**
 * One localisation per copy of the library. Locale modules load lazily, so an
 * English page never downloads the Spanish strings.
 */
function init(): Localization {
  const g = globalThis as GlobalWithLocalization;
  try {
    const l = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale: string) => {
        if (locale === 'es') return loadModule('localeEs');
        throw new Error(`Unsupported locale ${locale}`);
      },
    });
    g[GLOBAL_KEY] = l;
    return l;
  } catch (e) {
    // configureLocalization may run only once per @lit/localize instance; reuse ours.
    const existing = g[GLOBAL_KEY];
    if (existing) return existing;
    throw e;
  }
}

const localization = init();

/** The locale elements currently render in. */
export const getLocale = (): string => localization.getLocale();

/** Switches every Portal Elements widget on the page to `locale` (`en`, `es`, or a regional tag). */
export function setLocale(locale: string): Promise<void> {
  const target = resolveLocale(locale);
  if (target === localization.getLocale()) return Promise.resolve();
  return localization.setLocale(target);
}

export { LOCALE_STATUS_EVENT };
