import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PortalError } from '../../src/adapters/errors.js';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Message, MessageDraft, PortalAdapter, StoredDraft } from '../../src/adapters/types.js';
import '../../src/components/messages/messages.js';
import type { MessageSentDetail, PortalMessageComposer, UrgencyChangeDetail } from '../../src/components/messages/messages.js';
import { LOCAL_DRAFT_PREFIX } from '../../src/core/messages/index.js';
import { loadUrgencyEngine, setUrgencyEngineLoader, type UrgencyEngine } from '../../src/components/urgency/urgency-engine.js';
import { classifyUrgency } from '../../src/core/urgency/index.js';
import { setLocale } from '../../src/i18n/localization.js';
import { lazyModules, loadedModule, loadModule } from '../../src/lazy/modules.js';

/** Drafts of this file, apart from other test files sharing the origin's storage. */
const SCOPE_PREFIX = 'composer-test';
/**
 * Each test keeps its drafts under a scope of its own. A composer saves an unsaved
 * draft when it leaves the page; the fixture cleanup removes it after this file's
 * `afterEach(clearDrafts)`, and the save can land after the next `clearDrafts`. With
 * one shared scope the next test's composer restored that text (for example
 * "I have crushing chest pain since this morning" ahead of "no chest pain, just a refill").
 */
let scope = SCOPE_PREFIX;
let draftKey = `${LOCAL_DRAFT_PREFIX}${scope}:new`;
let testsStarted = 0;

function useFreshDraftScope(): void {
  scope = `${SCOPE_PREFIX}-${++testsStarted}`;
  draftKey = `${LOCAL_DRAFT_PREFIX}${scope}:new`;
}

const memory = (): MemoryAdapter => new MemoryAdapter(undefined, { latencyMs: 0 });

/** Forwards every call to the memory adapter; the first send is stored but its answer is "lost". */
function lostFirstResponse(inner: MemoryAdapter): PortalAdapter {
  let lost = false;
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'sendMessage') {
        return async (draft: MessageDraft, o: { idempotencyKey: string }): Promise<Message> => {
          const message = await target.sendMessage(draft, o);
          if (!lost) {
            lost = true;
            throw new PortalError('network', 'Simulated lost response');
          }
          return message;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const q = <T extends Element>(el: HTMLElement, selector: string): T | null => root(el).querySelector<T>(selector);
const textarea = (el: HTMLElement): HTMLTextAreaElement => q<HTMLTextAreaElement>(el, 'textarea')!;
const sendButton = (el: HTMLElement): HTMLButtonElement => q<HTMLButtonElement>(el, 'button[type="submit"]')!;
const notice = (el: HTMLElement): Element | null => q(el, 'portal-urgency-notice');

async function ready(el: PortalMessageComposer): Promise<void> {
  await waitUntil(() => q(el, 'form'), 'composer form did not render');
}

async function compose(adapter: PortalAdapter = memory(), attrs: Partial<Record<'recipient' | 'thread' | 'policy' | 'max', string>> = {}): Promise<PortalMessageComposer> {
  const el = await fixture<PortalMessageComposer>(html`<portal-message-composer
    .adapter=${adapter}
    draft-scope=${scope}
    recipient-id=${attrs.recipient ?? ''}
    thread-id=${attrs.thread ?? ''}
    emergency-policy=${attrs.policy ?? 'warn'}
    max-length=${ifDefined(attrs.max)}
  ></portal-message-composer>`);
  await ready(el);
  return el;
}

/** Types like a patient (real key presses) into the focused message box. */
async function typeBody(el: PortalMessageComposer, text: string): Promise<void> {
  textarea(el).focus();
  await sendKeys({ type: text });
}

/** Sets a field's value the way one paste would, for long texts. */
function paste(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function fillNewMessage(el: PortalMessageComposer, recipientId: string, subject: string, body: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, '#recipient')!;
  select.value = recipientId;
  select.dispatchEvent(new Event('change'));
  paste(q<HTMLInputElement>(el, '#subject')!, subject);
  paste(textarea(el), body);
  await el.updateComplete;
}

function clearDrafts(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(`${LOCAL_DRAFT_PREFIX}${SCOPE_PREFIX}`)) localStorage.removeItem(key);
  }
}

