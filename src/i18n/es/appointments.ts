import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the appointments widgets (ids start with `appointments.`). */
export const appointments: LocaleTemplates = {};
