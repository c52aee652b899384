/**
 * Loaders for the long explanation texts, one chunk per language, so a page pays
 * for them only when a patient opens "What is this test?". DOM-free.
 */
import { loadModule } from '../../lazy/modules.js';
import type { ExplanationLocale, ExplanationText } from './explanation-index.js';

/** Loads the long texts for one language (a separate chunk per language). */
export async function loadExplanationTexts(locale: ExplanationLocale): Promise<Readonly<Record<string, ExplanationText>>> {
  const mod = await loadModule(locale === 'es' ? 'explanationsEs' : 'explanationsEn');
  return mod.explanationTexts;
}

/** The long text for one test, in `locale` (`es…` gives Spanish, anything else English). */
export async function loadExplanation(key: string, locale: string): Promise<ExplanationText | undefined> {
  const texts = await loadExplanationTexts(locale.toLowerCase().startsWith('es') ? 'es' : 'en');
  return texts[key];
}
