import type { str } from '@lit/localize';

/** A locale module's map from message id to its translation. */
export type LocaleTemplates = Record<string, string | ReturnType<typeof str>>;
