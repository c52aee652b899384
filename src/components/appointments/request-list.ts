/**
 * The patient's appointment requests with their status, and an inline
 * "are you sure?" before cancelling a pending one.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentRequest, SchedulingOptions } from '../../adapters/types.js';
import { dateKeyOf, todayIn } from '../../core/time/index.js';
import { formatShortDate } from '../../i18n/format.js';
import { confirmByText, describeSlot } from './appointment-confirmation.js';
import { formatDayShort, statusLabel } from './appointment-formats.js';
import { visitTypeLabel } from './appointment-text.js';

export interface RequestListView {
  requests: AppointmentRequest[];
  options: SchedulingOptions;
  patientTimeZone: string;
  clinicPhone?: string;
  /** The request whose cancel is being confirmed. */
  confirmingId?: string;
  /** The request being cancelled right now. */
  cancellingId?: string;
  /** A failed cancel: the request id and the message. */
  cancelError?: { id: string; message: string };
  now: Date;
  onCancel: (request: AppointmentRequest) => void;
  onConfirmCancel: (request: AppointmentRequest) => void;
  onKeep: (request: AppointmentRequest) => void;
  /** "Message the clinic about this": asks a messaging widget (or the host) to open a message. */
  onAsk: (request: AppointmentRequest) => void;
}

const STATUS_TONE: Record<AppointmentRequest['status'], string> = {
  pending: 'warning',
  booked: 'success',
  confirmed: 'success',
  declined: 'danger',
  cancelled: 'muted',
};

function periodText(period: { start: string; end: string }, timeZone: string): string {
  const start = dateKeyOf(period.start, timeZone);
  const end = dateKeyOf(period.end, timeZone);
  if (!start || !end) return '';
  if (start === end) return formatDayShort(start);
  return msg(str`${formatDayShort(start)} to ${formatDayShort(end)}`, { id: 'appointments.list.period' });
}

function askButton(r: AppointmentRequest, v: RequestListView, headingId: string): TemplateResult {
  return html`<button type="button" class="link ask" aria-describedby=${headingId} @click=${() => v.onAsk(r)}>
    ${msg('Message the clinic about this', { id: 'appointments.list.ask' })}
  </button>`;
}

function renderItem(r: AppointmentRequest, v: RequestListView): TemplateResult {
  const tz = v.options.timeZone;
  const headingId = `request-${r.id}-title`;
  const confirming = v.confirmingId === r.id;
  const cancelling = v.cancellingId === r.id;
  const clinician = r.clinicianId ? v.options.clinicians.find((c) => c.id === r.clinicianId)?.name : undefined;
  const location = r.slot?.location?.name ?? (r.locationId ? v.options.locations.find((l) => l.id === r.locationId)?.name : undefined);
  const periods = (r.preferredPeriods ?? []).map((p) => periodText(p, tz)).filter(Boolean);
  const confirmByKey = r.confirmBy ? dateKeyOf(r.confirmBy, tz) : undefined;
  const overdue = r.status === 'pending' && confirmByKey !== undefined && confirmByKey < todayIn(v.now, tz);
  return html`<li class="request card" part="request" aria-labelledby=${headingId}>
    <div class="request-head">
      <h4 id=${headingId} class="request-title">${r.reason}</h4>
      <span class="badge status-${STATUS_TONE[r.status]}" part="status">${statusLabel(r.status)}</span>
    </div>
    <dl class="request-facts">
      ${r.slot
        ? html`<div><dt>${msg('When', { id: 'appointments.list.when' })}</dt><dd>${describeSlot(r.slot, tz, v.patientTimeZone)}</dd></div>`
        : periods.length
          ? html`<div><dt>${msg('Dates that suit you', { id: 'appointments.list.periods' })}</dt><dd>${periods.join('; ')}</dd></div>`
          : nothing}
      <div><dt>${msg('Visit', { id: 'appointments.list.visit' })}</dt><dd>${visitTypeLabel(r.visitType)}</dd></div>
      ${clinician ? html`<div><dt>${msg('With', { id: 'appointments.list.with' })}</dt><dd>${clinician}</dd></div>` : nothing}
      ${location ? html`<div><dt>${msg('Where', { id: 'appointments.list.where' })}</dt><dd>${location}</dd></div>` : nothing}
      <div><dt>${msg('Sent', { id: 'appointments.list.sent' })}</dt><dd>${formatShortDate(r.createdAt, tz)}</dd></div>
    </dl>
    ${r.status === 'pending' && r.confirmBy
      ? html`<p class="hint">${overdue
          ? v.clinicPhone
            ? msg(str`The clinic planned to confirm by ${confirmByText(r.confirmBy, tz)}. If you have not heard from them, call ${v.clinicPhone}.`, { id: 'appointments.list.overduePhone' })
            : msg(str`The clinic planned to confirm by ${confirmByText(r.confirmBy, tz)}. If you have not heard from them, please call the clinic.`, { id: 'appointments.list.overdue' })
          : msg(str`The clinic will confirm by ${confirmByText(r.confirmBy, tz)}.`, { id: 'appointments.list.confirmBy' })}</p>`
      : nothing}
    ${r.status === 'declined' && r.statusReason ? html`<p>${r.statusReason}</p>` : nothing}
    ${r.problem ? html`<p class="callout warning">${r.problem}</p>` : nothing}
    ${v.cancelError?.id === r.id ? html`<p class="field-error" role="alert">${v.cancelError.message}</p>` : nothing}
    ${r.status === 'pending'
      ? confirming || cancelling
        ? html`<div class="confirm-cancel callout warning" role="group" aria-labelledby="cancel-q-${r.id}">
            <p id="cancel-q-${r.id}"><strong>${msg('Cancel this request?', { id: 'appointments.list.cancelQuestion' })}</strong></p>
            <div class="row">
              <button
                type="button"
                class="danger"
                aria-disabled=${cancelling ? 'true' : 'false'}
                @click=${() => !cancelling && v.onConfirmCancel(r)}
              >
                ${cancelling
                  ? msg('Cancelling…', { id: 'appointments.list.cancelling' })
                  : msg('Yes, cancel it', { id: 'appointments.list.cancelYes' })}
              </button>
              <button type="button" class="keep" ?disabled=${cancelling} @click=${() => v.onKeep(r)}>
                ${msg('No, keep it', { id: 'appointments.list.cancelNo' })}
              </button>
            </div>
          </div>`
        : html`<div class="row" part="actions">
            <button type="button" class="cancel-request" aria-describedby=${headingId} @click=${() => v.onCancel(r)}>
              ${msg('Cancel request', { id: 'appointments.list.cancel' })}
            </button>
            ${askButton(r, v, headingId)}
          </div>`
      : r.status !== 'cancelled'
        ? html`<div class="row" part="actions">${askButton(r, v, headingId)}</div>`
        : nothing}
  </li>`;
}

export function renderRequestList(v: RequestListView): TemplateResult {
  return html`<section class="requests" part="requests" aria-labelledby="requests-heading">
    <h3 id="requests-heading">${msg('Your appointment requests', { id: 'appointments.list.heading' })}</h3>
    ${v.requests.length === 0
      ? html`<p class="muted">${msg('You have no appointment requests yet.', { id: 'appointments.list.empty' })}</p>`
      : html`<ul class="request-list">
          ${v.requests.map((r) => renderItem(r, v))}
        </ul>`}
  </section>`;
}
