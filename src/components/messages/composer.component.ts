import { msg, str } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { PortalError, toPortalError } from '../../adapters/errors.js';
import type { AttachmentLimits, ItemReference, Message, MessageDraft, MessageThread, MessageTopic } from '../../adapters/types.js';
import { createIdempotencyKey, draftKey } from '../../core/messages/idempotency.js';
import type { RoutingSuggestion } from '../../core/messages/routing.js';
import {
  characterCount,
  DEFAULT_MAX_BODY_LENGTH,
  type DraftField,
  type DraftIssue,
  lengthBand,
  type LengthBand,
  validateDraft,
} from '../../core/messages/validate.js';
import type { ReplyExpectation } from '../../core/reply-time/index.js';
import type { UrgencyLevel } from '../../core/urgency/types.js';
import { formatNumber } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { loadModule } from '../../lazy/modules.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { LazyParts } from '../shared/lazy-parts.js';
import { PortalElement } from '../shared/portal-element.js';
import { renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { emergencyNumberFor } from '../urgency/regions.js';
import { classifyUrgencyIfLoaded, summarizeUrgency, UrgencyEngineController } from '../urgency/urgency-engine.js';
import type { UrgencyAcknowledgedDetail } from '../urgency/urgency-notice.component.js';
import type { ComposerView, FileError, PendingFile, SendState, Setup } from './composer-view.js';
import { composerStyles } from './composer.styles.js';
import type { DraftStore } from './draft-store.js';

/** Detail of `portal-message-sent`. */
export interface MessageSentDetail {
  message: Message;
}

/** Detail of `portal-urgency-change`. */
export interface UrgencyChangeDetail {
  level: UrgencyLevel;
  categories: string[];
}

export type EmergencyPolicy = 'warn' | 'acknowledge';

/** Time between the last keystroke and the urgency and routing checks. */
const CHECK_DELAY_MS = 150;
/** Time between the last keystroke and saving the draft. */
const SAVE_DELAY_MS = 600;

/**
 * @tagname portal-message-composer
 * @summary Writes a secure message (or a reply) to the care team, with live warnings about urgent symptoms, honest reply times, attachments and drafts that survive a reload.
 *
 * The patient picks who to write to and a topic, writes a subject and a message,
 * and may attach files the clinic accepts. While they type, the text is checked
 * for symptoms that must not wait for a reply (`<portal-urgency-notice>` appears
 * before the Send button), and for messages that belong to another desk (billing,
 * refills, scheduling: a suggestion the patient may apply). The draft is saved as
 * they type and restored after a reload; a send uses one idempotency key per
 * draft, so retrying after a lost response never sends twice.
 *
 * The form and the urgency engine download when the element connects (the heading
 * and the emergency line show at once). Checks run as the patient types once the
 * engine is here; Send waits for it ("Checking your message…"). If it cannot load,
 * the composer says so kindly and sending is never blocked. `updateComplete`
 * resolves after both downloads have settled.
 *
 * Answers `portal-compose-request` events from other widgets on the page (unless
 * in reply mode or `ignore-compose-requests` is set): it prefills the message and
 * takes focus.
 *
 * @fires portal-message-sent - The message was stored. detail: { message }
 * @fires portal-urgency-change - The urgency level of the text changed. detail: { level, categories }
 * @fires portal-error - Loading or sending failed. detail: { kind, message, operation }
 *
 * @slot guidance - Your clinic's own advice on what to send in a message (replaces the built-in list under "What to send in a message").
 *
 * @csspart base - The whole composer.
 * @csspart header - Heading, emergency line and guidance.
 * @csspart emergency-line - The "Do not use messages for emergencies" line.
 * @csspart label - Field labels.
 * @csspart control - Selects, the subject input and the message box.
 * @csspart hint - Hints under labels, including the character counter.
 * @csspart error - Field and send errors.
 * @csspart suggestion - The "send it to Billing?" suggestion.
 * @csspart attachments - The attachments fieldset.
 * @csspart expectation - The expected reply time.
 * @csspart actions - The Send button row.
 * @csspart confirmation - The "Message sent" confirmation.
 *
 * @cssprop --portal-composer-max-width - Widest the composer grows (default 42rem).
 * @cssprop --portal-composer-body-min-height - Smallest height of the message box (default 10rem).
 */
export class PortalMessageComposer extends PortalElement {
  static override styles = [baseStyles, composerStyles];

  /** Reply inside this thread: no recipient or subject fields. */
  @property({ attribute: 'thread-id', reflect: true }) threadId = '';

  /** The thread being replied to, when the host already has it (saves a request). */
  @property({ attribute: false }) thread?: MessageThread;

  /** Preselects a recipient (and keeps a separate draft for it). */
  @property({ attribute: 'recipient-id' }) recipientId = '';

  /** Preselects a topic. */
  @property() topic: MessageTopic | '' = '';

  /** Prefills the subject. */
  @property() subject = '';

  /** What the message is about (set by a compose request or the host). */
  @property({ attribute: false }) reference?: ItemReference;

  /** Longest message, in characters. Defaults to the clinic policy's `maxBodyLength`, else 4,000. */
  @property({ attribute: 'max-length', type: Number }) maxLength?: number;

  /** `warn` shows the urgency notice; `acknowledge` also keeps Send disabled until the patient confirms it is not an emergency. */
  @property({ attribute: 'emergency-policy' }) emergencyPolicy: EmergencyPolicy = 'warn';

  /** Heading level of the composer's title (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Keeps drafts apart per person on a shared computer (for example the patient's id). */
  @property({ attribute: 'draft-scope' }) draftScope = '';

  /** Do not answer `portal-compose-request` events (a host or `<portal-messages>` handles them). */
  @property({ attribute: 'ignore-compose-requests', type: Boolean }) ignoreComposeRequests = false;

  @state() private chosenRecipient = '';
  @state() private chosenTopic: MessageTopic | '' = '';
  @state() private subjectText = '';
  @state() private body = '';
  @state() private files: PendingFile[] = [];
  @state() private fileErrors: FileError[] = [];
  @state() private issues: DraftIssue[] = [];
  @state() private urgency: UrgencyChangeDetail = { level: 'routine', categories: [] };
  @state() private acknowledged = false;
  @state() private suggestion?: RoutingSuggestion;
  @state() private appliedSuggestion?: RoutingSuggestion;
  @state() private sendState: SendState = 'editing';
  @state() private sendError?: PortalError;
  @state() private sent?: { message: Message; expectation?: ReplyExpectation };
  @state() private online = typeof navigator === 'undefined' ? true : navigator.onLine;
  @state() private backOnline = false;
  @state() private draftSavedAt?: Date;
  @state() private restored = false;
  @state() private counterAnnouncement = '';
  @state() private dragging = false;

  @query('textarea') private bodyField?: HTMLTextAreaElement;

  private idempotencyKey?: string;
  private dismissed = new Set<string>();
  private checkTimer?: ReturnType<typeof setTimeout>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private band: LengthBand = 'ok';
  private nextFileId = 1;
  private dirty = false;
  private restoredFor = '';
  private draftStore?: DraftStore;
  /** The form loads on demand, in parallel with the recipients (a failed load offers "Try again"). */
  private parts = new LazyParts(this);

  /** Live checks start once the engine arrives (the patient may have typed already). */
  private engine = new UrgencyEngineController(this, () => {
    if (this.sendState !== 'sent') this.runChecks();
  });

  private setup = adapterTask<Setup, [string, MessageThread | undefined]>(
    this,
    async (adapter, [threadId, thread]) => {
      const policy = adapter.getMessagingPolicy().catch(() => undefined);
      if (threadId) {
        const t = thread?.id === threadId ? thread : await adapter.getThread(threadId);
        return { recipients: [t.recipient], policy: await policy, thread: t };
      }
      const recipients = await adapter.listRecipients();
      return { recipients, policy: await policy };
    },
    () => [this.threadId, this.thread],
    {
      onComplete: () => void this.restoreDraft(),
      onError: (e) => this.reportError(e, this.threadId ? 'getThread' : 'listRecipients'),
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('portal-compose-request', this.onComposeRequest);
    window.addEventListener('pagehide', this.flushDraft);
    this.loadForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('portal-compose-request', this.onComposeRequest);
    window.removeEventListener('pagehide', this.flushDraft);
    clearTimeout(this.checkTimer);
    this.flushDraft();
    for (const f of this.files) if (f.previewUrl) URL.revokeObjectURL(f.previewUrl);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('recipientId') && this.recipientId && !this.dirty) this.chosenRecipient = this.recipientId;
    if (changed.has('topic') && this.topic && !this.dirty) this.chosenTopic = this.topic;
    if (changed.has('subject') && this.subject && !this.dirty) this.subjectText = this.subject;
  }

  /** `updateComplete` also waits for the form's view and the urgency engine, so "updated" means "shown and checked". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.parts.busy || this.engine.status === 'loading') {
      await Promise.all([this.parts.settled(), this.engine.settled]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Loads (or retries) the form; the routing suggestion needs it, so it runs again once the form is here. */
  private loadForm(): void {
    void this.parts.load('composerView').then((form) => {
      if (form) this.updateSuggestion();
    });
  }

  /** Drafts go wherever the current adapter keeps them (the store comes with the form's module). */
  private async drafts(): Promise<DraftStore | undefined> {
    const adapter = this.resolvedAdapter;
    const form = adapter && (this.parts.get('composerView') ?? (await loadModule('composerView').catch(() => undefined)));
    if (!adapter || !form) return undefined;
    if (this.draftStore?.adapter !== adapter) this.draftStore = new form.DraftStore(adapter);
    return this.draftStore;
  }

  /** The idempotency key the next send will use (created on the first send of a draft). */
  get pendingIdempotencyKey(): string | undefined {
    return this.idempotencyKey;
  }

  /** Moves focus to the message box (once the form has loaded). */
  override focus(options?: FocusOptions): void {
    void this.whenFormReady().then(() => this.bodyField?.focus(options));
  }

  private async whenFormReady(): Promise<void> {
    await this.updateComplete;
    if (this.bodyField) return;
    try {
      await this.setup.taskComplete;
    } catch {
      // The error view is showing; there is nothing to focus in the form.
    }
    await this.updateComplete;
  }

  /** Prefills the composer, as a `portal-compose-request` does. Keeps anything the patient already typed. */
  prefill(detail: Partial<ComposeRequestDetail>): void {
    if (this.sendState === 'sent') this.resetForm();
    if (detail.topic) this.chosenTopic = detail.topic;
    if (detail.subject && !this.subjectText.trim()) this.subjectText = detail.subject;
    if (detail.body) this.body = this.body.trim() ? `${this.body}\n\n${detail.body}` : detail.body;
    if (detail.reference) this.reference = detail.reference;
    this.dirty = true;
    this.scheduleChecks();
    this.scheduleSave();
  }

  // ------------------------------------------------------------------ derived values

  private get isReply(): boolean {
    return !!this.threadId;
  }

  private get limit(): number {
    const fromPolicy = this.setup.value?.policy?.maxBodyLength;
    const chosen = this.maxLength ?? fromPolicy ?? DEFAULT_MAX_BODY_LENGTH;
    return Number.isFinite(chosen) && chosen > 0 ? Math.floor(chosen) : DEFAULT_MAX_BODY_LENGTH;
  }

  private get attachmentLimits(): AttachmentLimits | false {
    return this.resolvedAdapter?.capabilities.attachments ?? false;
  }

  private get key(): string {
    return draftKey({ threadId: this.threadId || undefined, recipientId: this.recipientId || undefined, scope: this.draftScope || undefined });
  }

  private get needsAcknowledgement(): boolean {
    return this.emergencyPolicy === 'acknowledge' && this.urgency.level === 'emergency' && !this.acknowledged;
  }

  /** Same order as the urgency notice: page numbers, region preset, clinic policy, then 911. */
  private get emergencyNumber(): string {
    return emergencyNumberFor(this.config, this.setup.value?.policy?.numbers);
  }

  private currentDraft(): MessageDraft {
    const thread = this.setup.value?.thread;
    const draft: MessageDraft = {
      recipientId: thread ? thread.recipient.id : this.chosenRecipient,
      subject: thread ? thread.subject : this.subjectText.trim(),
      body: this.body,
    };
    const topic = thread?.topic ?? this.chosenTopic;
    if (topic) draft.topic = topic;
    if (this.threadId) draft.threadId = this.threadId;
    if (this.reference) draft.reference = this.reference;
    if (this.urgency.level !== 'routine') draft.urgency = { level: this.urgency.level, acknowledged: this.acknowledged };
    return draft;
  }

  // ------------------------------------------------------------------ drafts

  private async restoreDraft(): Promise<void> {
    const key = this.key;
    if (!this.resolvedAdapter || this.restoredFor === key) return;
    this.restoredFor = key;
    let saved;
    try {
      saved = await (await this.drafts())?.load(key);
    } catch (e) {
      this.reportError(e, 'getDraft');
      return;
    }
    if (!saved) return;
    const d = saved.draft;
    if (this.dirty) {
      // The patient typed, or a compose request arrived, before the draft loaded: keep both texts.
      if (d.body.trim() && !this.body.includes(d.body)) this.body = this.body.trim() ? `${d.body}\n\n${this.body}` : d.body;
      if (!this.isReply) {
        // The patient's own subject wins over a request's, whichever arrived first (as in `prefill`).
        if (d.subject.trim()) this.subjectText = d.subject;
        if (!this.chosenRecipient) this.chosenRecipient = d.recipientId;
        if (!this.chosenTopic && d.topic) this.chosenTopic = d.topic;
      }
      this.scheduleSave();
    } else {
      this.body = d.body;
      if (!this.isReply) {
        this.chosenRecipient = d.recipientId || this.chosenRecipient;
        this.subjectText = d.subject;
        if (d.topic) this.chosenTopic = d.topic;
      }
    }
    if (d.reference && !this.reference) this.reference = d.reference;
    this.idempotencyKey = saved.idempotencyKey;
    this.draftSavedAt = new Date(saved.savedAt);
    this.restored = !!(d.body.trim() || d.subject.trim());
    this.band = lengthBand(characterCount(this.body), this.limit);
    this.runChecks();
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(), SAVE_DELAY_MS);
  }

  private flushDraft = (): void => {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    void this.saveDraft();
  };

  private async saveDraft(): Promise<void> {
    this.saveTimer = undefined;
    if (this.sendState === 'sent') return;
    const draft = this.currentDraft();
    const key = this.key;
    const store = await this.drafts();
    if (!store) return;
    try {
      if (!draft.body.trim() && !(this.isReply ? '' : draft.subject) && !this.idempotencyKey) await store.remove(key);
      else {
        await store.save(key, draft, this.idempotencyKey);
        this.draftSavedAt = new Date();
      }
    } catch (e) {
      this.reportError(e, 'saveDraft');
    }
  }

  // ------------------------------------------------------------------ live checks

  private scheduleChecks(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.runChecks(), CHECK_DELAY_MS);
  }

  /** Synchronous once the engine has loaded; until then only the routing suggestion is checked. */
  private runChecks(): void {
    this.checkTimer = undefined;
    const text = this.isReply ? this.body : `${this.subjectText}\n${this.body}`;
    const result = classifyUrgencyIfLoaded(text, { locale: getLocale() });
    if (result) {
      const { level, categories } = summarizeUrgency(result);
      const previous = this.urgency;
      if (level !== previous.level || categories.join() !== previous.categories.join()) this.urgency = { level, categories };
      if (level !== previous.level) {
        if (level !== 'emergency') this.acknowledged = false;
        this.emit<UrgencyChangeDetail>('portal-urgency-change', { level, categories });
        if (level !== 'routine') this.audit('urgency-shown', { level, categories: categories.join(' ') });
      }
    }
    this.updateSuggestion();
  }

  private updateSuggestion(): void {
    if (this.isReply || this.urgency.level === 'emergency') {
      this.suggestion = undefined;
      return;
    }
    const s = this.parts.get('composerView')?.suggestRouting(`${this.subjectText}\n${this.body}`, this.setup.value?.recipients ?? [], {
      recipientId: this.chosenRecipient,
      topic: this.chosenTopic || undefined,
    });
    this.suggestion = s && !this.dismissed.has(s.reason) ? s : undefined;
  }

  private audit(type: 'urgency-shown', detail: Record<string, string>): void {
    const adapter = this.resolvedAdapter;
    if (!adapter?.capabilities.audit || !adapter.recordEvent) return;
    adapter.recordEvent({ type, at: new Date().toISOString(), detail }).catch(() => undefined);
  }

  // ------------------------------------------------------------------ events

  private onOnline = (): void => {
    this.online = true;
    this.backOnline = true;
  };

  private onOffline = (): void => {
    this.online = false;
    this.backOnline = false;
  };

  private onComposeRequest = (e: CustomEvent<ComposeRequestDetail>): void => {
    if (e.defaultPrevented || this.ignoreComposeRequests || this.isReply || !this.isConnected) return;
    e.preventDefault();
    this.prefill(e.detail);
    this.scrollIntoView?.({ block: 'nearest' });
    this.focus();
  };

  private onBodyInput(e: InputEvent): void {
    this.body = (e.target as HTMLTextAreaElement).value;
    this.afterEdit();
    const band = lengthBand(characterCount(this.body), this.limit);
    if (band !== this.band) {
      this.band = band;
      this.counterAnnouncement = band === 'ok' ? '' : this.counterText(true);
    }
  }

  private onSubjectInput(e: InputEvent): void {
    this.subjectText = (e.target as HTMLInputElement).value;
    this.afterEdit();
  }

  private onRecipientChange(e: Event): void {
    this.chosenRecipient = (e.target as HTMLSelectElement).value;
    this.appliedSuggestion = undefined;
    this.afterEdit();
  }

  private onTopicChange(e: Event): void {
    this.chosenTopic = (e.target as HTMLSelectElement).value as MessageTopic | '';
    this.afterEdit();
  }

  private afterEdit(): void {
    this.dirty = true;
    this.restored = false;
    if (this.issues.length) this.issues = validateDraft(this.currentDraft(), { maxLength: this.limit, reply: this.isReply });
    if (this.sendState === 'failed' && this.sendError && !this.sendError.retryable) this.sendState = 'editing';
    this.scheduleChecks();
    this.scheduleSave();
  }

  private applySuggestion(): void {
    const s = this.suggestion;
    if (!s) return;
    if (s.recipient) this.chosenRecipient = s.recipient.id;
    this.chosenTopic = s.topic;
    this.appliedSuggestion = s;
    this.suggestion = undefined;
    this.dirty = true;
    this.scheduleSave();
    this.bodyField?.focus();
  }

  private dismissSuggestion(): void {
    if (this.suggestion) this.dismissed.add(this.suggestion.reason);
    this.suggestion = undefined;
    this.bodyField?.focus();
  }

  private onAcknowledged(e: CustomEvent<UrgencyAcknowledgedDetail>): void {
    this.acknowledged = e.detail.acknowledged && e.detail.level === 'emergency';
  }

  private onFilesChosen(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.addFiles([...(input.files ?? [])]);
    input.value = '';
  }

  private onDragOver(e: DragEvent): void {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.dragging = true;
  }

  private onDragLeave(): void {
    this.dragging = false;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.dragging = false;
    this.addFiles([...(e.dataTransfer?.files ?? [])]);
  }

  /** Adds files the patient chose, refusing the ones the clinic cannot accept (with a reason for each). */
  addFiles(files: File[]): void {
    const limits = this.attachmentLimits;
    if (!limits) return;
    const form = this.parts.get('composerView');
    if (!form) {
      // Called before the form loaded: add them once it has.
      void loadModule('composerView').then(() => this.addFiles(files), () => undefined);
      return;
    }
    const { added, errors } = form.acceptFiles(this.files, files, limits, () => this.nextFileId++);
    this.files = [...this.files, ...added];
    this.fileErrors = errors;
  }

  private removeFile(id: number): void {
    const index = this.files.findIndex((f) => f.id === id);
    const file = this.files[index];
    if (!file) return;
    if (file.previewUrl) URL.revokeObjectURL(file.previewUrl);
    this.files = this.files.filter((f) => f.id !== id);
    this.fileErrors = [];
    void this.updateComplete.then(() => {
      const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('.files button');
      const next = buttons[Math.min(index, buttons.length - 1)];
      (next ?? this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]'))?.focus();
    });
  }

  private async onSubmit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    await this.send();
  }

  /** Validates and sends the message. A retry reuses the draft's idempotency key. */
  async send(): Promise<void> {
    const adapter = this.resolvedAdapter;
    const before = this.sendState;
    if (!adapter || before === 'checking' || before === 'sending' || before === 'sent' || !this.setup.value) return;
    clearTimeout(this.checkTimer);
    const engineLoading = this.engine.beforeSubmit();
    if (engineLoading) {
      this.sendState = 'checking';
      await engineLoading;
      this.sendState = before;
    }
    this.runChecks();
    this.issues = validateDraft(this.currentDraft(), { maxLength: this.limit, reply: this.isReply });
    if (this.issues.length) {
      await this.updateComplete;
      this.focusField(this.issues[0]?.field ?? 'body');
      return;
    }
    if (this.needsAcknowledgement) return;
    if (!this.online || (typeof navigator !== 'undefined' && !navigator.onLine)) {
      this.online = false;
      this.failSend(new PortalError('offline'));
      return;
    }
    this.idempotencyKey ??= createIdempotencyKey();
    clearTimeout(this.saveTimer);
    await this.saveDraft();
    this.sendState = 'sending';
    this.sendError = undefined;
    try {
      const draft = this.currentDraft();
      if (this.files.length) draft.attachments = await (this.parts.get('composerView') ?? (await loadModule('composerView'))).encodeAttachments(this.files);
      const message = await adapter.sendMessage(draft, { idempotencyKey: this.idempotencyKey });
      await this.completeSend(message);
    } catch (error) {
      this.failSend(toPortalError(error));
    }
  }

  private async completeSend(message: Message): Promise<void> {
    const policy = this.setup.value?.policy;
    const sentAt = new Date(message.sentAt);
    const describe = this.parts.get('composerView')?.describeReplyExpectation;
    const expectation = policy && describe ? describe(Number.isNaN(sentAt.getTime()) ? new Date() : sentAt, policy) : undefined;
    this.sent = { message, expectation };
    this.sendState = 'sent';
    const key = this.key;
    this.idempotencyKey = undefined;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      await (await this.drafts())?.remove(key);
    } catch (e) {
      this.reportError(e, 'deleteDraft');
    }
    this.emit<MessageSentDetail>('portal-message-sent', { message });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.confirmation [tabindex="-1"]')?.focus();
  }

  private failSend(error: PortalError): void {
    this.sendError = error;
    this.sendState = 'failed';
    this.reportError(error, 'sendMessage');
    void this.updateComplete.then(() => {
      const retry = this.renderRoot.querySelector<HTMLButtonElement>('.send-error button');
      (retry ?? this.renderRoot.querySelector<HTMLElement>('.send-error'))?.focus();
    });
  }

  private reportError(error: unknown, operation: string): void {
    const e = toPortalError(error);
    this.emit<PortalErrorDetail>('portal-error', { kind: e.kind, message: e.message, operation });
  }

  /** Clears the form for a new message (after a confirmed send). */
  private resetForm(): void {
    for (const f of this.files) if (f.previewUrl) URL.revokeObjectURL(f.previewUrl);
    this.files = [];
    this.fileErrors = [];
    this.body = '';
    this.subjectText = this.subject;
    this.chosenTopic = this.topic;
    this.chosenRecipient = this.recipientId;
    this.reference = undefined;
    this.issues = [];
    this.sent = undefined;
    this.sendState = 'editing';
    this.sendError = undefined;
    this.acknowledged = false;
    this.urgency = { level: 'routine', categories: [] };
    this.suggestion = undefined;
    this.appliedSuggestion = undefined;
    this.draftSavedAt = undefined;
    this.restored = false;
    this.dismissed.clear();
    this.band = 'ok';
    this.counterAnnouncement = '';
    this.dirty = false;
  }

  private writeAnother(): void {
    this.resetForm();
    void this.updateComplete.then(() => {
      const first = this.renderRoot.querySelector<HTMLElement>('select, textarea');
      first?.focus();
    });
  }

  private focusField(field: DraftField): void {
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  // ------------------------------------------------------------------ rendering

  override render(): TemplateResult {
    if (!this.resolvedAdapter) return html`<div part="base">${renderNotConfigured()}</div>`;
    return html`<section class="composer" part="base" aria-labelledby="composer-title">
      ${this.renderHeader()}
      ${this.setup.render({
        initial: () => renderLoading(),
        pending: () => (this.setup.value ? this.renderBody(this.setup.value) : renderLoading()),
        complete: (setup) => this.renderBody(setup),
        error: (e) => this.renderLoadError(e, () => void this.setup.run()),
      })}
      <div class="visually-hidden" aria-live="polite">${this.counterAnnouncement}</div>
    </section>`;
  }

  private renderLoadError(error: unknown, retry: () => void): TemplateResult {
    return renderError(
      error,
      retry,
      this.isReply
        ? msg('We could not open the reply form', { id: 'messages.replyLoadError' })
        : msg('We could not open the message form', { id: 'messages.loadError' }),
    );
  }

  private renderBody(setup: Setup): TemplateResult {
    const form = this.parts.get('composerView');
    if (form) return form.renderComposerBody(this.view(setup));
    const error = this.parts.error('composerView');
    return error ? this.renderLoadError(error, () => this.loadForm()) : renderLoading();
  }

  /** What the form shows, and the handlers it calls. */
  private view(setup: Setup): ComposerView {
    return {
      setup,
      isReply: this.isReply,
      online: this.online,
      backOnline: this.backOnline,
      restored: this.restored,
      draftSavedAt: this.draftSavedAt,
      chosenRecipient: this.chosenRecipient,
      chosenTopic: this.chosenTopic,
      subjectText: this.subjectText,
      body: this.body,
      limit: this.limit,
      counter: this.counterText(),
      issues: this.issues,
      suggestion: this.suggestion,
      applied: this.appliedSuggestion,
      attachmentLimits: this.attachmentLimits,
      files: this.files,
      fileErrors: this.fileErrors,
      dragging: this.dragging,
      urgency: this.urgency,
      urgencyUnavailable: this.engine.status === 'failed',
      emergencyNumber: this.emergencyNumber,
      requireAcknowledgement: this.emergencyPolicy === 'acknowledge',
      needsAcknowledgement: this.needsAcknowledgement,
      adapter: this.resolvedAdapter,
      sendState: this.sendState,
      sendError: this.sendError,
      sent: this.sent,
      onSubmit: this.onSubmit,
      onRecipientChange: this.onRecipientChange,
      onTopicChange: this.onTopicChange,
      onSubjectInput: this.onSubjectInput,
      onBodyInput: this.onBodyInput,
      applySuggestion: this.applySuggestion,
      dismissSuggestion: this.dismissSuggestion,
      onDragOver: this.onDragOver,
      onDragLeave: this.onDragLeave,
      onDrop: this.onDrop,
      onFilesChosen: this.onFilesChosen,
      onAcknowledged: this.onAcknowledged,
      writeAnother: this.writeAnother,
      removeFile: (id) => this.removeFile(id),
      retry: () => void this.send(),
    };
  }

  private renderHeader(): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.floor(this.headingLevel) || 2));
    return html`<div class="stack" part="header">
      <div class="heading" role="heading" aria-level=${level} id="composer-title">
        ${this.isReply ? msg('Reply', { id: 'messages.replyHeading' }) : msg('Send a message to your care team', { id: 'messages.composeHeading' })}
      </div>
      <div class="callout danger emergency-line" part="emergency-line">
        <p>
          <strong>${msg(str`Do not use messages for emergencies. Call ${this.emergencyNumber}.`, { id: 'messages.notForEmergencies' })}</strong>
        </p>
      </div>
      <details class="guidance">
        <summary>${msg('What to send in a message', { id: 'messages.guidance.summary' })}</summary>
        <slot name="guidance"><ul>
          <li>${msg('Good for questions that can wait a few days: medicines, refills, forms, test results, follow-up after a visit.', { id: 'messages.guidance.good' })}</li>
          <li>${msg('Call the clinic or book a visit for new or worse symptoms, or anything you need today.', { id: 'messages.guidance.call' })}</li>
          <li>${msg('Write one question per message, and say how long it has been going on.', { id: 'messages.guidance.tips' })}</li>
        </ul></slot>
      </details>
    </div>`;
  }

  private counterText(forAnnouncement = false): string {
    const count = characterCount(this.body);
    const limit = this.limit;
    if (count > limit) {
      return msg(str`${formatNumber(count - limit)} characters too many`, { id: 'messages.counter.over' });
    }
    if (forAnnouncement) return msg(str`${formatNumber(limit - count)} characters left`, { id: 'messages.counter.left' });
    return msg(str`${formatNumber(count)} of ${formatNumber(limit)} characters`, { id: 'messages.counter' });
  }
}
