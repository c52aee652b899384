/**
 * Where the script-tag build finds its chunks: the `portal-elements/` folder next to
 * the script, or the folder a `data-chunks="…"` attribute on the script tag names
 * (for a CDN or a renamed file).
 */
const script = typeof document === 'undefined' ? null : document.currentScript;
const fromScript = script instanceof HTMLScriptElement ? script : null;
const base = new URL(
  fromScript?.dataset['chunks'] ?? 'portal-elements/',
  fromScript?.src || (typeof location === 'undefined' ? 'file:///' : location.href),
);
const folder = base.href.endsWith('/') ? base.href : `${base.href}/`;

/** The absolute URL of one chunk file. */
export function chunkUrl(file: string): string {
  return new URL(file, folder).href;
}
