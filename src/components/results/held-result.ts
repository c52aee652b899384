/**
 * Held results in `<portal-results>`, loaded on demand only for patients who asked
 * to hear about abnormal results from their care team first (or whose choices
 * could not be read): the calm card that stands in for a held result, and the
 * notices on results shown under those choices. Render functions only; state,
 * the reveal (event and audit record) and styles stay on the element.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { LabResult } from '../../adapters/types.js';
import type { ReleaseDecision } from '../../core/results/release.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';

export interface HeldCardActions {
  /** The clinic phone, for a held critical value. */
  phone?: string;
  onReveal: () => void;
  onCompose: () => void;
}

/** The card shown instead of a held result: why it waits, and the patient's choices. */
export function renderHeldCard(r: LabResult, d: ReleaseDecision, id: string, a: HeldCardActions): TemplateResult {
  let body: TemplateResult | string;
  if (d.reason === 'preferences-unavailable') {
    body = msg(
      'We could not check your result choices just now. So that nothing surprises you, results outside the standard range wait here until you choose to see them.',
      { id: 'results.held.prefsUnavailable' },
    );
  } else if (d.critical) {
    const by = d.heldUntil ? formatDateTime(d.heldUntil) : '';
    body = html`${msg('You asked to hear about abnormal results from your care team first. This result needs prompt attention, so they will contact you soon.', { id: 'results.held.critical' })}
      ${by ? msg(str`If you have not heard from them by ${by}, please call them.`, { id: 'results.held.criticalBy' }) : nothing}
      ${a.phone ? html`<a href=${`tel:${a.phone.replace(/[^\d+]/g, '')}`}>${a.phone}</a>` : nothing}`;
  } else if (d.heldUntil) {
    const by = formatDate(d.heldUntil);
    body = msg(str`You asked to hear about abnormal results from your care team first. They will contact you by ${by}.`, { id: 'results.held.by' });
  } else {
    body = msg('You asked to hear about abnormal results from your care team first. They will contact you after they review it.', { id: 'results.held.noDate' });
  }
  return html`<article class="held card" part="held" aria-labelledby=${`h-${id}`}>
    <h4 id=${`h-${id}`}>${r.name}</h4>
    <p><strong>${msg('A result is ready.', { id: 'results.held.title' })}</strong></p>
    <p>${body}</p>
    <p>${msg('You can see it now if you prefer. It is your choice.', { id: 'results.held.choice' })}</p>
    <div class="row actions" part="actions">
      <button type="button" class="primary" @click=${a.onReveal}>
        ${msg('Show it now', { id: 'results.showNow' })}<span class="visually-hidden">: ${r.name}</span>
      </button>
      <button type="button" @click=${a.onCompose}>${msg('Message my care team', { id: 'results.messageTeam' })}</button>
    </div>
  </article>`;
}

/** The notice on a result shown under the patient's hold choices (or revealed by them), if any. */
export function renderReleaseNotice(d: ReleaseDecision | undefined, revealed: boolean): TemplateResult | typeof nothing {
  if (revealed) {
    return html`<p class="notice muted">${msg('You chose to see this result before your care team contacted you.', { id: 'results.notice.revealed' })}</p>`;
  }
  if (d?.state !== 'shown-with-notice') return nothing;
  if (d.reason === 'reviewed') {
    return html`<p class="notice muted">${msg('You asked to hear about abnormal results first. Your care team has reviewed this result, so it is shown now.', { id: 'results.notice.reviewed' })}</p>`;
  }
  const days = d.holdDays ?? 0;
  return html`<p class="notice muted">${msg(str`You asked to wait up to ${days} days for your care team to review abnormal results. That time has passed, so this result is shown now. Your care team may not have reviewed it yet.`, {
    id: 'results.notice.elapsed',
  })}</p>`;
}
