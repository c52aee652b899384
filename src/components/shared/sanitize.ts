/**
 * The one place where HTML from a server becomes DOM. Everything goes through
 * DOMPurify with a strict allow-list made for clinical documents:
 *
 * - no scripts, event handlers, forms, frames, objects, `<base>`, `<meta>`,
 *   `<link>`, `<style>`, SVG or MathML (which removes namespace-confusion tricks);
 * - no `style` attributes (CSS can hide, spoof or exfiltrate, and a strict CSP
 *   blocks inline styles anyway), no `class`/`id`/`aria-*`/`data-*` (content must
 *   not borrow the widget's own styling or accessibility semantics);
 * - URLs only `https:`, `http:`, `mailto:`, `tel:` or relative; never
 *   `javascript:`, `data:`, `vbscript:`;
 * - links open in a new tab with `rel="noopener noreferrer"`; images load lazily
 *   without a referrer.
 *
 * Trusted Types: when `window.trustedTypes` exists, the sanitiser uses a policy
 * named **`portal-elements`** (add it to your CSP `trusted-types` directive, with
 * `lit-html` for Lit). The policy is only ever handed to DOMPurify, which needs it
 * to parse the untrusted string in an inert document; what reaches the page is
 * DOMPurify's output. Elements insert a sanitised `DocumentFragment`, so no HTML
 * string sink is used and no `unsafe-inline` is needed.
 *
 * DOMPurify is loaded on demand (`loadModule('purify')`): a page that never shows an
 * HTML note never downloads it. Call `sanitizeHtml()` (async), or `await loadSanitizer()`
 * and use the sanitiser it returns (the synchronous `sanitizeToFragment()` works from
 * then on too). Code that is itself loaded on demand gets DOMPurify from its element
 * and calls `createSanitizer(purify)`, so it never relies on this module's loader.
 */
import type { Config, DOMPurify } from 'dompurify';
import { loadedModule, loadModule } from '../../lazy/modules.js';
import { TRUSTED_TYPES_POLICY_NAME } from './trusted-types.js';

export { TRUSTED_TYPES_POLICY_NAME };

type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
/** `TrustedHTML` where the browser supports Trusted Types. */
export type SanitizedHTML = ReturnType<Policy['createHTML']>;

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

const POLICY_KEY = Symbol.for('portal-elements/trusted-types-policy');
type GlobalWithPolicy = typeof globalThis & { [POLICY_KEY]?: Policy | null; trustedTypes?: TrustedTypesFactory };

/**
 * The `portal-elements` policy, created once per page (shared by every copy of the
 * library so a CSP without `allow-duplicates` is respected). `undefined` without
 * Trusted Types; `null` when the page's CSP does not allow the policy name.
 */
function trustedTypesPolicy(): Policy | null | undefined {
  const g = globalThis as GlobalWithPolicy;
  if (!g.trustedTypes || typeof g.trustedTypes.createPolicy !== 'function') return undefined;
  if (g[POLICY_KEY] !== undefined) return g[POLICY_KEY];
  try {
    // Identity callbacks: the policy is private to this module and used only for
    // DOMPurify's inert parsing and for signing DOMPurify's own output.
    g[POLICY_KEY] = g.trustedTypes.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (input) => input,
      createScriptURL: (input) => input,
    });
  } catch {
    g[POLICY_KEY] = null;
  }
  return g[POLICY_KEY];
}

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span',
  'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'headers', 'abbr', 'datetime', 'cite',
  'start', 'reversed', 'type', 'open', 'width', 'height', 'span', 'value',
];

/** Schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:…) is dropped. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const UNSAFE_SCHEME = /^(?:javascript|data|vbscript|file|blob|filesystem):/i;
const URL_ATTRS = ['href', 'src', 'cite', 'action', 'formaction', 'poster', 'background', 'longdesc', 'xlink:href'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  SANITIZE_DOM: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  FORBID_TAGS: ['style', 'script', 'template', 'noscript', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'srcdoc', 'target', 'rel', 'ping', 'form', 'formaction', 'action'],
};

// Browsers ignore these in URLs, so `java\tscript:` is `javascript:`.
// eslint-disable-next-line no-control-regex
const URL_NOISE = /[\u0000-\u0020\u007F-\u009F]/g;

function unsafeUrl(value: string): boolean {
  return UNSAFE_SCHEME.test(value.replace(URL_NOISE, ''));
}

/** DOMPurify itself (its default export), as `loadPurify()` returns it. */
export type Purify = DOMPurify;

/** Loads DOMPurify (once per page); for `createSanitizer`. */
export async function loadPurify(): Promise<DOMPurify> {
  return (await loadModule('purify')).default;
}

