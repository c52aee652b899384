import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment, Message, MessageThread } from '../../adapters/types.js';
import { formatBytes, formatDateTime, isoAttr } from '../../i18n/format.js';

/*
 * `<portal-messages>`: the messages of an open conversation, loaded with the first
 * conversation the patient opens. Stateless; the styles stay on the element.
 */

/** Downloads that cannot run as a page: images, PDF and plain text. */
const SAFE_DATA_URL = /^data:(image\/(jpeg|png|gif|webp|heic|heif)|application\/pdf|text\/plain)(;[\w=.-]+)*(;base64)?,/i;

/** A link target we are willing to put in `href`: http(s), blob, and data URLs of harmless types. */
function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  if (url.startsWith('data:')) return SAFE_DATA_URL.test(url) ? url : undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return ['https:', 'http:', 'blob:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function renderMessage(m: Message): TemplateResult {
  return html`<li class="message ${m.fromPatient ? 'from-patient' : ''}" part="message">
    <header>
      <span class="author">${m.fromPatient ? msg('You', { id: 'messages.you' }) : m.author.name}</span>
      ${!m.fromPatient && m.author.role ? html`<span class="muted">${m.author.role}</span>` : nothing}
      <time class="muted" datetime=${isoAttr(m.sentAt)}>${formatDateTime(m.sentAt)}</time>
    </header>
    ${m.problem ? html`<p class="callout warning">${m.problem}</p>` : nothing}
    <p class="message-body">${m.body}</p>
    ${m.attachments.length
      ? html`<ul class="attachments" aria-label=${msg('Attachments', { id: 'messages.attachments' })}>
          ${m.attachments.map((a) => renderAttachment(a))}
        </ul>`
      : nothing}
    ${m.fromPatient && m.readAt
      ? html`<p class="read-state muted">
          ${msg(str`Read by your care team on ${formatDateTime(m.readAt)}`, { id: 'messages.readAt' })}
        </p>`
      : nothing}
  </li>`;
}

function renderAttachment(a: Attachment): TemplateResult {
  const href = safeHref(a.url);
  const size = a.size > 0 ? html` <span class="muted">(${formatBytes(a.size)})</span>` : nothing;
  return href
    ? html`<li>
        <a href=${href} download=${a.name} rel="noopener">${msg(str`Download ${a.name}`, { id: 'messages.download' })}</a>${size}
      </li>`
    : html`<li>${a.name}${size} <span class="muted">${msg('(not available to download)', { id: 'messages.noDownload' })}</span></li>`;
}

/** Who the conversation is with, and every message as plain text with its attachments. */
export function renderMessages(t: MessageThread): TemplateResult {
  return html`<p class="muted">${msg(str`Conversation with ${t.recipient.name}`, { id: 'messages.thread.with' })}</p>
    <ol class="conversation" aria-label=${msg('Messages in this conversation', { id: 'messages.thread.list' })}>
      ${t.messages.map((m) => renderMessage(m))}
    </ol>`;
}