describe('<portal-message-composer>', function () {
  // Typing through the browser and axe's first load are slow on a busy machine; the behaviour checked is not timing.
  this.timeout(30000);

  before(async () => {
    // Load axe and the urgency engine once, outside the tests that time the notice.
    const warm = fixtureSync<HTMLElement>(html`<p>warm up</p>`);
    await expect(warm).to.be.accessible();
    classifyUrgency('warm up', { locale: 'en' });
    await loadUrgencyEngine();
  });

  beforeEach(() => {
    useFreshDraftScope();
    clearDrafts();
  });
  afterEach(clearDrafts);

  // First in this file: once a composer has loaded its form, the module stays loaded for the page.
  it('offers "Try again" when the form itself cannot be downloaded', async () => {
    expect(loadedModule('composerView'), 'must run before any composer loads its form').to.equal(undefined);
    const download = lazyModules.composerView;
    lazyModules.composerView = () => Promise.reject(new Error('The form chunk could not be fetched'));
    try {
      const el = await fixture<PortalMessageComposer>(html`<portal-message-composer .adapter=${memory()} draft-scope=${scope}></portal-message-composer>`);
      await waitUntil(() => q(el, '.state-error'), 'no error when the form could not load');
      expect(q(el, '.state-error')).to.contain.text('We could not open the message form');
      expect(q(el, '[part="emergency-line"]')).to.contain.text('Call 911');
      await expect(el).to.be.accessible();
      lazyModules.composerView = download;
      q<HTMLButtonElement>(el, '.state-error button')!.click();
      await ready(el);
      expect(q(el, '.state-error')).to.equal(null);
    } finally {
      lazyModules.composerView = download;
    }
  });

  it('shows recipients, topics, the emergency line, guidance and the expected reply', async () => {
    const el = await compose();
    const options = [...q<HTMLSelectElement>(el, '#recipient')!.options].map((o) => o.textContent?.trim());
    expect(options).to.include.members(['Billing', 'Prescription refills', 'Nurse line']);
    expect(q(el, '[part="emergency-line"]')).to.contain.text('Do not use messages for emergencies. Call 911.');
    expect(q(el, 'details.guidance')).to.contain.text('What to send in a message');
    expect(q(el, '[part="expectation"]')!.textContent).to.match(/usually replies within 2 business days — by \w+day, \w+ \d+(,| at) \d+:\d\d\s?[AP]M\./);
    await expect(el).to.be.accessible();
  });

  it('shows the emergency notice within 300 ms of typing "I have crushing chest pain", and announces it once', async () => {
    const el = await compose();
    const changes: UrgencyChangeDetail[] = [];
    el.addEventListener('portal-urgency-change', (e) => changes.push((e as CustomEvent<UrgencyChangeDetail>).detail));
    await typeBody(el, 'I have crushing chest pain');
    await waitUntil(() => notice(el), 'no urgency notice within 300 ms', { timeout: 300 });
    const first = notice(el)!;
    expect(changes).to.have.length(1);
    expect(changes[0]?.level).to.equal('emergency');
    expect(first.getAttribute('level')).to.equal('emergency');
    const announcer = (): HTMLElement => first.shadowRoot!.querySelector<HTMLElement>('[part="announcer"]')!;
    await waitUntil(() => announcer().textContent?.includes('911'), 'the notice was not announced');
    const region = announcer();
    const announced = region.textContent;
    expect(region.getAttribute('role')).to.equal('alert');
    // More typing at the same level keeps the same notice and live region: no second announcement.
    await sendKeys({ type: ' since this morning' });
    await aTimeout(400);
    expect(notice(el)).to.equal(first);
    expect(announcer()).to.equal(region);
    expect(region.textContent).to.equal(announced);
    expect(changes).to.have.length(1);
    // The notice sits before the Send button, in reading and tab order.
    expect(first.compareDocumentPosition(sendButton(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows no notice for "no chest pain, just a refill", and suggests Prescription refills without switching', async () => {
    const el = await compose();
    await typeBody(el, 'no chest pain, just a refill');
    expect(textarea(el).value).to.equal('no chest pain, just a refill');
    await waitUntil(() => q(el, '[part="suggestion"]'), 'no routing suggestion');
    expect(notice(el)).to.equal(null);
    const suggestion = q(el, '[part="suggestion"]')!;
    expect(suggestion).to.contain.text('This sounds like a prescription refill.');
    expect(suggestion).to.contain.text('Prescription refills');
    expect(q<HTMLSelectElement>(el, '#recipient')!.value).to.equal('');
    await expect(el).to.be.accessible();
    suggestion.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    const select = q<HTMLSelectElement>(el, '#recipient')!;
    expect(select.options[select.selectedIndex]?.textContent?.trim()).to.equal('Prescription refills');
    expect(q<HTMLSelectElement>(el, '#topic')!.value).to.equal('prescription');
    expect(q(el, '[part="suggestion"]')).to.equal(null);
  });

  it('with emergency-policy="acknowledge", keeps Send disabled until the patient confirms it is not an emergency', async () => {
    const el = await compose(memory(), { policy: 'acknowledge', recipient: 'rcp-nurse-line' });
    paste(q<HTMLInputElement>(el, '#subject')!, 'Pain');
    await typeBody(el, 'I have crushing chest pain');
    await waitUntil(() => notice(el));
    expect(sendButton(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    const noticeRoot = notice(el)!.shadowRoot!;
    await waitUntil(() => noticeRoot.querySelector('#acknowledge'));
    expect(noticeRoot.querySelector('label[for="acknowledge"]')).to.contain.text('I am not having an emergency');
    expect(q(el, '.actions')).to.contain.text('first confirm above that you are not having an emergency');
    noticeRoot.querySelector<HTMLInputElement>('#acknowledge')!.click();
    await el.updateComplete;
    expect(sendButton(el).disabled).to.equal(false);
  });

  it('sends, confirms with the sent time and expected reply, fires portal-message-sent and clears the draft', async () => {
    const adapter = memory();
    const el = await compose(adapter);
    await fillNewMessage(el, 'rcp-nurse-line', 'Rash on my arm', 'I have an itchy rash on my left arm since Monday.');
    await waitUntil(() => localStorage.getItem(draftKey), 'draft was not saved');
    const sent = oneEvent<CustomEvent<MessageSentDetail>>(el, 'portal-message-sent');
    sendButton(el).click();
    const { detail } = await sent;
    expect(detail.message.body).to.equal('I have an itchy rash on my left arm since Monday.');
    await waitUntil(() => q(el, '[part="confirmation"]'));
    const confirmation = q(el, '[part="confirmation"]')!;
    expect(confirmation).to.contain.text('Message sent');
    expect(confirmation).to.contain.text('Sent on');
    expect(confirmation.textContent).to.match(/usually replies within 2 business days/);
    expect(root(el).activeElement?.tagName).to.equal('H3');
    expect(adapter.sentMessages).to.have.length(1);
    await waitUntil(() => localStorage.getItem(draftKey) === null, 'draft was not cleared after sending');
    await expect(el).to.be.accessible();
  });

  it('keeps the text after a failed send, and a retry after a lost response stores exactly one message', async () => {
    const inner = memory();
    const el = await compose(lostFirstResponse(inner));
    await fillNewMessage(el, 'rcp-rivera-team', 'Sugar readings', 'My sugar was 190 this morning.');
    const errors: string[] = [];
    el.addEventListener('portal-error', (e) => errors.push(e.detail.kind));
    sendButton(el).click();
    await waitUntil(() => q(el, '.send-error'), 'no send error shown');
    expect(q(el, '.send-error')).to.contain.text('Your message has not been sent');
    expect(q(el, '.send-error')).to.contain.text('We kept what you wrote.');
    expect(textarea(el).value).to.equal('My sugar was 190 this morning.');
    expect(errors).to.deep.equal(['network']);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Try sending again');
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '.send-error button')!.click();
    await waitUntil(() => q(el, '[part="confirmation"]'), 'retry did not confirm');
    expect(inner.sentMessages).to.have.length(1);
    const thread = await inner.getThread(inner.sentMessages[0].threadId);
    expect(thread.messages).to.have.length(1);
  });

  it('explains a server error kindly and offers retry; a 401 asks to sign in again without retry', async () => {
    const adapter = memory();
    const el = await compose(adapter);
    await fillNewMessage(el, 'rcp-nurse-line', 'Question', 'Is it OK to take ibuprofen with my medicines?');
    adapter.failNext('server');
    sendButton(el).click();
    await waitUntil(() => q(el, '.send-error'));
    expect(q(el, '.send-error')).to.contain.text('Something went wrong on our side');
    expect(q(el, '.send-error button')).to.contain.text('Try sending again');

    adapter.failNext('auth');
    q<HTMLButtonElement>(el, '.send-error button')!.click();
    await waitUntil(() => q(el, '.send-error')?.textContent?.includes('sign in again'));
    expect(q(el, '.send-error button')).to.equal(null);
    expect(textarea(el).value).to.equal('Is it OK to take ibuprofen with my medicines?');
    await expect(el).to.be.accessible();
    expect(adapter.sentMessages).to.have.length(0);
  });

  it('restores the draft after a reload (the element is created again)', async () => {
    const adapter = memory();
    const first = await compose(adapter);
    await fillNewMessage(first, 'rcp-billing', 'My bill', 'I was charged twice for my visit.');
    await waitUntil(() => localStorage.getItem(draftKey), 'draft was not saved');
    first.remove();

    const again = await compose(adapter);
    await waitUntil(() => textarea(again).value === 'I was charged twice for my visit.', 'draft was not restored');
    expect(q<HTMLInputElement>(again, '#subject')!.value).to.equal('My bill');
    expect(q<HTMLSelectElement>(again, '#recipient')!.value).to.equal('rcp-billing');
    expect(q(again, '.callout.info')).to.contain.text('We kept the message you started');
    await expect(again).to.be.accessible();
  });

  it('keeps drafts through the adapter when it supports drafts (and not in local storage)', async () => {
    const inner = memory();
    const saved = new Map<string, StoredDraft>();
    const withDrafts = new Proxy(inner, {
      get(target, prop) {
        if (prop === 'capabilities') return { ...target.capabilities, drafts: true };
        if (prop === 'saveDraft') {
          return (key: string, draft: MessageDraft): Promise<void> => {
            saved.set(key, { key, draft, savedAt: new Date().toISOString() });
            return Promise.resolve();
          };
        }
        if (prop === 'getDraft') return (key: string): Promise<StoredDraft | undefined> => Promise.resolve(saved.get(key));
        if (prop === 'deleteDraft') {
          return (key: string): Promise<void> => {
            saved.delete(key);
            return Promise.resolve();
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as PortalAdapter;
    const first = await compose(withDrafts);
    await fillNewMessage(first, 'rcp-nurse-line', 'Sleep', 'I cannot sleep since the new pills.');
    await waitUntil(() => saved.has(`${scope}:new`), 'draft was not saved through the adapter');
    expect(localStorage.getItem(draftKey)).to.equal(null);
    first.remove();
    const again = await compose(withDrafts);
    await waitUntil(() => textarea(again).value === 'I cannot sleep since the new pills.', 'draft was not restored from the adapter');
    sendButton(again).click();
    await waitUntil(() => q(again, '[part="confirmation"]'));
    await waitUntil(() => !saved.has(`${scope}:new`), 'adapter draft was not deleted after sending');
  });

  it('reuses the idempotency key after a reload, so a resend cannot duplicate', async () => {
    const inner = memory();
    const first = await compose(lostFirstResponse(inner));
    await fillNewMessage(first, 'rcp-nurse-line', 'Cough', 'Dry cough for a week.');
    sendButton(first).click();
    await waitUntil(() => q(first, '.send-error'));
    const key = first.pendingIdempotencyKey;
    expect(key).to.be.a('string');
    first.remove();

    const again = await compose(inner);
    await waitUntil(() => textarea(again).value === 'Dry cough for a week.');
    sendButton(again).click();
    await waitUntil(() => q(again, '[part="confirmation"]'));
    expect(inner.sentMessages).to.have.length(1);
  });

  it('can be filled in and sent with the keyboard only', async () => {
    const adapter = memory();
    const el = await compose(adapter);
    q<HTMLSelectElement>(el, '#recipient')!.focus();
    // Closed select: arrow keys change the choice. "Dr. Rivera's care team" is first.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('topic');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('subject');
    await sendKeys({ type: 'Thank you' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('body');
    await sendKeys({ type: 'Thanks for the visit yesterday.' });
    for (let i = 0; i < 12 && root(el).activeElement !== sendButton(el); i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(sendButton(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, '[part="confirmation"]'), 'keyboard send did not confirm');
    expect(adapter.sentMessages[0]?.body).to.equal('Thanks for the visit yesterday.');
  });

  it('shows inline errors for an empty form and focuses the first one', async () => {
    const el = await compose();
    paste(textarea(el), '   \n  ');
    sendButton(el).click();
    await waitUntil(() => q(el, '#recipient-error'));
    expect(q(el, '#recipient-error')).to.contain.text('Choose who to send your message to');
    expect(q(el, '#subject-error')).to.contain.text('Enter a subject');
    expect(q(el, '#body-error')).to.contain.text('Enter a message');
    expect(root(el).activeElement?.id).to.equal('recipient');
    expect(q(el, '#body')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('counts characters, announces only near and over the limit, and refuses an over-long message', async () => {
    const el = await compose(memory(), { recipient: 'rcp-nurse-line', max: '100' });
    paste(q<HTMLInputElement>(el, '#subject')!, 'Long');
    const live = (): string => q(el, '.composer > [aria-live="polite"]')!.textContent.trim();
    paste(textarea(el), 'a'.repeat(10));
    await el.updateComplete;
    expect(q(el, '#body-counter')).to.contain.text('10 of 100 characters');
    expect(live()).to.equal('');
    paste(textarea(el), 'a'.repeat(60));
    await el.updateComplete;
    expect(live()).to.equal('40 characters left');
    paste(textarea(el), 'a'.repeat(61));
    await el.updateComplete;
    expect(live(), 'no new announcement within the same band').to.equal('40 characters left');
    paste(textarea(el), 'a'.repeat(112));
    await el.updateComplete;
    expect(live()).to.equal('12 characters too many');
    sendButton(el).click();
    await waitUntil(() => q(el, '#body-error'));
    expect(q(el, '#body-error')).to.contain.text('12 characters too long');
    expect(root(el).activeElement?.id).to.equal('body');
    await expect(el).to.be.accessible();
  });

  it('keeps HTML typed into the message as text', async () => {
    const adapter = memory();
    const el = await compose(adapter, { recipient: 'rcp-nurse-line' });
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    paste(q<HTMLInputElement>(el, '#subject')!, '<b>bold</b>');
    paste(textarea(el), hostile);
    sendButton(el).click();
    await waitUntil(() => q(el, '[part="confirmation"]'));
    expect(adapter.sentMessages[0]?.body).to.equal(hostile);
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('accepts allowed files with a preview and remove button, and explains each refused file', async () => {
    const el = await compose(memory(), { recipient: 'rcp-nurse-line' });
    const input = q<HTMLInputElement>(el, 'input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([137, 80, 78, 71])], 'rash.png', { type: 'image/png' }));
    dt.items.add(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    dt.items.add(new File(['<html></html>'], 'page.html', { type: 'text/html' }));
    dt.items.add(new File(['MZ'], 'photo.png.exe', { type: 'image/png' }));
    dt.items.add(new File([new Uint8Array(11 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const attached = [...root(el).querySelectorAll('.files li')];
    expect(attached).to.have.length(1);
    expect(attached[0]).to.contain.text('rash.png');
    expect(attached[0].querySelector('img')!.getAttribute('src')).to.match(/^blob:/);
    const errors = q(el, '.file-errors')!.textContent;
    expect(errors).to.contain('“setup.exe” cannot be attached: programs, scripts and web pages are never accepted.');
    expect(errors).to.contain('“page.html” cannot be attached');
    expect(errors).to.contain('“photo.png.exe” cannot be attached');
    expect(errors).to.contain('“huge.pdf” is too big. Each file must be 10 MB or smaller.');
    await expect(el).to.be.accessible();

    const more = new DataTransfer();
    for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) more.items.add(new File(['x'], name, { type: 'image/jpeg' }));
    input.files = more.files;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root(el).querySelectorAll('.files li')).to.have.length(3);
    expect(q(el, '.file-errors')).to.contain.text('“c.jpg” was not added: you can attach up to 3 files.');

    attached[0].querySelector('button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.files li')).to.have.length(2);
    expect(root(el).activeElement?.tagName).to.equal('BUTTON');
  });

  it('sends attachments with the message', async () => {
    const adapter = memory();
    const el = await compose(adapter, { recipient: 'rcp-nurse-line' });
    el.addFiles([new File([new Uint8Array([1, 2, 3, 4])], 'scan.pdf', { type: 'application/pdf' })]);
    paste(q<HTMLInputElement>(el, '#subject')!, 'Form');
    paste(textarea(el), 'Here is the form.');
    sendButton(el).click();
    await waitUntil(() => q(el, '[part="confirmation"]'));
    expect(adapter.sentMessages[0]?.attachments.map((a) => [a.name, a.size])).to.deep.equal([['scan.pdf', 4]]);
  });

  it('explains being offline and does not try to send until connected', async () => {
    const adapter = memory();
    const el = await compose(adapter, { recipient: 'rcp-nurse-line' });
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(q(el, '[role="status"].callout.warning')).to.contain.text('You are offline.');
    await expect(el).to.be.accessible();
    paste(q<HTMLInputElement>(el, '#subject')!, 'Question');
    paste(textarea(el), 'Can I take my pills with food?');
    sendButton(el).click();
    await waitUntil(() => q(el, '.send-error'));
    expect(q(el, '.send-error')).to.contain.text('You are offline. Your message is saved on this device.');
    expect(adapter.sentMessages).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(q(el, '.send-error')).to.contain.text('You are back online.');
    q<HTMLButtonElement>(el, '.send-error button')!.click();
    await waitUntil(() => q(el, '[part="confirmation"]'));
    expect(adapter.sentMessages).to.have.length(1);
  });

  it('answers a portal-compose-request: prefilled, focused, and the request is marked handled', async () => {
    const el = await compose();
    const request = new CustomEvent('portal-compose-request', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { topic: 'test-result', subject: 'Question about my A1c', body: 'About my result from March 2:', reference: { type: 'result', id: 'obs-a1c' } },
    });
    document.body.dispatchEvent(request);
    expect(request.defaultPrevented).to.equal(true);
    await waitUntil(() => root(el).activeElement === textarea(el), 'composer did not take focus');
    expect(q<HTMLInputElement>(el, '#subject')!.value).to.equal('Question about my A1c');
    expect(q<HTMLSelectElement>(el, '#topic')!.value).to.equal('test-result');
    expect(textarea(el).value).to.equal('About my result from March 2:');
  });

  it('keeps a saved draft when a compose request arrives before it loads', async () => {
    const adapter = memory();
    const first = await compose(adapter);
    await fillNewMessage(first, 'rcp-nurse-line', 'Dizzy', 'I feel dizzy when I stand up.');
    await waitUntil(() => localStorage.getItem(draftKey));
    first.remove();

    const again = await fixture<PortalMessageComposer>(html`<portal-message-composer .adapter=${adapter} draft-scope=${scope}></portal-message-composer>`);
    again.prefill({ topic: 'test-result', subject: 'About my result', body: 'About my potassium result:', reference: { type: 'result', id: 'obs-k' } });
    await ready(again);
    await waitUntil(() => textarea(again).value.includes('dizzy'), 'saved draft was dropped');
    expect(textarea(again).value).to.equal('I feel dizzy when I stand up.\n\nAbout my potassium result:');
    expect(q<HTMLInputElement>(again, '#subject')!.value, "the patient's own subject is kept").to.equal('Dizzy');
    expect(q<HTMLSelectElement>(again, '#topic')!.value).to.equal('test-result');
    expect(q<HTMLSelectElement>(again, '#recipient')!.value).to.equal('rcp-nurse-line');
  });

  it('replies inside a thread without recipient or subject fields', async () => {
    const adapter = memory();
    const el = await compose(adapter, { thread: 'thr-sugar-log' });
    expect(q(el, '#recipient')).to.equal(null);
    expect(q(el, '#subject')).to.equal(null);
    expect(q(el, 'label[for="body"]')).to.contain.text('Your reply');
    await expect(el).to.be.accessible();
    paste(textarea(el), 'Thank you, I will start it tomorrow.');
    sendButton(el).click();
    await waitUntil(() => q(el, '[part="confirmation"]'));
    const thread = await adapter.getThread('thr-sugar-log');
    expect(thread.messages.at(-1)?.body).to.equal('Thank you, I will start it tomorrow.');
  });

  it('shows the urgent notice for symptoms that need care today', async () => {
    const el = await compose(memory(), { recipient: 'rcp-nurse-line' });
    await typeBody(el, 'I have had a fever of 102 for three days and it hurts when I pee.');
    await waitUntil(() => notice(el));
    expect(notice(el)!.getAttribute('level')).to.equal('urgent');
    expect(sendButton(el).disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows that the message is being sent, without allowing a second send', async () => {
    const inner = memory();
    let calls = 0;
    const hanging = new Proxy(inner, {
      get(target, prop) {
        if (prop === 'sendMessage') {
          return (): Promise<Message> => {
            calls++;
            return new Promise<Message>(() => undefined);
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as PortalAdapter;
    const el = await compose(hanging, { recipient: 'rcp-nurse-line' });
    paste(q<HTMLInputElement>(el, '#subject')!, 'Question');
    paste(textarea(el), 'Can I split my pills in half?');
    sendButton(el).click();
    await waitUntil(() => sendButton(el).textContent?.includes('Sending…'));
    expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(q(el, '.actions [role="status"]')).to.contain.text('Sending your message…');
    sendButton(el).click();
    await el.updateComplete;
    expect(calls).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while recipients load', async () => {
    const slow = new Proxy(memory(), {
      get(target, prop) {
        if (prop === 'listRecipients') return () => new Promise(() => undefined);
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as PortalAdapter;
    const el = await fixture<PortalMessageComposer>(html`<portal-message-composer .adapter=${slow} draft-scope=${scope}></portal-message-composer>`);
    await waitUntil(() => q(el, '.state-loading'));
    expect(q(el, '.state-loading')).to.contain.text('Loading…');
    expect(q(el, '[part="emergency-line"]')).to.contain.text('Call 911');
    await expect(el).to.be.accessible();
  });

  it('lets the clinic replace the guidance through the "guidance" slot', async () => {
    const el = await fixture<PortalMessageComposer>(html`<portal-message-composer .adapter=${memory()} draft-scope=${scope}>
      <p slot="guidance">Use messages for questions about your diabetes care plan.</p>
    </portal-message-composer>`);
    await ready(el);
    const slot = q<HTMLSlotElement>(el, 'slot[name="guidance"]')!;
    expect(slot.assignedElements()[0]).to.contain.text('diabetes care plan');
  });

  it('shows a kind error with retry when recipients cannot load', async () => {
    const adapter = memory();
    // The policy and the recipients both time out (without the policy the form still works, minus the reply time).
    adapter.failNext('timeout', 2);
    const el = await fixture<PortalMessageComposer>(html`<portal-message-composer .adapter=${adapter} draft-scope=${scope}></portal-message-composer>`);
    await waitUntil(() => q(el, '.state-error'));
    expect(q(el, '.state-error')).to.contain.text('We could not open the message form');
    expect(q(el, '.state-error')).to.contain.text('The server took too long to answer');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '.state-error button')!.click();
    await ready(el);
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    try {
      const el = await compose();
      expect(q(el, '[role="heading"]')).to.contain.text('Enviar un mensaje a su equipo de atención');
      expect(q(el, '[part="emergency-line"]')).to.contain.text('No use los mensajes para emergencias. Llame al 911.');
      expect(q(el, '[part="expectation"]')).to.contain.text('días hábiles');
      expect(sendButton(el)).to.contain.text('Enviar mensaje');
      await expect(el).to.be.accessible();
    } finally {
      await setLocale('en');
    }
  });
  describe('while the urgency engine is not there', () => {
    afterEach(() => setUrgencyEngineLoader());

    /** An engine download that finishes only when the test says so. */
    function slowEngine(): () => void {
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      setUrgencyEngineLoader((): Promise<UrgencyEngine> => arrived.then(() => loadModule('urgencyCheck')));
      return release;
    }

    /** `fixture()` would wait for the engine (`updateComplete` includes it): wait for the form only. */
    async function composeWhileLoading(adapter: PortalAdapter, policy: string): Promise<PortalMessageComposer> {
      const el = fixtureSync<PortalMessageComposer>(html`<portal-message-composer
        .adapter=${adapter}
        draft-scope=${scope}
        recipient-id="rcp-nurse-line"
        emergency-policy=${policy}
      ></portal-message-composer>`);
      await ready(el);
      return el;
    }

    it('starts warning as soon as the engine arrives, for what was typed before', async () => {
      const release = slowEngine();
      const el = await composeWhileLoading(memory(), 'warn');
      await typeBody(el, 'I have crushing chest pain');
      // Past the check delay: the text was checked for routing, but there is no engine yet to warn.
      await aTimeout(300);
      expect(notice(el)).to.equal(null);
      release();
      await el.updateComplete;
      await waitUntil(() => notice(el)?.shadowRoot?.textContent?.includes('911'), 'no notice once the engine arrived');
      expect(notice(el)!.getAttribute('level')).to.equal('emergency');
      await expect(el).to.be.accessible();
    });

    it('waits for the engine before sending, says it is checking, then applies the emergency gate', async () => {
      const release = slowEngine();
      const adapter = memory();
      const el = await composeWhileLoading(adapter, 'acknowledge');
      paste(q<HTMLInputElement>(el, '#subject')!, 'Pain');
      paste(textarea(el), 'I have crushing chest pain');
      sendButton(el).click();
      await waitUntil(() => sendButton(el).textContent?.includes('Checking your message…'), 'Send did not show the check');
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(q(el, '.actions [role="status"]')).to.contain.text('Checking your message for signs of an emergency…');
      await expect(el).to.be.accessible();
      sendButton(el).click();
      release();
      await el.updateComplete;
      await waitUntil(() => notice(el), 'no notice after the check');
      expect(sendButton(el).disabled, 'Send waits for "I am not having an emergency"').to.equal(true);
      expect(sendButton(el)).to.contain.text('Send message');
      expect(adapter.sentMessages).to.have.length(0);
    });

    it('says kindly that it could not check, in English and Spanish, and still sends', async () => {
      setUrgencyEngineLoader(() => Promise.reject(new Error('The engine chunk could not be fetched')));
      const adapter = memory();
      const el = await compose(adapter, { recipient: 'rcp-nurse-line', policy: 'acknowledge' });
      const fallback = (): string => [...root(el).querySelectorAll('form [role="status"]')].map((s) => s.textContent).join(' ');
      expect(fallback()).to.contain(
        'We could not check what you wrote for signs of an emergency. If this is an emergency, call 911 now. You can still send your message.',
      );
      await expect(el).to.be.accessible();
      await setLocale('es');
      try {
        await el.updateComplete;
        expect(fallback()).to.contain('No pudimos revisar si lo que escribió describe una emergencia. Si es una emergencia, llame al 911 ahora.');
        expect(fallback()).to.contain('Aun así, puede enviar su mensaje.');
      } finally {
        await setLocale('en');
      }
      paste(q<HTMLInputElement>(el, '#subject')!, 'Pain');
      paste(textarea(el), 'I have crushing chest pain');
      sendButton(el).click();
      await waitUntil(() => q(el, '[part="confirmation"]'), 'sending was blocked');
      expect(adapter.sentMessages).to.have.length(1);
      expect(notice(el)).to.equal(null);
    });
  });
});
