import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the results widgets (ids start with `results.`). */
export const results: LocaleTemplates = {};
