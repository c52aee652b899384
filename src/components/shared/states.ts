import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { toPortalError, type PortalErrorKind } from '../../adapters/errors.js';

/** A patient-friendly, localised sentence for any error an adapter threw. */
export function errorMessage(error: unknown): string {
  // A TypeError from fetch or a chunk download is a connection problem, not a server fault.
  const kind: PortalErrorKind = toPortalError(error).kind;
  switch (kind) {
    case 'network':
      return msg('We could not reach the server. Check your connection and try again.', { id: 'error.network' });
    case 'offline':
      return msg('You seem to be offline. Your work is kept here; try again when you are connected.', { id: 'error.offline' });
    case 'timeout':
      return msg('The server took too long to answer. Please try again.', { id: 'error.timeout' });
    case 'auth':
      return msg('Your session has ended. Please sign in again.', { id: 'error.auth' });
    case 'forbidden':
      return msg('You do not have access to this information. If you think this is a mistake, contact your clinic.', { id: 'error.forbidden' });
    case 'not-found':
      return msg('We could not find this item. It may have been moved or removed.', { id: 'error.not-found' });
    case 'invalid':
      return msg('Some of the information could not be accepted. Please check it and try again.', { id: 'error.invalid' });
    case 'conflict':
      return msg('This changed while you were looking at it. Please refresh and try again.', { id: 'error.conflict' });
    case 'unsupported':
      return msg('Your clinic does not offer this online.', { id: 'error.unsupported' });
    case 'server':
    default:
      return msg('Something went wrong on our side. Please try again in a few minutes.', { id: 'error.server' });
  }
}

/** Loading state: a polite status with a visible spinner and text. */
export function renderLoading(label?: string): TemplateResult {
  return html`<div class="state state-loading row" role="status" part="loading">
    <span class="spinner" aria-hidden="true"></span>
    <span>${label ?? msg('Loading…', { id: 'common.loading' })}</span>
  </div>`;
}

/** Error state: what went wrong, in plain words, and a retry button when retrying can help. */
export function renderError(error: unknown, retry?: () => void, title?: string): TemplateResult {
  const retryable = toPortalError(error).retryable;
  return html`<div class="state state-error callout danger" role="alert" part="error">
    <p><strong>${title ?? msg('We could not load this information', { id: 'error.title' })}</strong></p>
    <p>${errorMessage(error)}</p>
    ${retry && retryable
      ? html`<button type="button" @click=${retry}>${msg('Try again', { id: 'common.retry' })}</button>`
      : nothing}
  </div>`;
}

/** Empty state: a heading-less, friendly sentence (and optional detail). */
export function renderEmpty(text: string, detail?: string): TemplateResult {
  return html`<div class="state state-empty callout info" part="empty">
    <p><strong>${text}</strong></p>
    ${detail ? html`<p>${detail}</p>` : nothing}
  </div>`;
}

/** Shown when no adapter is connected (no provider and no `adapter` property). */
export function renderNotConfigured(): TemplateResult {
  return html`<p class="state state-not-configured muted" part="not-configured">
    ${msg('This section is not connected to your clinic yet.', { id: 'common.notConfigured' })}
  </p>`;
}

/** Plain-language notes about records that could not be shown (from `Page.warnings`). */
export function renderWarnings(warnings: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!warnings?.length) return nothing;
  return html`<div class="callout warning" part="warnings">
    <p>${msg('Some information could not be shown:', { id: 'common.warnings' })}</p>
    <ul>
      ${warnings.map((w) => html`<li>${w}</li>`)}
    </ul>
  </div>`;
}
