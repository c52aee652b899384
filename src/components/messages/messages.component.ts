import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { toPortalError } from '../../adapters/errors.js';
import type { Message, MessageThread, Page } from '../../adapters/types.js';
import { formatShortDate, isoAttr } from '../../i18n/format.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { LazyParts } from '../shared/lazy-parts.js';
import { PortalElement } from '../shared/portal-element.js';
import { renderEmpty, renderError, renderLoading, renderNotConfigured, renderWarnings } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import type { EmergencyPolicy, PortalMessageComposer } from './composer.component.js';
import { messagesStyles } from './messages.styles.js';

type View = 'list' | 'thread' | 'compose';

const PREVIEW_LENGTH = 140;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : flat;
}

/**
 * @tagname portal-messages
 * @summary The patient's secure messages: a list of conversations, each conversation with replies, and a button to write a new message.
 *
 * The list shows each conversation's subject, team, last message and date, with
 * unread ones marked in words and visually. Opening one shows every message as
 * plain text (line breaks kept) with its attachments, marks it read (when the
 * adapter can) and offers a reply form; Back returns to the same place in the
 * list. "New message" opens `<portal-message-composer>`. Answers
 * `portal-compose-request` events from other widgets on the page.
 *
 * @fires portal-message-sent - A new message or reply was stored (from the inner composer). detail: { message }
 * @fires portal-urgency-change - The composer's urgency level changed. detail: { level, categories }
 * @fires portal-thread-opened - A conversation was opened. detail: { id }
 * @fires portal-error - Loading failed. detail: { kind, message, operation }
 *
 * @slot empty - Shown instead of the built-in text when there are no conversations.
 *
 * @csspart base - The whole inbox.
 * @csspart header - The title and the "New message" button.
 * @csspart list - The list of conversations.
 * @csspart item - One conversation in the list.
 * @csspart thread - An open conversation.
 * @csspart message - One message in a conversation.
 * @csspart actions - Back and "Load more" buttons.
 *
 * @cssprop --portal-messages-max-width - Widest the inbox grows (default 48rem).
 * @cssprop --portal-messages-own-indent - How far the patient's own messages are indented (default 2rem).
 */
export class PortalMessages extends PortalElement {
  static override styles = [baseStyles, messagesStyles];

  /** Conversations per page. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Passed to the composer: `warn` or `acknowledge` (Send waits until the patient confirms it is not an emergency). */
  @property({ attribute: 'emergency-policy' }) emergencyPolicy: EmergencyPolicy = 'warn';

  /** Keeps drafts apart per person on a shared computer; passed to the composer. */
  @property({ attribute: 'draft-scope' }) draftScope = '';

  /** Longest message, passed to the composer. */
  @property({ attribute: 'max-length', type: Number }) maxLength?: number;

  @state() private view: View = 'list';
  @state() private openThreadId = '';
  @state() private threads: MessageThread[] = [];
  @state() private next?: string;
  @state() private warnings: string[] = [];
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  @state() private composeSeq = 0;

  private pendingPrefill?: ComposeRequestDetail;
  /** An open conversation's messages render from a module loaded with the first one opened. */
  private parts = new LazyParts(this);

  private list = adapterTask<Page<MessageThread>, [number]>(
    this,
    (adapter, [pageSize]) => adapter.listThreads({ pageSize }),
    () => [this.pageSize],
    {
      onComplete: (page) => {
        this.threads = page.items;
        this.next = page.next;
        this.warnings = page.warnings ?? [];
        this.moreError = undefined;
      },
      onError: (e) => this.reportError(e, 'listThreads'),
    },
  );

