/**
 * Plain-language explanations of common tests: the synchronous index (LOINC
 * codes, name aliases and short plain-language names in English and Spanish) and
 * lazy loaders for the longer texts. DOM-free.
 *
 * Sources are listed in docs/result-explanations-sources.md.
 */
export { EXPLANATION_INDEX, explanationEntry, explanationFor, findExplanation } from './explanation-index.js';
export type { ExplanationEntry, ExplanationKind, ExplanationLocale, ExplanationText } from './explanation-index.js';
export { loadExplanation, loadExplanationTexts } from './explanation-texts.js';
