import type { LocaleTemplates } from '../templates.js';

/** Spanish strings for the messages widgets (ids start with `messages.`). */
export const messages: LocaleTemplates = {};
