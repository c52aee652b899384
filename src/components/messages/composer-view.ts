import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PortalError } from '../../adapters/errors.js';
import type { Attachment, AttachmentLimits, Message, MessageThread, MessageTopic, MessagingPolicy, PortalAdapter, Recipient } from '../../adapters/types.js';
import { acceptAttribute, checkAttachments, type AttachmentProblem } from '../../core/messages/attachments.js';
import { suggestRouting, type RoutingSuggestion } from '../../core/messages/routing.js';
import { characterCount, lengthBand, type DraftField, type DraftIssue } from '../../core/messages/validate.js';
import { describeReplyExpectation, type ReplyExpectation } from '../../core/reply-time/index.js';
import { formatBytes, formatDateTime, formatNumber, formatTime, isoAttr } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { errorMessage } from '../shared/states.js';
import type { UrgencySummary } from '../urgency/urgency-engine.js';
import { urgencyUnavailableText } from '../urgency/urgency-unavailable.js';

/**
 * `<portal-message-composer>`'s form and confirmation, loaded on demand (the
 * element shows its heading and a loading state until then), with the rules only
 * they need: attachment checks, routing suggestions, reply times and draft storage. Stateless:
 * everything comes in through `ComposerView`; the styles stay on the element.
 */
export { describeReplyExpectation, suggestRouting };
export { DraftStore } from './draft-store.js';

export type SendState = 'editing' | 'checking' | 'sending' | 'failed' | 'sent';

export interface Setup {
  recipients: Recipient[];
  policy?: MessagingPolicy;
  thread?: MessageThread;
}

export interface PendingFile {
  id: number;
  file: File;
  contentType: string;
  /** Object URL for an image preview; revoked when the file is removed. */
  previewUrl?: string;
}

export interface FileError {
  name: string;
  problem: AttachmentProblem;
}

/**
 * What the view shows, and the element's handlers. Event handlers are the
 * element's own methods: Lit calls them with the element as `this`.
 * `removeFile` and `retry` are called directly, so they come bound.
 */
