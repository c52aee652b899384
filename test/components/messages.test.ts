import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MessageThread, Page, PortalAdapter } from '../../src/adapters/types.js';
import '../../src/components/messages/messages.js';
import type { PortalMessageComposer, PortalMessages } from '../../src/components/messages/messages.js';
import { LOCAL_DRAFT_PREFIX } from '../../src/core/messages/index.js';
import { setLocale } from '../../src/i18n/localization.js';
import { lazyModules, loadedModule } from '../../src/lazy/modules.js';

const memory = (): MemoryAdapter => new MemoryAdapter(undefined, { latencyMs: 0 });

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const q = <T extends Element>(el: HTMLElement, selector: string): T | null => root(el).querySelector<T>(selector);
const items = (el: HTMLElement): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('.thread-item')];

async function inbox(adapter: PortalAdapter = memory(), pageSize = 10): Promise<PortalMessages> {
  const el = await fixture<PortalMessages>(html`<portal-messages .adapter=${adapter} page-size=${pageSize} draft-scope="inbox-test"></portal-messages>`);
  await waitUntil(() => items(el).length || q(el, '.state-empty') || q(el, '.state-error'), 'inbox did not load');
  return el;
}

/** An adapter whose calls never settle, for the loading state. */
function pendingAdapter(inner: MemoryAdapter): PortalAdapter {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'listThreads') return () => new Promise<Page<MessageThread>>(() => undefined);
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('<portal-messages>', function () {
  // Typing through the browser and axe's first load are slow on a busy machine; the behaviour checked is not timing.
  this.timeout(30000);

  before(async () => {
    // Load axe once, before the first test.
    const warm = fixtureSync<HTMLElement>(html`<p>warm up</p>`);
    await expect(warm).to.be.accessible();
  });

  afterEach(() => {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${LOCAL_DRAFT_PREFIX}inbox-test:`)) localStorage.removeItem(key);
    }
  });

  // First in this file: once a conversation has been shown, its view module stays loaded for the page.
  it('offers "Try again" when the conversation view cannot be downloaded', async () => {
    expect(loadedModule('messageThread'), 'must run before any conversation is shown').to.equal(undefined);
    const download = lazyModules.messageThread;
    lazyModules.messageThread = () => Promise.reject(new Error('The conversation chunk could not be fetched'));
    try {
      const el = await inbox();
      q<HTMLButtonElement>(el, '[data-thread-id="thr-sugar-log"]')!.click();
      await el.updateComplete;
      await waitUntil(() => q(el, '.thread-view .state-error'), 'no error when the conversation view could not load');
      expect(q(el, '.thread-view .state-error')).to.contain.text('We could not open this conversation');
      expect(q(el, 'h2')).to.contain.text('My blood sugar readings');
      await expect(el).to.be.accessible();
      lazyModules.messageThread = download;
      q<HTMLButtonElement>(el, '.thread-view .state-error button')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('.conversation .message')).to.have.length(3);
    } finally {
      lazyModules.messageThread = download;
    }
  });

  it('lists conversations with subject, team, date, last message and an unread marker in words', async () => {
    const el = await inbox();
    const list = items(el);
    expect(list.length).to.be.greaterThan(0);
    const unread = list.find((li) => li.classList.contains('unread'))!;
    expect(unread.querySelector('.thread-open')).to.contain.text('Unread');
    expect(unread.querySelector('.meta')).to.contain.text("Dr. Rivera's care team");
    expect(unread.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(unread.querySelector('.preview')!.textContent).to.match(/^Dr\. Ana Rivera, MD: /);
    expect(q(el, '#inbox-summary')).to.contain.text('1 conversation has a new message.');
    await expect(el).to.be.accessible();
  });

  it('opens a conversation as plain text, marks it read, and Back returns focus to it in the list', async () => {
    const adapter = memory();
    const el = await inbox(adapter);
    const button = q<HTMLButtonElement>(el, '[data-thread-id="thr-sugar-log"]')!;
    button.click();
    await waitUntil(() => q(el, '.conversation'), 'conversation did not open');
    expect(q(el, 'h2')).to.contain.text('My blood sugar readings');
    const messages = [...root(el).querySelectorAll('.message')];
    expect(messages.length).to.equal(3);
    expect(messages[0].querySelector('.author')).to.contain.text('You');
    expect(messages[0].querySelector('.read-state')).to.contain.text('Read by your care team on');
    const link = messages[0].querySelector<HTMLAnchorElement>('.attachments a')!;
    expect(link).to.contain.text('Download blood-sugar-log.png');
    expect(link.getAttribute('href')).to.match(/^data:image\/png;base64,/);
    expect(getComputedStyle(messages[0].querySelector('.message-body')!).whiteSpace).to.equal('pre-wrap');
    expect(q<PortalMessageComposer>(el, 'portal-message-composer')!.threadId).to.equal('thr-sugar-log');
    expect((await adapter.getThread('thr-sugar-log')).unread).to.equal(false);
    await waitUntil(() => q(el, 'portal-message-composer')!.shadowRoot!.querySelector('textarea'));
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => root(el).activeElement?.getAttribute('data-thread-id') === 'thr-sugar-log', 'focus did not return to the thread');
    expect(items(el).find((li) => li.querySelector('[data-thread-id="thr-sugar-log"]'))!.classList.contains('unread')).to.equal(false);
  });

  it('replies inside a conversation and shows the reply', async () => {
    const adapter = memory();
    const el = await inbox(adapter);
    q<HTMLButtonElement>(el, '[data-thread-id="thr-sugar-log"]')!.click();
    await waitUntil(() => q(el, 'portal-message-composer')?.shadowRoot?.querySelector('textarea'));
    const composer = q<PortalMessageComposer>(el, 'portal-message-composer')!;
    const box = composer.shadowRoot!.querySelector('textarea')!;
    box.value = 'Thank you.\nI will bring my meter.';
    box.dispatchEvent(new InputEvent('input'));
    composer.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => root(el).querySelectorAll('.message').length === 4, 'reply did not appear');
    expect([...root(el).querySelectorAll('.message-body')].at(-1)!.textContent).to.equal('Thank you.\nI will bring my meter.');
  });

  it('shows message text containing HTML as text, never as markup', async () => {
    const adapter = memory();
    await adapter.sendMessage(
      { recipientId: 'rcp-nurse-line', subject: '<i>hi</i>', body: '<img src=x onerror="window.__inboxPwned=1">' },
      { idempotencyKey: 'k-html' },
    );
    const el = await inbox(adapter);
    expect(q(el, '.thread-open')).to.contain.text('<i>hi</i>');
    q<HTMLButtonElement>(el, '.thread-open')!.click();
    await waitUntil(() => q(el, '.message-body'));
    expect(q(el, '.message-body')!.textContent).to.equal('<img src=x onerror="window.__inboxPwned=1">');
    expect(root(el).querySelector('.conversation img, .conversation i')).to.equal(null);
    expect((window as { __inboxPwned?: number }).__inboxPwned).to.equal(undefined);
  });

  it('pages with "Load more" and moves focus to the first new conversation', async () => {
    const el = await inbox(memory(), 2);
    expect(items(el)).to.have.length(2);
    q<HTMLButtonElement>(el, '.load-more')!.click();
    await waitUntil(() => items(el).length === 3, 'no second page');
    expect(root(el).activeElement).to.equal(items(el)[2].querySelector('.thread-open'));
    expect(q(el, '.load-more')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens a new message from "New message" and answers portal-compose-request', async () => {
    const el = await inbox();
    q<HTMLButtonElement>(el, '.new-message')!.click();
    await waitUntil(() => q(el, 'portal-message-composer'));
    expect(root(el).activeElement).to.equal(q(el, '.back'));
    q<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => root(el).activeElement === q(el, '.new-message'));

    const request = new CustomEvent('portal-compose-request', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { topic: 'paperwork', subject: 'About my visit note', body: 'About the note from May 2:', reference: { type: 'note', id: 'note-1' } },
    });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    await waitUntil(() => q(el, 'portal-message-composer')?.shadowRoot?.querySelector<HTMLInputElement>('#subject')?.value === 'About my visit note');
    const composer = q<PortalMessageComposer>(el, 'portal-message-composer')!;
    await waitUntil(() => composer.shadowRoot!.activeElement === composer.shadowRoot!.querySelector('textarea'), 'composer did not take focus');
    expect(composer.shadowRoot!.querySelector('textarea')!.value).to.equal('About the note from May 2:');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state', async () => {
    const el = await inbox(new MemoryAdapter({ threads: [] }, { latencyMs: 0 }));
    expect(q(el, '.state-empty')).to.contain.text('You have no messages yet');
    await expect(el).to.be.accessible();
  });

  it('lets the host replace the empty state through the "empty" slot', async () => {
    const el = await fixture<PortalMessages>(html`<portal-messages .adapter=${new MemoryAdapter({ threads: [] }, { latencyMs: 0 })} draft-scope="inbox-test">
      <p slot="empty">Nothing here yet. Your care team will write after your visit.</p>
    </portal-messages>`);
    await waitUntil(() => q(el, 'slot[name="empty"]'));
    expect(q<HTMLSlotElement>(el, 'slot[name="empty"]')!.assignedElements()[0]).to.contain.text('Nothing here yet');
  });

  it('shows the loading state', async () => {
    const el = await fixture<PortalMessages>(html`<portal-messages .adapter=${pendingAdapter(memory())} draft-scope="inbox-test"></portal-messages>`);
    await waitUntil(() => q(el, '[role="status"]'));
    expect(q(el, '[role="status"]')).to.contain.text('Loading your messages…');
    await expect(el).to.be.accessible();
  });

  it('shows a kind error with retry, and fires portal-error', async () => {
    const adapter = memory();
    adapter.failNext('server');
    const errors: string[] = [];
    const el = await fixture<PortalMessages>(html`<portal-messages .adapter=${adapter} draft-scope="inbox-test" @portal-error=${(e: CustomEvent<{ kind: string }>) => errors.push(e.detail.kind)}></portal-messages>`);
    await waitUntil(() => q(el, '.state-error'));
    expect(q(el, '.state-error')).to.contain.text('We could not load your messages');
    expect(q(el, '.state-error')).to.contain.text('Something went wrong on our side');
    expect(errors).to.deep.equal(['server']);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.state-error button')!.click();
    await waitUntil(() => items(el).length > 0, 'retry did not load');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    try {
      const el = await inbox();
      expect(q(el, 'h2')).to.contain.text('Mensajes');
      expect(q(el, '.new-message')).to.contain.text('Mensaje nuevo');
      expect(q(el, '.unread-badge')).to.contain.text('No leído');
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('en');
    }
  });
});
