/**
 * Typed errors every adapter throws. Elements read `kind` to choose a kind,
 * localised message for the patient; `message` is for developers and logs.
 */
export type PortalErrorKind =
  | 'network'
  | 'offline'
  | 'timeout'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'conflict'
  | 'server'
  | 'unsupported';

export interface PortalErrorOptions {
  /** HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** The lower-level error, kept for logs. */
  cause?: unknown;
  /** Whether trying the same call again may succeed. Defaults by kind. */
  retryable?: boolean;
  /** Extra developer-facing detail (for example OperationOutcome diagnostics). */
  details?: string;
}

const RETRYABLE: Record<PortalErrorKind, boolean> = {
  network: true,
  offline: true,
  timeout: true,
  auth: false,
  forbidden: false,
  'not-found': false,
  invalid: false,
  conflict: false,
  server: true,
  unsupported: false,
};

/** Plain-language English messages by kind, fit to show a patient as they are. */
export const PATIENT_MESSAGES: Record<PortalErrorKind, string> = {
  network: 'We could not reach the server. Check your connection and try again.',
  offline: 'You seem to be offline. Your work is kept here; try again when you are connected.',
  timeout: 'The server took too long to answer. Please try again.',
  auth: 'Your session has ended. Please sign in again.',
  forbidden: 'You do not have access to this information. If you think this is a mistake, contact your clinic.',
  'not-found': 'We could not find this item. It may have been moved or removed.',
  invalid: 'Some of the information could not be accepted. Please check it and try again.',
  conflict: 'This changed while you were looking at it. Please refresh and try again.',
  server: 'Something went wrong on our side. Please try again in a few minutes.',
  unsupported: 'Your clinic does not offer this online.',
};

/** Marks errors from any copy of the library (a second bundle, a lazily loaded chunk). */
const BRAND = Symbol.for('portal-elements/PortalError');

export class PortalError extends Error {
  /** `instanceof PortalError` holds for a PortalError from any copy of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  override readonly name = 'PortalError';
  declare readonly [BRAND]: true;
  readonly kind: PortalErrorKind;
  readonly status?: number;
  readonly retryable: boolean;
  readonly details?: string;

  constructor(kind: PortalErrorKind, message?: string, options: PortalErrorOptions = {}) {
    super(message ?? PATIENT_MESSAGES[kind], options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryable = options.retryable ?? RETRYABLE[kind];
    this.details = options.details;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain-language English message for a patient. Elements localise by `kind`. */
  get patientMessage(): string {
    return PATIENT_MESSAGES[this.kind];
  }
}

export function isPortalError(e: unknown): e is PortalError {
  return e instanceof PortalError || (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'PortalError' && typeof (e as { kind?: unknown }).kind === 'string');
}

/** Wraps anything thrown into a PortalError (unknown errors become `server`). */
export function toPortalError(e: unknown): PortalError {
  if (isPortalError(e)) return e;
  if (e instanceof DOMException && (e.name === 'AbortError' || e.name === 'TimeoutError')) {
    return new PortalError('timeout', undefined, { cause: e });
  }
  if (e instanceof TypeError) return new PortalError('network', undefined, { cause: e });
  return new PortalError('server', e instanceof Error ? e.message : undefined, { cause: e });
}
