import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the notes widgets (ids start with `notes.`). */
export const notes: LocaleTemplates = {};
