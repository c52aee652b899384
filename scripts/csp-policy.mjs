/**
 * The Content-Security-Policy the locked-down fixture pages are served with (see
 * web-test-runner.config.mjs) and that docs/security.md documents. Keep the two in step.
 */

/** Trusted Types policies the library creates: Lit's template policy and our sanitiser's. */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'portal-elements'];

/** The strictest policy the widgets work under (no PDF notes shown inline). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

/**
 * What a hospital adds so PDF and image notes show inline: the note reader turns
 * inline (`data:`) attachments into `blob:` URLs it shows in `<object>`/`<img>`.
 */
export const STRICT_CSP_WITH_ATTACHMENTS = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "object-src blob:",
  "frame-src blob:",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
].join('; ');

/**
 * For pages with two copies of Lit (another Lit app, or two vendors each bundling
 * Portal Elements): each copy creates a `lit-html` policy, so duplicates must be allowed.
 */
export const STRICT_CSP_TWO_COPIES = STRICT_CSP.replace(
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`,
);

/** Path prefix served with a CSP header; the file name picks the policy. */
export const CSP_FIXTURE_PREFIX = '/test/fixtures/csp/';

/** Which policy a fixture page gets, by file name. */
export function cspFor(path) {
  if (!path.startsWith(CSP_FIXTURE_PREFIX) || !path.endsWith('.html')) return undefined;
  if (path.includes('attachments')) return STRICT_CSP_WITH_ATTACHMENTS;
  if (path.includes('allow-duplicates')) return STRICT_CSP_TWO_COPIES;
  return STRICT_CSP;
}
