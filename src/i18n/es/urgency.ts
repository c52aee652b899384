import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the urgency widgets (ids start with `urgency.`). */
export const urgency: LocaleTemplates = {};
