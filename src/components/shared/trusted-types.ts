/**
 * The Trusted Types policy name this library creates (add it to your CSP
 * `trusted-types` directive, with `lit-html`). Its own file so that widget
 * entries can export the name without loading the sanitiser (`sanitize.ts`),
 * which only the on-demand note view needs.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'portal-elements';
