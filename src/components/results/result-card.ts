/**
 * One result's card in `<portal-results>`: names, status and flag, the value with
 * its range bar (or a table of its parts), and the message that fits it — the
 * critical-value box, the supportive message for a result outside the range, or
 * the lab's comment. Loaded with the results data (the element shows "Loading
 * your results…" until both are here). Render functions only; state, events and
 * styles stay on the element.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { LabResult, ResultComponent } from '../../adapters/types.js';
import { isOutsideRange, resultIsCritical, resultIsOutsideRange } from '../../core/results/flags.js';
import { flagMeaning, rangeText, renderFlag, renderRangeBar, renderValue, statusLabel } from './result-parts.js';

/** What the element knows about one card. */
export interface CardState {
  /** The result's id made safe for element ids. */
  id: string;
  /** The plain-language name of the test, if known. */
  plain?: string;
  /** A notice about its release (from held-result.ts), if any. */
  notice: TemplateResult | typeof nothing;
  /** The clinic phone and the emergency number, for a critical value. */
  phone?: string;
  emergency?: string;
  /** "More about this result" is open, showing `detail`. */
  open: boolean;
  detail: TemplateResult | typeof nothing;
  onToggle: () => void;
  onCompose: () => void;
}

export function renderResultCard(r: LabResult, c: CardState): TemplateResult {
  const { id, plain, open } = c;
  const cancelled = r.status === 'cancelled';
  const status = statusLabel(r.status);
  const outside = !cancelled && resultIsOutsideRange(r);
  const critical = !cancelled && resultIsCritical(r);
  return html`<article class="result card ${outside ? 'outside' : ''} ${critical ? 'critical' : ''}" part="result" aria-labelledby=${`t-${id}`}>
    <div class="result-head">
      <div class="names">
        <h4 id=${`t-${id}`} tabindex="-1">${r.name}</h4>
        ${plain && plain.toLowerCase() !== r.name.toLowerCase() ? html`<p class="plain muted">${plain}</p>` : nothing}
      </div>
      <div class="badges">
        ${status ? html`<span class="badge status status-${r.status}">${status}</span>` : nothing}
        ${cancelled ? nothing : renderFlag(r.flag)}
      </div>
    </div>
    ${r.problem ? html`<p class="callout warning problem" role="note">${r.problem}</p>` : nothing}
    ${cancelled
      ? html`<p>${msg('This test was cancelled, so there is no result. Ask your care team if you need it done again.', { id: 'results.cancelled' })}</p>`
      : html`
          <p class="value-line">${renderValue(r.value)}</p>
          ${r.components?.length ? renderComponents(r.components) : renderRangeBar(r.value, r.range)}
        `}
    ${c.notice}
    ${critical ? renderCritical(r, c) : outside ? renderSupport(r, c) : renderComment(r)}
    <button type="button" class="link toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`d-${id}`} @click=${c.onToggle}>
      ${open ? msg('Hide details', { id: 'results.hideDetails' }) : msg('More about this result', { id: 'results.showDetails' })}<span class="visually-hidden">: ${r.name}</span>
    </button>
    <div id=${`d-${id}`} class="detail" ?hidden=${!open}>${c.detail}</div>
  </article>`;
}

function renderComponents(components: ResultComponent[]): TemplateResult {
  return html`<table class="components">
    <thead>
      <tr>
        <th scope="col">${msg('Part', { id: 'results.component.part' })}</th>
        <th scope="col">${msg('Result', { id: 'results.trend.value' })}</th>
        <th scope="col">${msg('Standard range', { id: 'results.component.range' })}</th>
        <th scope="col">${msg('Flag', { id: 'results.trend.flag' })}</th>
      </tr>
    </thead>
    <tbody>
      ${components.map(
        (c) => html`<tr>
          <th scope="row">${c.name}</th>
          <td>${renderValue(c.value)}</td>
          <td>${rangeText(c.range, c.value?.kind === 'quantity' ? c.value.unit : undefined) ?? '—'}</td>
          <td>${renderFlag(c.flag)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderComment(r: LabResult): TemplateResult | typeof nothing {
  return r.comment ? html`<div class="comment"><p><strong>${msg('Comment', { id: 'results.comment' })}</strong></p><p class="pre">${r.comment}</p></div>` : nothing;
}

/** Supportive message next to a result outside the range: kind, specific, never a diagnosis. */
function renderSupport(r: LabResult, c: CardState): TemplateResult {
  const flag = isOutsideRange(r.flag) ? r.flag : (r.components?.find((x) => isOutsideRange(x.flag))?.flag ?? r.flag);
  return html`<div class="support callout info" part="support">
    <p><strong>${flagMeaning(flag)}</strong></p>
    <p>${msg('Many results outside the standard range are not serious, or need only a follow-up. Your care team looks at this result together with your health and your other results.', {
      id: 'results.support.common',
    })}</p>
    ${renderComment(r)}
    <p><strong>${msg('What usually happens next', { id: 'results.support.nextTitle' })}</strong></p>
    <p>${r.report?.reviewed
      ? msg('Your care team has seen this result. If you need a repeat test or a change in your care, they will let you know.', { id: 'results.support.nextReviewed' })
      : msg('Your care team will review this result. If you need a repeat test or a change in your care, they will contact you.', { id: 'results.support.next' })}</p>
    ${renderMessageAbout(r, c)}
  </div>`;
}

/** "Message my care team about this result", prefilled through `portal-compose-request`. */
function renderMessageAbout(r: LabResult, c: CardState): TemplateResult {
  return html`<div class="row actions" part="actions">
    <button type="button" @click=${c.onCompose}>
      ${msg('Message my care team about this result', { id: 'results.messageAbout' })}<span class="visually-hidden">: ${r.name}</span>
    </button>
  </div>`;
}

/** Critical values: contact the care team now, by phone. Calm and direct. */
function renderCritical(r: LabResult, c: CardState): TemplateResult {
  const { phone, emergency } = c;
  return html`<div class="critical-box callout warning" part="critical" role="note">
    <p><strong>${msg('Contact your care team now', { id: 'results.critical.title' })}</strong></p>
    <p>${msg('This result is far outside the standard range. Your care team needs to talk with you about it soon, even if you feel well.', { id: 'results.critical.body' })}</p>
    <p>
      ${phone
        ? html`${msg('Call your care team:', { id: 'results.critical.call' })} <a class="phone" href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a>`
        : msg('Call your clinic today.', { id: 'results.critical.callClinic' })}
    </p>
    ${emergency ? html`<p>${msg(str`If you feel very unwell, call ${emergency}.`, { id: 'results.critical.emergency' })}</p>` : nothing}
    ${renderComment(r)}
    ${renderMessageAbout(r, c)}
  </div>`;
}