  private thread = adapterTask<MessageThread | undefined, [string]>(
    this,
    async (adapter, [id]) => {
      if (!id) return undefined;
      const t = await adapter.getThread(id);
      if (t.unread && adapter.markThreadRead) {
        // Reading is what matters to the patient; a failed read receipt is not worth an error.
        await adapter.markThreadRead(id).catch(() => undefined);
      }
      return t;
    },
    () => [this.openThreadId],
    {
      onComplete: (t) => {
        if (!t) return;
        this.threads = this.threads.map((x) => (x.id === t.id ? { ...x, unread: false } : x));
        this.emit('portal-thread-opened', { id: t.id });
      },
      onError: (e) => this.reportError(e, 'getThread'),
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('portal-compose-request', this.onComposeRequest);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('portal-compose-request', this.onComposeRequest);
  }

  private reportError(error: unknown, operation: string): void {
    const e = toPortalError(error);
    this.emit<PortalErrorDetail>('portal-error', { kind: e.kind, message: e.message, operation });
  }

  private onComposeRequest = (e: CustomEvent<ComposeRequestDetail>): void => {
    if (e.defaultPrevented || !this.isConnected) return;
    e.preventDefault();
    this.openComposer(e.detail);
  };

  /** Opens the new-message form, optionally prefilled (as a `portal-compose-request` does). */
  openComposer(prefill?: ComposeRequestDetail): void {
    this.pendingPrefill = prefill;
    // An open form keeps what the patient typed; the request is added to it.
    if (this.view !== 'compose') this.composeSeq++;
    this.view = 'compose';
    this.openThreadId = '';
    void this.updateComplete.then(async () => {
      const composer = this.renderRoot.querySelector<PortalMessageComposer>('portal-message-composer');
      if (!composer) return;
      await composer.updateComplete;
      if (this.pendingPrefill) composer.prefill(this.pendingPrefill);
      this.pendingPrefill = undefined;
      this.scrollIntoView?.({ block: 'nearest' });
      if (prefill) composer.focus();
      else this.renderRoot.querySelector<HTMLElement>('.back')?.focus();
    });
  }

  /** `updateComplete` also waits for the conversation view if it is loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.parts.busy) {
      await this.parts.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private openThread(id: string): void {
    void this.parts.load('messageThread');
    this.openThreadId = id;
    this.view = 'thread';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.back')?.focus());
  }

  private backToList(focusThreadId?: string): void {
    this.view = 'list';
    this.openThreadId = '';
    void this.updateComplete.then(() => {
      const target = focusThreadId
        ? this.renderRoot.querySelector<HTMLElement>(`[data-thread-id="${CSS.escape(focusThreadId)}"]`)
        : this.renderRoot.querySelector<HTMLElement>('.new-message');
      (target ?? this.renderRoot.querySelector<HTMLElement>('.new-message'))?.focus();
    });
  }

  private async loadMore(): Promise<void> {
    const adapter = this.resolvedAdapter;
    if (!adapter || !this.next || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    const firstNew = this.threads.length;
    try {
      const page = await adapter.listThreads({ pageSize: this.pageSize, cursor: this.next });
      const known = new Set(this.threads.map((t) => t.id));
      this.threads = [...this.threads, ...page.items.filter((t) => !known.has(t.id))];
      this.next = page.next;
      this.warnings = [...this.warnings, ...(page.warnings ?? [])];
      await this.updateComplete;
      this.renderRoot.querySelectorAll<HTMLElement>('.thread-open')[firstNew]?.focus();
    } catch (e) {
      this.moreError = toPortalError(e);
      this.reportError(e, 'listThreads');
    } finally {
      this.loadingMore = false;
    }
  }

  private onSent(): void {
    // The composer shows its own confirmation; refresh what is behind it.
    void this.list.run();
    if (this.view === 'thread') void this.thread.run();
  }

  override render(): TemplateResult {
    if (!this.resolvedAdapter) return html`<div part="base">${renderNotConfigured()}</div>`;
    return html`<section class="inbox" part="base" aria-labelledby="inbox-title">
      ${this.view === 'thread' ? this.renderThreadView() : this.view === 'compose' ? this.renderCompose() : this.renderList()}
    </section>`;
  }

  private renderList(): TemplateResult {
    return html`
      <div class="toolbar" part="header">
        <h2 id="inbox-title">${msg('Messages', { id: 'messages.inbox.title' })}</h2>
        <button type="button" class="primary new-message" @click=${() => this.openComposer()}>
          ${msg('New message', { id: 'messages.inbox.new' })}
        </button>
      </div>
      ${this.list.render({
        initial: () => renderLoading(msg('Loading your messages…', { id: 'messages.inbox.loading' })),
        pending: () => (this.threads.length ? this.renderThreads() : renderLoading(msg('Loading your messages…', { id: 'messages.inbox.loading' }))),
        complete: () => this.renderThreads(),
        error: (e) => renderError(e, () => void this.list.run(), msg('We could not load your messages', { id: 'messages.inbox.error' })),
      })}
    `;
  }

  private renderThreads(): TemplateResult {
    if (!this.threads.length) {
      return html`${renderWarnings(this.warnings)}
        <slot name="empty">
          ${renderEmpty(
            msg('You have no messages yet', { id: 'messages.inbox.empty' }),
            msg('Use “New message” to ask your care team a question that can wait a few days.', { id: 'messages.inbox.emptyDetail' }),
          )}
        </slot>`;
    }
    const unread = this.threads.filter((t) => t.unread).length;
    return html`
      ${renderWarnings(this.warnings)}
      <p class="muted" id="inbox-summary">
        ${unread
          ? unread === 1
            ? msg('1 conversation has a new message.', { id: 'messages.inbox.unreadOne' })
            : msg(str`${unread} conversations have new messages.`, { id: 'messages.inbox.unreadMany' })
          : msg('No new messages.', { id: 'messages.inbox.noneUnread' })}
      </p>
      <ul class="threads" part="list" aria-labelledby="inbox-title">
        ${this.threads.map((t) => this.renderThreadItem(t))}
      </ul>
      ${this.moreError ? renderError(this.moreError, () => void this.loadMore(), msg('We could not load more messages', { id: 'messages.inbox.moreError' })) : nothing}
      ${this.next
        ? html`<button type="button" class="load-more" part="actions" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
            ${this.loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Load more', { id: 'messages.inbox.loadMore' })}
          </button>`
        : nothing}
      <div class="visually-hidden" role="status">${this.loadingMore ? msg('Loading more messages…', { id: 'messages.inbox.loadingMore' }) : nothing}</div>
    `;
  }

  private renderThreadItem(t: MessageThread): TemplateResult {
    const last: Message | undefined = t.messages[t.messages.length - 1];
    const who = last ? (last.fromPatient ? msg('You', { id: 'messages.you' }) : last.author.name) : '';
    return html`<li class="thread-item ${t.unread ? 'unread' : ''}" part="item">
      <button type="button" class="thread-open" data-thread-id=${t.id} @click=${() => this.openThread(t.id)}>
        ${t.subject || msg('(No subject)', { id: 'messages.noSubject' })}${t.unread
          ? html`<span class="badge unread-badge">${msg('Unread', { id: 'messages.unread' })}</span>`
          : nothing}
      </button>
      <div class="meta">
        <span>${t.recipient.name}</span>
        <time datetime=${isoAttr(t.updatedAt)}>${formatShortDate(t.updatedAt)}</time>
      </div>
      ${last ? html`<p class="preview">${who}: ${preview(last.body)}</p>` : nothing}
    </li>`;
  }

  private renderThreadView(): TemplateResult {
    const listed = this.threads.find((x) => x.id === this.openThreadId);
    return html`<div class="thread-view" part="thread">
      <div class="row" part="actions">
        <button type="button" class="back" @click=${() => this.backToList(this.openThreadId)}>
          <span aria-hidden="true">←</span> ${msg('Back to messages', { id: 'messages.back' })}
        </button>
      </div>
      ${this.thread.render({
        initial: () => renderLoading(),
        pending: () =>
          this.thread.value?.id === this.openThreadId && this.thread.value
            ? this.renderConversation(this.thread.value)
            : html`<h2 id="inbox-title">${listed?.subject ?? msg('Conversation', { id: 'messages.thread.title' })}</h2>
                ${renderLoading(msg('Loading the conversation…', { id: 'messages.thread.loading' }))}`,
        complete: (t) => (t ? this.renderConversation(t) : nothing),
        error: (e) => html`<h2 id="inbox-title">${listed?.subject ?? msg('Conversation', { id: 'messages.thread.title' })}</h2>
          ${renderError(e, () => void this.thread.run(), msg('We could not open this conversation', { id: 'messages.thread.error' }))}`,
      })}
    </div>`;
  }

  private renderConversation(t: MessageThread): TemplateResult {
    return html`
      <h2 id="inbox-title">${t.subject || msg('(No subject)', { id: 'messages.noSubject' })}</h2>
      ${this.renderMessages(t)}
      ${keyed(
        t.id,
        html`<portal-message-composer
          .adapter=${this.resolvedAdapter}
          .thread=${t}
          thread-id=${t.id}
          heading-level="3"
          ignore-compose-requests
          draft-scope=${this.draftScope}
          emergency-policy=${this.emergencyPolicy}
          .maxLength=${this.maxLength}
          @portal-message-sent=${this.onSent}
        ></portal-message-composer>`,
      )}
    `;
  }

  private renderMessages(t: MessageThread): TemplateResult {
    const view = this.parts.get('messageThread');
    if (view) return view.renderMessages(t);
    const error = this.parts.error('messageThread');
    return error
      ? renderError(error, () => void this.parts.load('messageThread'), msg('We could not open this conversation', { id: 'messages.thread.error' }))
      : renderLoading(msg('Loading the conversation…', { id: 'messages.thread.loading' }));
  }

  private renderCompose(): TemplateResult {
    return html`
      <div class="row" part="actions">
        <button type="button" class="back" @click=${() => this.backToList()}>
          <span aria-hidden="true">←</span> ${msg('Back to messages', { id: 'messages.back' })}
        </button>
      </div>
      <span id="inbox-title" class="visually-hidden">${msg('New message', { id: 'messages.inbox.new' })}</span>
      ${keyed(
        this.composeSeq,
        html`<portal-message-composer
          .adapter=${this.resolvedAdapter}
          ignore-compose-requests
          draft-scope=${this.draftScope}
          emergency-policy=${this.emergencyPolicy}
          .maxLength=${this.maxLength}
          @portal-message-sent=${this.onSent}
        ></portal-message-composer>`,
      )}
    `;
  }
}