export interface ComposerView {
  setup: Setup;
  isReply: boolean;
  online: boolean;
  backOnline: boolean;
  restored: boolean;
  draftSavedAt?: Date;
  chosenRecipient: string;
  chosenTopic: MessageTopic | '';
  subjectText: string;
  body: string;
  limit: number;
  /** The visible character counter. */
  counter: string;
  issues: DraftIssue[];
  suggestion?: RoutingSuggestion;
  /** The suggestion the patient applied (confirmed in words). */
  applied?: RoutingSuggestion;
  attachmentLimits: AttachmentLimits | false;
  files: PendingFile[];
  fileErrors: FileError[];
  dragging: boolean;
  urgency: UrgencySummary;
  /** The urgency engine could not load: say so, kindly. */
  urgencyUnavailable: boolean;
  emergencyNumber: string;
  requireAcknowledgement: boolean;
  needsAcknowledgement: boolean;
  adapter?: PortalAdapter;
  sendState: SendState;
  sendError?: PortalError;
  sent?: { message: Message; expectation?: ReplyExpectation };
  onSubmit: (e: SubmitEvent) => Promise<void>;
  onRecipientChange: (e: Event) => void;
  onTopicChange: (e: Event) => void;
  onSubjectInput: (e: InputEvent) => void;
  onBodyInput: (e: InputEvent) => void;
  applySuggestion: () => void;
  dismissSuggestion: () => void;
  onDragOver: (e: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (e: DragEvent) => void;
  onFilesChosen: (e: Event) => void;
  onAcknowledged: (e: CustomEvent) => void;
  writeAnother: () => void;
  removeFile: (id: number) => void;
  retry: () => void;
}

const PREVIEWABLE = /^image\/(jpeg|png|gif|webp|bmp)$/;

/** Splits the files the patient chose into those the clinic accepts (with a preview URL for images) and the refused ones, each with a reason. */
export function acceptFiles(
  existing: readonly PendingFile[],
  incoming: readonly File[],
  limits: AttachmentLimits,
  nextId: () => number,
): { added: PendingFile[]; errors: FileError[] } {
  const check = checkAttachments(
    existing.map((f) => f.file),
    incoming,
    limits,
  );
  return {
    added: check.accepted.map(({ file, contentType }) => ({
      id: nextId(),
      file,
      contentType,
      previewUrl: PREVIEWABLE.test(contentType) && typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined,
    })),
    errors: check.rejected.map((r) => ({ name: r.file.name, problem: r.problem })),
  };
}

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** The attachments of a send, as the adapter takes them. */
export function encodeAttachments(files: readonly PendingFile[]): Promise<Attachment[]> {
  return Promise.all(files.map(async (f) => ({ name: f.file.name, contentType: f.contentType, size: f.file.size, data: await fileToBase64(f.file) })));
}

const TOPICS: readonly MessageTopic[] = ['medical-question', 'prescription', 'test-result', 'paperwork', 'billing', 'scheduling', 'other'];

function topicLabel(topic: MessageTopic): string {
  switch (topic) {
    case 'medical-question':
      return msg('A medical question', { id: 'messages.topic.medical-question' });
    case 'prescription':
      return msg('A prescription or refill', { id: 'messages.topic.prescription' });
    case 'test-result':
      return msg('A test result', { id: 'messages.topic.test-result' });
    case 'paperwork':
      return msg('Forms or paperwork', { id: 'messages.topic.paperwork' });
    case 'billing':
      return msg('A bill or payment', { id: 'messages.topic.billing' });
    case 'scheduling':
      return msg('An appointment', { id: 'messages.topic.scheduling' });
    case 'other':
    default:
      return msg('Something else', { id: 'messages.topic.other' });
  }
}

/** A sentence that ends with a date can end in "p.m." (Spanish): do not add a second full stop. */
function endSentence(text: string): string {
  return text.replace(/\.\.$/, '.');
}

/** The form (or, after a send, the confirmation). */
export function renderComposerBody(v: ComposerView): TemplateResult {
  const setup = v.setup;
  if (v.sendState === 'sent' && v.sent) return renderConfirmation(v, v.sent.message, v.sent.expectation);
  const errorFor = (field: DraftField): DraftIssue | undefined => v.issues.find((i) => i.field === field);
  return html`
    ${v.online ? nothing : renderOffline()}
    ${v.restored
      ? html`<p class="callout info" part="hint">
          ${v.draftSavedAt
            ? endSentence(msg(str`We kept the message you started on ${formatDateTime(v.draftSavedAt)}.`, { id: 'messages.draftRestoredAt' }))
            : msg('We kept the message you started.', { id: 'messages.draftRestored' })}
        </p>`
      : nothing}
    <form novalidate @submit=${v.onSubmit}>
      ${v.isReply ? nothing : renderAddressFields(v, errorFor('recipient'), errorFor('subject'))}
      ${renderSuggestion(v)}
      ${renderBodyField(v, errorFor('body'))}
      ${renderAttachments(v)}
      ${renderUrgency(v)}
      ${renderExpectation(setup.policy)}
      ${v.sendState === 'failed' && v.sendError ? renderSendError(v, v.sendError) : nothing}
      ${renderActions(v)}
    </form>
  `;
}

function renderOffline(): TemplateResult {
  return html`<div class="callout warning" role="status" part="error">
    <p>
      <strong>${msg('You are offline.', { id: 'messages.offline.title' })}</strong>
      ${msg('You can keep writing: your message is saved on this device. Send it when you are connected again.', { id: 'messages.offline.body' })}
    </p>
  </div>`;
}

function renderAddressFields(v: ComposerView, recipientError?: DraftIssue, subjectError?: DraftIssue): TemplateResult {
  const setup = v.setup;
  const known = setup.recipients.some((r) => r.id === v.chosenRecipient);
  const selected = setup.recipients.find((r) => r.id === v.chosenRecipient);
  return html`
    <div class="field">
      <label for="recipient" part="label">${msg('To', { id: 'messages.recipient.label' })}</label>
      <p class="hint" id="recipient-hint" part="hint">
        ${selected?.description ?? msg('Choose who should read your message.', { id: 'messages.recipient.hint' })}
      </p>
      ${recipientError
        ? html`<p class="field-error" id="recipient-error" part="error">${msg('Choose who to send your message to', { id: 'messages.error.recipient' })}</p>`
        : nothing}
      <select
        id="recipient"
        part="control"
        aria-describedby=${recipientError ? 'recipient-hint recipient-error' : 'recipient-hint'}
        aria-invalid=${recipientError ? 'true' : 'false'}
        @change=${v.onRecipientChange}
      >
        <option value="" ?selected=${!known}>${msg('Choose a team', { id: 'messages.recipient.placeholder' })}</option>
        ${setup.recipients.map((r) => html`<option value=${r.id} ?selected=${r.id === v.chosenRecipient}>${r.name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="topic" part="label">${msg('Topic (optional)', { id: 'messages.topic.label' })}</label>
      <select id="topic" part="control" @change=${v.onTopicChange}>
        <option value="" ?selected=${!v.chosenTopic}>${msg('Choose a topic', { id: 'messages.topic.placeholder' })}</option>
        ${TOPICS.map((t) => html`<option value=${t} ?selected=${t === v.chosenTopic}>${topicLabel(t)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="subject" part="label">${msg('Subject', { id: 'messages.subject.label' })}</label>
      <p class="hint" id="subject-hint" part="hint">${msg('A few words, for example “Rash on my arm”.', { id: 'messages.subject.hint' })}</p>
      ${subjectError
        ? html`<p class="field-error" id="subject-error" part="error">
            ${subjectError.code === 'subject-too-long'
              ? msg('Make the subject shorter (150 characters or fewer)', { id: 'messages.error.subjectLong' })
              : msg('Enter a subject', { id: 'messages.error.subject' })}
          </p>`
        : nothing}
      <input
        id="subject"
        type="text"
        part="control"
        autocomplete="off"
        .value=${live(v.subjectText)}
        aria-describedby=${subjectError ? 'subject-hint subject-error' : 'subject-hint'}
        aria-invalid=${subjectError ? 'true' : 'false'}
        @input=${v.onSubjectInput}
      />
    </div>
  `;
}

function renderSuggestion(v: ComposerView): TemplateResult {
  const s = v.suggestion;
  let content: TemplateResult | typeof nothing = nothing;
  if (s) {
    const sentence =
      s.reason === 'billing'
        ? msg('This sounds like a billing question.', { id: 'messages.suggestion.billing' })
        : s.reason === 'refill'
          ? msg('This sounds like a prescription refill.', { id: 'messages.suggestion.refill' })
          : msg('This sounds like a question about an appointment.', { id: 'messages.suggestion.scheduling' });
    const question = s.recipient
      ? msg(str`Send it to ${s.recipient.name}? Messages that reach the right team are answered sooner.`, { id: 'messages.suggestion.question' })
      : msg(str`Change the topic to “${topicLabel(s.topic)}”?`, { id: 'messages.suggestion.topicQuestion' });
    content = html`<div class="callout info suggestion" part="suggestion">
      <p>${sentence} ${question}</p>
      <div class="row">
        <button type="button" class="primary" @click=${v.applySuggestion}>
          ${s.recipient
            ? msg(str`Send to ${s.recipient.name}`, { id: 'messages.suggestion.apply' })
            : msg('Change the topic', { id: 'messages.suggestion.applyTopic' })}
        </button>
        <button type="button" @click=${v.dismissSuggestion}>${msg('No, keep it as it is', { id: 'messages.suggestion.dismiss' })}</button>
      </div>
    </div>`;
  } else if (v.applied) {
    const a = v.applied;
    content = html`<p class="hint" part="hint">
      ${a.recipient
        ? msg(str`Your message will go to ${a.recipient.name}.`, { id: 'messages.suggestion.applied' })
        : msg(str`Topic changed to “${topicLabel(a.topic)}”.`, { id: 'messages.suggestion.appliedTopic' })}
    </p>`;
  }
  return html`<div aria-live="polite">${content}</div>`;
}

function renderBodyField(v: ComposerView, error?: DraftIssue): TemplateResult {
  const band = lengthBand(characterCount(v.body), v.limit);
  const describedBy = ['body-hint', 'body-counter', error ? 'body-error' : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for="body" part="label">
      ${v.isReply ? msg('Your reply', { id: 'messages.body.replyLabel' }) : msg('Message', { id: 'messages.body.label' })}
    </label>
    <p class="hint" id="body-hint" part="hint">
      ${msg('Describe what is going on, since when, and what you would like us to do.', { id: 'messages.body.hint' })}
    </p>
    ${error
      ? html`<p class="field-error" id="body-error" part="error">
          ${error.code === 'body-too-long'
            ? msg(str`Your message is ${formatNumber(error.over ?? 0)} characters too long. Make it shorter, or send the rest in another message.`, { id: 'messages.error.bodyLong' })
            : msg('Enter a message', { id: 'messages.error.body' })}
        </p>`
      : nothing}
    <textarea
      id="body"
      part="control"
      rows="8"
      spellcheck="true"
      .value=${live(v.body)}
      aria-describedby=${describedBy}
      aria-invalid=${error ? 'true' : 'false'}
      @input=${v.onBodyInput}
    ></textarea>
    <p class="hint counter ${band}" id="body-counter" part="hint">${v.counter}</p>
  </div>`;
}

function fileProblemText(e: FileError, limits: AttachmentLimits): string {
  switch (e.problem) {
    case 'blocked':
      return msg(str`“${e.name}” cannot be attached: programs, scripts and web pages are never accepted.`, { id: 'messages.file.blocked' });
    case 'type':
      return msg(str`“${e.name}” cannot be attached: this kind of file is not accepted.`, { id: 'messages.file.type' });
    case 'size':
      return msg(str`“${e.name}” is too big. Each file must be ${formatBytes(limits.maxBytes)} or smaller.`, { id: 'messages.file.size' });
    case 'empty':
      return msg(str`“${e.name}” is empty.`, { id: 'messages.file.empty' });
    case 'duplicate':
      return msg(str`“${e.name}” is already attached.`, { id: 'messages.file.duplicate' });
    case 'count':
    default:
      return msg(str`“${e.name}” was not added: you can attach up to ${formatNumber(limits.maxCount)} files.`, { id: 'messages.file.count' });
  }
}

function typeNames(limits: AttachmentLimits): string {
  const names = new Set(
    limits.types.map((t) => {
      if (t === 'image/jpeg') return 'JPEG';
      if (t === 'application/pdf') return 'PDF';
      const sub = t.split('/')[1] ?? t;
      return sub.toUpperCase();
    }),
  );
  return new Intl.ListFormat(getLocale() === 'es' ? 'es' : 'en', { type: 'disjunction' }).format([...names]);
}

function renderAttachments(v: ComposerView): TemplateResult | typeof nothing {
  const limits = v.attachmentLimits;
  if (!limits) return nothing;
  return html`<fieldset part="attachments">
    <legend part="label">${msg('Attach files (optional)', { id: 'messages.files.legend' })}</legend>
    <div
      class="drop-zone ${v.dragging ? 'dragging' : ''}"
      @dragover=${v.onDragOver}
      @dragleave=${v.onDragLeave}
      @drop=${v.onDrop}
    >
      <p class="hint" id="files-hint" part="hint">
        ${msg(str`Up to ${formatNumber(limits.maxCount)} files: ${typeNames(limits)}, each up to ${formatBytes(limits.maxBytes)}. Files are not saved with your draft.`, { id: 'messages.files.hint' })}
      </p>
      <label for="files">${msg('Choose files', { id: 'messages.files.choose' })}</label>
      <input
        id="files"
        type="file"
        multiple
        accept=${acceptAttribute(limits)}
        aria-describedby="files-hint"
        ?disabled=${v.files.length >= limits.maxCount}
        @change=${v.onFilesChosen}
      />
    </div>
    ${v.files.length
      ? html`<ul class="files" aria-label=${msg('Attached files', { id: 'messages.files.listLabel' })}>
          ${v.files.map(
            (f) => html`<li>
              ${f.previewUrl ? html`<img src=${f.previewUrl} alt="" />` : nothing}
              <span class="file-name">${f.file.name} <span class="muted">(${formatBytes(f.file.size)})</span></span>
              <button type="button" @click=${() => v.removeFile(f.id)}>
                ${msg('Remove', { id: 'messages.files.remove' })}<span class="visually-hidden"> ${f.file.name}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : nothing}
    <div role="alert">
      ${v.fileErrors.length
        ? html`<ul class="file-errors field-error" part="error">
            ${v.fileErrors.map((e) => html`<li>${fileProblemText(e, limits)}</li>`)}
          </ul>`
        : nothing}
    </div>
  </fieldset>`;
}

function renderUrgency(v: ComposerView): TemplateResult | typeof nothing {
  const { level, categories } = v.urgency;
  // Present (empty) from the start, so an engine that fails while the patient types is announced.
  const unavailable = html`<div role="status">
    ${v.urgencyUnavailable
      ? html`<p class="callout warning">
          ${urgencyUnavailableText(v.emergencyNumber)} ${msg('You can still send your message.', { id: 'messages.urgencyUnavailable.send' })}
        </p>`
      : nothing}
  </div>`;
  if (level === 'routine') return unavailable;
  const policy = v.setup.policy;
  return html`${unavailable}<portal-urgency-notice
    .adapter=${v.adapter}
    .level=${level}
    .categories=${categories}
    clinic-phone=${policy?.nurseLinePhone ?? policy?.clinicPhone ?? ''}
    context="message"
    ?require-acknowledgement=${v.requireAcknowledgement}
    @portal-urgency-acknowledged=${v.onAcknowledged}
  ></portal-urgency-notice>`;
}

function expectationText(e: ReplyExpectation): string {
  const by = formatDateTime(e.by);
  const days = formatNumber(e.businessDays);
  if (e.businessDays === 0) return endSentence(msg(str`Your care team usually replies by the end of the business day — by ${by}.`, { id: 'messages.expect.sameDay' }));
  return new Intl.PluralRules(getLocale() === 'es' ? 'es' : 'en').select(e.businessDays) === 'one'
    ? endSentence(msg(str`Your care team usually replies within ${days} business day — by ${by}.`, { id: 'messages.expect.one' }))
    : endSentence(msg(str`Your care team usually replies within ${days} business days — by ${by}.`, { id: 'messages.expect.other' }));
}

function renderExpectationDetails(e: ReplyExpectation): TemplateResult {
  return html`
    <p>${expectationText(e)}</p>
    ${e.afterHours
      ? html`<p>${endSentence(msg(str`The clinic is closed now. Your message will be read from ${formatDateTime(e.clockStartsAt)}.`, { id: 'messages.expect.afterHours' }))}</p>`
      : e.nextAnswering
        ? html`<p>${endSentence(msg(str`Clinicians next read messages around ${formatTime(e.nextAnswering)}.`, { id: 'messages.expect.answering' }))}</p>`
        : nothing}
  `;
}

const expectationCache = new WeakMap<MessagingPolicy, { minute: number; value?: ReplyExpectation }>();

/** The expectation for a message sent now; recomputed once a minute, not on every keystroke. */
function expectationNow(policy: MessagingPolicy): ReplyExpectation | undefined {
  const minute = Math.floor(Date.now() / 60000);
  const c = expectationCache.get(policy);
  if (c?.minute === minute) return c.value;
  const value = describeReplyExpectation(new Date(), policy);
  expectationCache.set(policy, { minute, value });
  return value;
}

function renderExpectation(policy?: MessagingPolicy): TemplateResult | typeof nothing {
  const e = policy ? expectationNow(policy) : undefined;
  if (!e || !policy) return nothing;
  const phone = policy.nurseLinePhone ?? policy.clinicPhone;
  return html`<div class="expectation callout info" part="expectation">
    ${renderExpectationDetails(e)}
    <p>${msg(str`Need an answer sooner? Call ${phone}.`, { id: 'messages.expect.callSooner' })}</p>
  </div>`;
}

function renderSendError(v: ComposerView, error: PortalError): TemplateResult {
  const offline = error.kind === 'offline';
  return html`<div class="callout danger send-error" role="alert" part="error" tabindex="-1">
    <p><strong>${msg('Your message has not been sent', { id: 'messages.sendError.title' })}</strong></p>
    <p>${offline ? msg('You are offline. Your message is saved on this device. Try again when you are connected.', { id: 'messages.sendError.offline' }) : errorMessage(error)}</p>
    <p>${msg('We kept what you wrote.', { id: 'messages.sendError.kept' })}</p>
    ${error.retryable
      ? html`<button type="button" class="primary" @click=${v.retry}>${msg('Try sending again', { id: 'messages.retry' })}</button>`
      : nothing}
    ${offline && v.backOnline ? html`<p>${msg('You are back online.', { id: 'messages.backOnline' })}</p>` : nothing}
  </div>`;
}

function renderActions(v: ComposerView): TemplateResult {
  const sending = v.sendState === 'sending';
  const checking = v.sendState === 'checking';
  return html`<div class="actions" part="actions">
    <button type="submit" class="primary" ?disabled=${v.needsAcknowledgement} aria-disabled=${sending || checking ? 'true' : 'false'}>
      ${sending || checking
        ? html`<span class="spinner" aria-hidden="true"></span>${checking
              ? msg('Checking your message…', { id: 'messages.checking' })
              : msg('Sending…', { id: 'messages.sending' })}`
        : v.isReply
          ? msg('Send reply', { id: 'messages.sendReply' })
          : msg('Send message', { id: 'messages.send' })}
    </button>
    ${v.needsAcknowledgement
      ? html`<p class="hint" part="hint">${msg('To send, first confirm above that you are not having an emergency.', { id: 'messages.acknowledgeHint' })}</p>`
      : nothing}
    <p class="hint draft-status" part="hint">
      ${v.draftSavedAt && !sending
        ? msg(str`Draft saved at ${formatTime(v.draftSavedAt)}`, { id: 'messages.draftSaved' })
        : nothing}
    </p>
    <div role="status" class="visually-hidden">
      ${sending
        ? msg('Sending your message…', { id: 'messages.sendingStatus' })
        : checking
          ? msg('Checking your message for signs of an emergency…', { id: 'messages.checkingStatus' })
          : nothing}
    </div>
  </div>`;
}

function renderConfirmation(v: ComposerView, message: Message, expectation?: ReplyExpectation): TemplateResult {
  return html`<div class="callout success confirmation" part="confirmation" role="status">
    <h3 tabindex="-1">${msg('Message sent', { id: 'messages.sent.title' })}</h3>
    <p>
      <time datetime=${isoAttr(message.sentAt)}>${endSentence(msg(str`Sent on ${formatDateTime(message.sentAt)}.`, { id: 'messages.sent.at' }))}</time>
    </p>
    ${expectation ? renderExpectationDetails(expectation) : nothing}
    <p>${msg(str`If you feel worse before then, call the clinic. In an emergency, call ${v.emergencyNumber}.`, { id: 'messages.sent.worse' })}</p>
    <button type="button" @click=${v.writeAnother}>
      ${v.isReply ? msg('Write another reply', { id: 'messages.sent.anotherReply' }) : msg('Write another message', { id: 'messages.sent.another' })}
    </button>
  </div>`;
}

