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
 */
import DOMPurify, { type Config } from 'dompurify';

/** The Trusted Types policy name this library creates. */
export const TRUSTED_TYPES_POLICY_NAME = 'portal-elements';

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

/** Our own DOMPurify instance, so our hooks never affect another library's DOMPurify. */
let purifier: ReturnType<typeof DOMPurify> | undefined;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
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
  purifier = p;
  return p;
}

function config(extra: Config): Config {
  const policy = trustedTypesPolicy();
  // Without our policy (no Trusted Types, or a CSP that refuses the name) DOMPurify
  // falls back to its own `dompurify` policy when it can, or to plain strings.
  return policy ? { ...CONFIG, ...extra, TRUSTED_TYPES_POLICY: policy } : { ...CONFIG, ...extra };
}

/**
 * Sanitises untrusted HTML into a `DocumentFragment` ready to insert (or to render
 * as a Lit child value). This is what the elements use: it needs no HTML sink, so
 * it works under `require-trusted-types-for 'script'`.
 */
export function sanitizeToFragment(dirty: string): DocumentFragment {
  return instance().sanitize(dirty, { ...config({}), RETURN_DOM_FRAGMENT: true });
}

/**
 * Sanitises untrusted HTML into a string, signed as `TrustedHTML` where the browser
 * supports Trusted Types (for hosts that assign it to `innerHTML` themselves).
 */
export function sanitizeToTrustedHTML(dirty: string): SanitizedHTML | string {
  const p = instance();
  if (trustedTypesPolicy()) return p.sanitize(dirty, { ...config({}), RETURN_TRUSTED_TYPE: true });
  return p.sanitize(dirty, config({}));
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