/** Sanitises with our allow-list and hooks; see `createSanitizer`. */
export interface Sanitizer {
  /** Untrusted HTML to a `DocumentFragment` ready to insert (or to render as a Lit child value). */
  toFragment(dirty: string): DocumentFragment;
  /** Untrusted HTML to a string, signed as `TrustedHTML` where the browser supports Trusted Types. */
  toTrustedHTML(dirty: string): SanitizedHTML | string;
}

/** One instance per DOMPurify, so our hooks never affect another library's DOMPurify. */
const sanitizers = new WeakMap<DOMPurify, Sanitizer>();

/**
 * Our sanitiser on a loaded DOMPurify (`loadPurify()`). Code loaded on demand
 * receives DOMPurify from the element rather than loading it itself.
 */
export function createSanitizer(purify: DOMPurify): Sanitizer {
  let sanitizer = sanitizers.get(purify);
  if (!sanitizer) {
    const p = createPurifier(purify);
    sanitizer = {
      toFragment: (dirty) => p.sanitize(dirty, { ...config(), RETURN_DOM_FRAGMENT: true }),
      // Signed by our policy (or DOMPurify's) where Trusted Types exist, a plain string elsewhere.
      toTrustedHTML: (dirty) => (trustedTypesPolicy() ? p.sanitize(dirty, { ...config(), RETURN_TRUSTED_TYPE: true }) : p.sanitize(dirty, config())),
    };
    sanitizers.set(purify, sanitizer);
  }
  return sanitizer;
}

/** Loads DOMPurify if needed and returns our sanitiser. A failed load is retried on the next call. */
export async function loadSanitizer(): Promise<Sanitizer> {
  return createSanitizer(await loadPurify());
}

/** The sanitiser if DOMPurify has loaded, else `undefined`. */
function loadedSanitizer(): Sanitizer | undefined {
  const purify = loadedModule('purify')?.default;
  return purify && createSanitizer(purify);
}

/** Whether DOMPurify has loaded, so the synchronous functions below work. */
export function sanitizerReady(): boolean {
  return loadedSanitizer() !== undefined;
}

function ready(): Sanitizer {
  const sanitizer = loadedSanitizer();
  if (!sanitizer) throw new Error('portal-elements: the HTML sanitiser is not loaded yet (await loadSanitizer() first).');
  return sanitizer;
}

function createPurifier(factory: DOMPurify): DOMPurify {
  const p = factory(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    for (const attr of URL_ATTRS) {
      const value = node.getAttribute(attr);
      if (value !== null && unsafeUrl(value)) node.removeAttribute(attr);
    }
    const tag = node.localName;
    if (tag === 'a') {
      const href = node.getAttribute('href');
      // In-page anchors cannot work inside a shadow root; keep the text, drop the link.
      if (!href || href.trim().startsWith('#')) {
        node.removeAttribute('href');
      } else {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (tag === 'img') {
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return p;
}

function config(): Config {
  const policy = trustedTypesPolicy();
  // Without our policy (no Trusted Types, or a CSP that refuses the name) DOMPurify
  // falls back to its own `dompurify` policy when it can, or to plain strings.
  return policy ? { ...CONFIG, TRUSTED_TYPES_POLICY: policy } : CONFIG;
}

/** `sanitizeToFragment`, loading DOMPurify first if needed. */
export async function sanitizeHtml(dirty: string): Promise<DocumentFragment> {
  return (await loadSanitizer()).toFragment(dirty);
}

/**
 * Sanitises untrusted HTML into a `DocumentFragment` ready to insert (or to render
 * as a Lit child value). It needs no HTML sink, so it works under
 * `require-trusted-types-for 'script'`. Throws until DOMPurify has loaded
 * (`await loadSanitizer()`): nothing unsanitised is ever returned.
 */
export function sanitizeToFragment(dirty: string): DocumentFragment {
  return ready().toFragment(dirty);
}

/**
 * Sanitises untrusted HTML into a string, signed as `TrustedHTML` where the browser
 * supports Trusted Types (for hosts that assign it to `innerHTML` themselves).
 * Throws until DOMPurify has loaded (`await loadSanitizer()`).
 */
export function sanitizeToTrustedHTML(dirty: string): SanitizedHTML | string {
  return ready().toTrustedHTML(dirty);
}

/** A value for `<object data>`: a `TrustedScriptURL` where Trusted Types are enforced. */
export type ObjectUrl = string | ReturnType<Policy['createScriptURL']>;

/**
 * Signs a URL for `<object data>` (a Trusted Types sink), after checking it is a
 * `blob:` URL or an `http(s):` URL. Anything else (`javascript:`, `data:`…) becomes
 * an empty string, so the object shows nothing rather than running anything.
 */
export function trustedObjectUrl(url: string): ObjectUrl {
  let scheme: string;
  try {
    scheme = new URL(url, globalThis.location?.href).protocol;
  } catch {
    return '';
  }
  if (scheme !== 'blob:' && scheme !== 'https:' && scheme !== 'http:') return '';
  return trustedTypesPolicy()?.createScriptURL(url) ?? url;
}
