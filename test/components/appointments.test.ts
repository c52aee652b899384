import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, createSampleSeed } from '../../src/adapters/memory/index.js';
import type { AppointmentRequest, AppointmentRequestDraft, PortalAdapter } from '../../src/adapters/types.js';
import '../../src/components/appointments/appointments.js';
import type { PortalAppointmentRequest } from '../../src/components/appointments/appointments.js';
import type { LazyParts, PartLoader } from '../../src/components/shared/lazy-parts.js';
import { setUrgencyEngineLoader, type UrgencyEngine } from '../../src/components/urgency/urgency-engine.js';
import { addDaysToDateKey, todayIn } from '../../src/core/time/index.js';
import { setLocale } from '../../src/i18n/localization.js';
import { loadedModule, loadModule, type LazyModuleName } from '../../src/lazy/modules.js';

const CHICAGO = 'America/Chicago';

const memory = (seed?: Parameters<typeof createSampleSeed>[0], options: ConstructorParameters<typeof MemoryAdapter>[1] = {}): MemoryAdapter =>
  new MemoryAdapter(seed === undefined ? undefined : createSampleSeed(seed), { latencyMs: 0, ...options });

function requestOnly(): MemoryAdapter {
  const seed = createSampleSeed();
  return new MemoryAdapter({ ...seed, capabilities: { ...seed.capabilities, bookSlots: false } }, { latencyMs: 0 });
}

async function mount(adapter: PortalAdapter, attrs: { policy?: string; zone?: string; now?: () => Date } = {}): Promise<PortalAppointmentRequest> {
  const el = await fixture<PortalAppointmentRequest>(html`<portal-appointment-request
    .adapter=${adapter}
    .now=${attrs.now}
    emergency-policy=${attrs.policy ?? 'block'}
    patient-time-zone=${attrs.zone ?? CHICAGO}
  ></portal-appointment-request>`);
  await waitUntil(() => q(el, '#reason'), 'the form never appeared');
  await waitUntil(() => q(el, '#requests-heading'), 'the request list never appeared');
  return el;
}

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;
const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T | null => root(el).querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T[] => [...root(el).querySelectorAll<T>(sel)];
const text = (el: HTMLElement): string => (root(el).textContent ?? '').replace(/\s+/g, ' ');

function buttonNamed(el: HTMLElement, name: string | RegExp): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, 'button').find((b) => {
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t === name : name.test(t);
  });
}

async function setValue(el: PortalAppointmentRequest, selector: string, value: string): Promise<void> {
  const input = q<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Types a reason and waits for the debounced urgency check to settle. */
async function typeReason(el: PortalAppointmentRequest, value: string): Promise<void> {
  await setValue(el, '#reason', value);
  q(el, '#reason')!.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function choose(el: PortalAppointmentRequest, selector: string): Promise<void> {
  q<HTMLInputElement>(el, selector)!.click();
  await el.updateComplete;
}

async function slotsShown(el: PortalAppointmentRequest): Promise<HTMLInputElement[]> {
  await waitUntil(() => qa(el, 'input[name="slot"]').length > 0, 'no open times appeared');
  return qa<HTMLInputElement>(el, 'input[name="slot"]');
}

async function submit(el: PortalAppointmentRequest): Promise<void> {
  q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
  await el.updateComplete;
}

const active = (el: HTMLElement): Element | null => root(el).activeElement;

/** A promise the test settles by hand (a download that has not arrived yet). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (e: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Mounts with the views named in `names` fetched through `load` (as shipped when
 * it returns undefined); the rest as shipped. Does not await `updateComplete`,
 * which waits for downloads the test may be holding back. The host comes from
 * `fixtureSync`: `fixture` waits an animation frame for an element without
 * `updateComplete`, and frames never come while the test page is a hidden tab
 * (as it is whenever another test file runs beside it).
 */
function mountLoading(
  adapter: PortalAdapter,
  names: LazyModuleName[],
  load: (name: LazyModuleName) => Promise<unknown> | undefined,
  attrs: Record<string, string> = {},
): PortalAppointmentRequest {
  const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('portal-appointment-request');
  el.adapter = adapter;
  el.setAttribute('patient-time-zone', CHICAGO);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  const loader: PartLoader = {
    load: ((name: LazyModuleName) => (names.includes(name) ? load(name) : undefined) ?? loadModule(name)) as PartLoader['load'],
    peek: ((name: LazyModuleName) => (names.includes(name) ? undefined : loadedModule(name))) as PartLoader['peek'],
  };
  (el as unknown as { parts: LazyParts }).parts.loader = loader;
  host.append(el);
  return el;
}

/** Records the idempotency key of every `requestAppointment` call on `adapter`. */
function recordKeys(adapter: MemoryAdapter): string[] {
  const keys: string[] = [];
  const original = adapter.requestAppointment.bind(adapter);
  adapter.requestAppointment = (draft: AppointmentRequestDraft, o: { idempotencyKey: string }) => {
    keys.push(o.idempotencyKey);
    return original(draft, o);
  };
  return keys;
}

const chunkError = (): TypeError => new TypeError('Failed to fetch dynamically imported module');

type RequestEvent = CustomEvent<{ request: AppointmentRequest }>;
type UrgencyEvent = CustomEvent<{ level: string; categories: string[] }>;

/** The next `name` event from `el`, typed by its detail. */
function oneEvent<E extends CustomEvent>(el: HTMLElement, name: string): Promise<E> {
  return new Promise((resolve) => el.addEventListener(name, (e) => resolve(e as E), { once: true }));
}

describe('<portal-appointment-request>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    setUrgencyEngineLoader();
    await setLocale('en');
    sessionStorage.clear();
  });

  describe('loading and errors', () => {
    it('says it is loading while the clinic options are on their way', async () => {
      const never = memory();
      never.getSchedulingOptions = () => new Promise(() => undefined);
      const el = await fixture<PortalAppointmentRequest>(html`<portal-appointment-request .adapter=${never}></portal-appointment-request>`);
      await el.updateComplete;
      expect(q(el, '[role="status"]')?.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
    });

    it('explains a failed load, reports portal-error and recovers on retry', async () => {
      const adapter = memory();
      adapter.failNext('server', 1);
      const errorEvent = new Promise<CustomEvent>((resolve) => document.addEventListener('portal-error', (e) => resolve(e), { once: true }));
      const el = await fixture<PortalAppointmentRequest>(html`<portal-appointment-request .adapter=${adapter}></portal-appointment-request>`);
      const e = await errorEvent;
      await waitUntil(() => q(el, '[role="alert"]'));
      expect(text(el)).to.contain('We could not load appointment options');
      expect(e.detail).to.include({ kind: 'server', operation: 'getSchedulingOptions' });
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => q(el, '#reason'), 'retry did not load the form');
    });

    it('asks the patient to call when the back end takes no appointment requests', async () => {
      const seed = createSampleSeed();
      const adapter = new MemoryAdapter({ ...seed, capabilities: { ...seed.capabilities, appointments: false } }, { latencyMs: 0 });
      const el = await fixture<PortalAppointmentRequest>(html`<portal-appointment-request .adapter=${adapter}></portal-appointment-request>`);
      await el.updateComplete;
      expect(text(el)).to.contain('does not take appointment requests online');
      expect(q(el, 'form')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('booking an open time', () => {
    it('books a chosen slot and confirms it, with the request in the list', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      await expect(el).to.be.accessible();
      await typeReason(el, 'Blood pressure check');
      await choose(el, '#visit-video');
      const slots = await slotsShown(el);
      expect(q(el, '.slot-day legend')?.textContent?.trim()).to.match(/^[A-Z][a-z]+day, [A-Z][a-z]+ \d+$/);
      await expect(el).to.be.accessible();

      slots[1].click();
      await el.updateComplete;
      const chosen = slots[1].value;
      const requested = oneEvent<RequestEvent>(el, 'portal-appointment-requested');
      await submit(el);
      const { detail } = await requested;
      expect(detail.request.status).to.equal('booked');
      expect(detail.request.slot?.id).to.equal(chosen);
      expect(detail.request.visitType).to.equal('video');
      await waitUntil(() => q(el, '#confirmation-heading'));
      expect(q(el, '#confirmation-heading')!.textContent).to.contain('Your appointment is booked');
      expect(active(el)).to.equal(q(el, '#confirmation-heading'));
      await waitUntil(() => qa(el, '.request').length === 3, 'the new request is not in the list');
      expect(adapter.submittedRequests).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('explains a slot taken meanwhile, keeps the form and refreshes the list', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      await typeReason(el, 'Diabetes check');
      await setValue(el, '#note', 'Please check my feet too');
      await choose(el, '#visit-video');
      const slots = await slotsShown(el);
      const taken = slots[0].value;
      slots[0].click();
      await el.updateComplete;
      // Someone else books the same time first.
      await adapter.requestAppointment({ reason: 'Other patient', visitType: 'video', preferredPeriods: [], slotId: taken }, { idempotencyKey: 'someone-else' });

      await submit(el);
      await waitUntil(() => q(el, '#conflict'), 'no conflict explanation');
      expect(text(el)).to.contain('someone else just booked that time');
      expect(active(el)).to.equal(q(el, '#conflict'));
      await slotsShown(el);
      expect(qa<HTMLInputElement>(el, 'input[name="slot"]').map((i) => i.value)).not.to.include(taken);
      expect(qa<HTMLInputElement>(el, 'input[name="slot"]').some((i) => i.checked)).to.equal(false);
      expect(q<HTMLTextAreaElement>(el, '#reason')!.value).to.equal('Diabetes check');
      expect(q<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Please check my feet too');
      await expect(el).to.be.accessible();

      const next = await slotsShown(el);
      next[0].click();
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => q(el, '#confirmation-heading'));
      expect(adapter.submittedRequests.filter((r) => r.reason === 'Diabetes check')).to.have.length(1);
    });

    it('after a lost response, retries with the same key and stores one request', async () => {
      const adapter = memory(undefined, { lostResponseRate: 1 });
      const keys = recordKeys(adapter);
      const el = await mount(adapter);
      await typeReason(el, 'Medicine review');
      await choose(el, '#visit-phone');
      const slots = await slotsShown(el);
      slots[0].click();
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => q(el, '#submit-error'), 'no error after the lost response');
      expect(text(el)).to.contain('Your appointment was not booked yet');
      expect(text(el)).to.contain('Everything you entered is still here');
      expect(active(el)).to.equal(q(el, '#submit-error'));
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => q(el, '#confirmation-heading'), 'the retry did not confirm');
      expect(keys).to.have.length(2);
      expect(keys[0]).to.equal(keys[1]);
      expect(adapter.submittedRequests).to.have.length(1);
      const all = await adapter.listAppointmentRequests();
      expect(all.items.filter((r) => r.reason === 'Medicine review')).to.have.length(1);
    });

    it('keeps the form and its key across a reload, so a send after a lost response still stores one request', async () => {
      const adapter = memory(undefined, { lostResponseRate: 1 });
      const keys = recordKeys(adapter);
      const first = await mount(adapter);
      await typeReason(first, 'Ear pain on the left');
      await setValue(first, '#note', 'Afternoons please');
      await choose(first, '#visit-video');
      (await slotsShown(first))[0].click();
      await first.updateComplete;
      await submit(first);
      await waitUntil(() => q(first, '#submit-error'));
      first.remove();

      // The page reloads: a new element finds the unsent form.
      const second = await mount(adapter);
      expect(q<HTMLTextAreaElement>(second, '#reason')!.value).to.equal('Ear pain on the left');
      expect(q<HTMLTextAreaElement>(second, '#note')!.value).to.equal('Afternoons please');
      expect(q<HTMLInputElement>(second, '#visit-video')!.checked).to.equal(true);
      expect(text(second)).to.contain('We are not sure your last request reached the clinic');
      await expect(second).to.be.accessible();
      buttonNamed(second, 'Try again')!.click();
      await waitUntil(() => q(second, '#confirmation-heading'));
      expect(q(second, '.confirmation')!.textContent).to.contain('Your appointment is booked');
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
      expect(adapter.submittedRequests).to.have.length(1);
      // Sent: nothing is kept for the next reload.
      second.remove();
      const third = await mount(adapter);
      expect(q<HTMLTextAreaElement>(third, '#reason')!.value).to.equal('');
    });

    it('uses a new key for the next appointment', async () => {
      const adapter = memory();
      const keys = recordKeys(adapter);
      const el = await mount(adapter);
      for (const reason of ['First visit reason', 'Second visit reason']) {
        await typeReason(el, reason);
        await choose(el, '#visit-video');
        (await slotsShown(el))[0].click();
        await el.updateComplete;
        await submit(el);
        await waitUntil(() => q(el, '#confirmation-heading'));
        buttonNamed(el, 'Request another appointment')!.click();
        await el.updateComplete;
      }
      expect(new Set(keys).size).to.equal(2);
      expect(adapter.submittedRequests).to.have.length(2);
    });

    it('can be done with the keyboard only', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      q(el, '#reason')!.focus();
      await sendKeys({ type: 'Yearly check-up' });
      // Tab to the visit type radios, then arrow to "Video call".
      await tabUntil(el, (a) => a?.id === 'visit-in-person');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#visit-video')!.checked).to.equal(true);
      await slotsShown(el);
      await tabUntil(el, (a) => a?.getAttribute('name') === 'slot');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const chosen = qa<HTMLInputElement>(el, 'input[name="slot"]').find((i) => i.checked);
      expect(chosen?.value).to.equal(qa<HTMLInputElement>(el, 'input[name="slot"]')[1].value);
      await tabUntil(el, (a) => a?.getAttribute('type') === 'submit');
      const requested = oneEvent<RequestEvent>(el, 'portal-appointment-requested');
      await sendKeys({ press: 'Enter' });
      const { detail } = await requested;
      expect(detail.request.reason).to.equal('Yearly check-up');
      expect(detail.request.slot?.id).to.equal(chosen!.value);
    });
  });

  describe('requesting a time', () => {
    it('sends a request with preferences and says when the clinic will confirm', async () => {
      const adapter = requestOnly();
      const el = await mount(adapter);
      expect(q(el, '#mode-book')).to.equal(null);
      const today = todayIn(new Date(), CHICAGO);
      await typeReason(el, 'Talk about my sleep');
      await choose(el, '#visit-phone');
      await setValue(el, 'input[id$="-start"]', addDaysToDateKey(today, 3));
      await setValue(el, 'input[id$="-end"]', addDaysToDateKey(today, 6));
      buttonNamed(el, 'Add another date range')!.click();
      await el.updateComplete;
      expect(active(el)?.id).to.match(/^period-\d+-start$/);
      const starts = qa<HTMLInputElement>(el, 'input[id$="-start"]');
      await setValue(el, `#${starts[1].id}`, addDaysToDateKey(today, 10));
      await setValue(el, `#${starts[1].id.replace('start', 'end')}`, addDaysToDateKey(today, 10));
      await choose(el, '#time-morning');
      await choose(el, '#day-2');
      await choose(el, '#contact-phone');
      await setValue(el, '#contact-value', '(312) 555-0142');
      await setValue(el, '#interpreter', 'Spanish');
      await setValue(el, '#access', 'I use a wheelchair');
      await expect(el).to.be.accessible();

      const requested = oneEvent<RequestEvent>(el, 'portal-appointment-requested');
      await submit(el);
      const { detail } = await requested;
      const r = detail.request;
      expect(r.status).to.equal('pending');
      expect(r.preferredPeriods).to.deep.equal([
        { start: addDaysToDateKey(today, 3), end: addDaysToDateKey(today, 6) },
        { start: addDaysToDateKey(today, 10), end: addDaysToDateKey(today, 10) },
      ]);
      expect(r.timesOfDay).to.deep.equal(['morning']);
      expect(r.daysOfWeek).to.deep.equal([2]);
      expect(r.contact).to.deep.equal({ method: 'phone', value: '(312) 555-0142' });
      expect(r.interpreterLanguage).to.equal('Spanish');
      expect(r.accessibilityNeeds).to.equal('I use a wheelchair');
      expect(r.slotId).to.equal(undefined);

      await waitUntil(() => q(el, '#confirmation-heading'));
      const confirmation = q(el, '.confirmation')!.textContent.replace(/\s+/g, ' ');
      expect(confirmation).to.contain('Request received');
      expect(confirmation).to.contain('The clinic will confirm within 1 business day.');
      expect(confirmation).to.match(/Expect to hear from them by [A-Z][a-z]+day, [A-Z][a-z]+ \d+\./);
      await expect(el).to.be.accessible();
    });

    it('lets the patient send a request instead of booking', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      await typeReason(el, 'Forms for work');
      await choose(el, '#visit-video');
      await slotsShown(el);
      await choose(el, '#mode-request');
      expect(qa(el, 'input[name="slot"]')).to.have.length(0);
      expect(q(el, 'input[type="date"]')).to.not.equal(null);
      expect(buttonNamed(el, 'Send request')).to.not.equal(undefined);
    });
  });

  describe('urgency', () => {
    it('shows the emergency notice instead of appointment times', async () => {
      const el = await mount(memory());
      await choose(el, '#visit-video');
      await slotsShown(el);
      const change = oneEvent<UrgencyEvent>(el, 'portal-urgency-change');
      await typeReason(el, 'I have crushing chest pain right now');
      const { detail } = await change;
      expect(detail.level).to.equal('emergency');
      expect(detail.categories).to.include('cardiac');
      await el.updateComplete;
      expect(q(el, 'portal-urgency-notice')).to.not.equal(null);
      expect(qa(el, 'input[name="slot"]')).to.have.length(0);
      expect(q(el, 'button[type="submit"]')).to.equal(null);
      const notice = q(el, 'portal-urgency-notice')!;
      await (notice as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      expect(notice.shadowRoot!.textContent).to.contain('911');
      expect(notice.shadowRoot!.querySelector('#acknowledge')).to.equal(null);
      await expect(el).to.be.accessible();

      // Changing the reason to something routine brings the form back.
      await typeReason(el, 'Check my blood pressure');
      await slotsShown(el);
    });

    it('checks the reason while the patient types (debounced), not only on blur', async () => {
      const el = await mount(memory());
      q(el, '#reason')!.focus();
      await sendKeys({ type: 'crushing chest pain' });
      await waitUntil(() => q(el, 'portal-urgency-notice'), 'the notice did not appear while typing');
    });

    it('lets the patient acknowledge and continue when the host allows it', async () => {
      const adapter = memory();
      const el = await mount(adapter, { policy: 'acknowledge' });
      await typeReason(el, 'crushing chest pain');
      const checkbox = (): HTMLInputElement | null | undefined => q(el, 'portal-urgency-notice')?.shadowRoot?.querySelector<HTMLInputElement>('#acknowledge');
      await waitUntil(checkbox, 'no "I am not having an emergency" checkbox');
      expect(q(el, 'button[type="submit"]')).to.equal(null);
      await expect(el).to.be.accessible();
      checkbox()!.click();
      await el.updateComplete;
      expect(q(el, 'button[type="submit"]')).to.not.equal(null);
      await choose(el, '#visit-video');
      (await slotsShown(el))[0].click();
      await el.updateComplete;
      const requested = oneEvent<RequestEvent>(el, 'portal-appointment-requested');
      await submit(el);
      const { detail } = await requested;
      expect(detail.request.urgency).to.deep.equal({ level: 'emergency', acknowledged: true });
    });

    it('suggests calling the clinic for an urgent reason but keeps the form', async () => {
      const el = await mount(memory());
      const change = oneEvent<UrgencyEvent>(el, 'portal-urgency-change');
      await typeReason(el, 'I have had a fever of 102 for three days');
      const { detail } = await change;
      expect(detail.level).to.equal('urgent');
      await el.updateComplete;
      expect(q(el, 'portal-urgency-notice')).to.not.equal(null);
      expect(text(el)).to.contain('You can still ask for an appointment below');
      expect(q(el, 'button[type="submit"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('shows every problem, focuses the first and loses nothing', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      await setValue(el, '#note', 'Mornings are best');
      await submit(el);
      await el.updateComplete;
      expect(q(el, '.error-summary')).to.not.equal(null);
      expect(text(el)).to.contain('There is a problem');
      const reason = q<HTMLTextAreaElement>(el, '#reason')!;
      expect(active(el)).to.equal(reason);
      expect(reason.getAttribute('aria-invalid')).to.equal('true');
      const errorId = reason.getAttribute('aria-describedby')!.split(' ').find((id) => id.startsWith('err-'))!;
      expect(root(el).getElementById(errorId)?.textContent).to.contain('Tell us the reason for your visit.');
      expect(text(el)).to.contain('Choose how you want to be seen.');
      expect(q<HTMLTextAreaElement>(el, '#note')!.value).to.equal('Mornings are best');
      expect(adapter.submittedRequests).to.have.length(0);
      await expect(el).to.be.accessible();

      // Fixing a field clears its error straight away.
      await typeReason(el, 'Rash on my arm');
      expect(reason.getAttribute('aria-invalid')).to.equal('false');
    });

    it('rejects dates in the past, an end before the start and over-long text', async () => {
      const adapter = requestOnly();
      const el = await mount(adapter);
      const today = todayIn(new Date(), CHICAGO);
      await typeReason(el, 'Knee pain when walking');
      await choose(el, '#visit-in-person');
      await setValue(el, '#location', 'loc-main');
      await setValue(el, 'input[id$="-start"]', addDaysToDateKey(today, -2));
      await setValue(el, 'input[id$="-end"]', addDaysToDateKey(today, -3));
      await setValue(el, '#note', 'x'.repeat(1001));
      await submit(el);
      const start = q<HTMLInputElement>(el, 'input[id$="-start"]')!;
      expect(active(el)).to.equal(start);
      expect(start.getAttribute('aria-invalid')).to.equal('true');
      expect(text(el)).to.contain('Choose today or a later date.');
      expect(text(el)).to.contain('The last date must be the same as the first date or after it.');
      expect(text(el)).to.contain('Use 1,000 characters or fewer.');
      expect(text(el)).to.contain('1 characters too many');
      expect(q<HTMLTextAreaElement>(el, '#note')!.value).to.have.length(1001);
      expect(adapter.submittedRequests).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('asks for a time when booking and nothing is chosen', async () => {
      const el = await mount(memory());
      await typeReason(el, 'Sore throat');
      await choose(el, '#visit-video');
      await slotsShown(el);
      await submit(el);
      expect(text(el)).to.contain('Choose a time for your visit.');
      expect(active(el)).to.equal(qa(el, 'input[name="slot"]')[0]);
      await expect(el).to.be.accessible();
    });
  });

  describe('requests list', () => {
    it('lists requests with status and cancels a pending one after confirming', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      const items = qa(el, '.request');
      expect(items.map((i) => i.querySelector('.badge')!.textContent.trim())).to.have.members(['Waiting for the clinic', 'Booked']);
      const pending = items.find((i) => i.textContent.includes('dietitian'))!;
      expect(pending.textContent).to.contain('The clinic will confirm by');
      const booked = items.find((i) => i.textContent.includes('thyroid'))!;
      expect(booked.querySelector('.cancel-request')).to.equal(null);

      (pending.querySelector('.cancel-request') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text(el)).to.contain('Cancel this request?');
      await expect(el).to.be.accessible();
      buttonNamed(el, 'No, keep it')!.click();
      await el.updateComplete;
      expect(text(el)).not.to.contain('Cancel this request?');

      (q(el, '.cancel-request') as HTMLButtonElement).click();
      await el.updateComplete;
      const cancelled = oneEvent<RequestEvent>(el, 'portal-appointment-cancelled');
      buttonNamed(el, 'Yes, cancel it')!.click();
      const { detail } = await cancelled;
      expect(detail.request).to.include({ id: 'apr-dietitian', status: 'cancelled' });
      await waitUntil(() => qa(el, '.request .badge').some((b) => b.textContent.trim() === 'Cancelled'));
      expect(q(el, '.cancel-request')).to.equal(null);
      expect(q(el, '[role="status"][aria-live]')!.textContent).to.contain('Your request was cancelled.');
      await expect(el).to.be.accessible();
    });

    it('asks for a message about a request', async () => {
      const el = await mount(memory());
      const asked = oneEvent<CustomEvent<{ topic: string; subject: string; reference: { type: string; id: string } }>>(el, 'portal-compose-request');
      buttonNamed(el, 'Message the clinic about this')!.click();
      const { detail } = await asked;
      expect(detail.topic).to.equal('scheduling');
      expect(detail.reference).to.include({ type: 'appointment-request' });
      expect(detail.subject).to.contain('About my appointment request');
    });

    it('keeps the request and explains when cancelling fails', async () => {
      const adapter = memory();
      const el = await mount(adapter);
      (q(el, '.cancel-request') as HTMLButtonElement).click();
      await el.updateComplete;
      adapter.failNext('network');
      buttonNamed(el, 'Yes, cancel it')!.click();
      await waitUntil(() => q(el, '.request [role="alert"]'));
      expect(text(el)).to.contain('We could not reach the server');
      expect(qa(el, '.request .badge').map((b) => b.textContent.trim())).to.include('Waiting for the clinic');
    });
  });

  describe('time zones', () => {
    it('shows the patient their own time when it differs, across the US daylight-saving change', async () => {
      // Thursday 5 March 2026: the next two weeks cross Sunday 8 March. Regina (Saskatchewan)
      // stays on UTC-6, so its clock matches Chicago's until the change and differs after it.
      const now = new Date('2026-03-05T15:00:00Z');
      const adapter = new MemoryAdapter(undefined, { latencyMs: 0, now: () => now });
      const el = await mount(adapter, { zone: 'America/Regina', now: () => now });
      await typeReason(el, 'Diabetes check');
      await choose(el, '#visit-video');
      await slotsShown(el);
      buttonNamed(el, 'Show more days')?.click();
      await el.updateComplete;
      const days = qa(el, '.slot-day').map((d) => ({
        legend: d.querySelector('legend')!.textContent.trim(),
        yours: d.querySelectorAll('.slot-extra').length > 0 && d.textContent.includes('your time'),
      }));
      const before = days.filter((d) => /March [67]$/.test(d.legend));
      const after = days.filter((d) => /March (9|1\d)$/.test(d.legend));
      expect(before.length).to.be.greaterThan(0);
      expect(after.length).to.be.greaterThan(0);
      expect(before.every((d) => !d.yours)).to.equal(true);
      expect(after.every((d) => d.yours)).to.equal(true);
      expect(text(el)).to.contain('Times are clinic time (Central Time)');
    });

    it('books a slot and shows both clocks in the confirmation for a patient in another zone', async () => {
      const adapter = memory();
      const el = await mount(adapter, { zone: 'Asia/Tokyo' });
      await typeReason(el, 'Review my test results');
      await choose(el, '#visit-video');
      const slots = await slotsShown(el);
      expect(q(el, '.slot-extra')?.textContent).to.contain('your time');
      slots[0].click();
      await el.updateComplete;
      await submit(el);
      await waitUntil(() => q(el, '#confirmation-heading'));
      const when = q(el, '.confirmation .when')!.textContent;
      expect(when).to.contain('(Central Time)');
      expect(when).to.contain('Your time:');
    });
  });

  describe('parts that load on demand', () => {
    it('waits for the urgency check before sending, says so, then stops an emergency', async () => {
      const engine = deferred<UrgencyEngine>();
      setUrgencyEngineLoader(() => engine.promise);
      const adapter = memory();
      const el = mountLoading(adapter, [], () => undefined);
      await waitUntil(() => q(el, '#reason'), 'the form never appeared');
      const reason = q<HTMLTextAreaElement>(el, '#reason')!;
      reason.value = 'I have crushing chest pain right now';
      reason.dispatchEvent(new Event('input'));
      q<HTMLInputElement>(el, '#visit-video')!.click();
      await waitUntil(() => qa(el, 'input[name="slot"]').length > 0, 'no open times appeared');
      qa<HTMLInputElement>(el, 'input[name="slot"]')[0].click();
      q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await waitUntil(() => buttonNamed(el, 'Checking your reason…'), 'the button does not say the reason is being checked');
      expect(buttonNamed(el, 'Checking your reason…')!.getAttribute('aria-disabled')).to.equal('true');
      expect(adapter.submittedRequests).to.have.length(0);
      await expect(el).to.be.accessible();

      engine.resolve(await loadModule('urgencyCheck'));
      await waitUntil(() => q(el, 'portal-urgency-notice'), 'the emergency notice did not appear');
      await el.updateComplete;
      expect(q(el, 'button[type="submit"]')).to.equal(null);
      expect(active(el)).to.equal(q(el, '#reason'));
      expect(adapter.submittedRequests).to.have.length(0);
    });

    it('says kindly when the urgency check cannot load, and still sends the request', async () => {
      setUrgencyEngineLoader(() => Promise.reject(chunkError()));
      const adapter = memory();
      const el = await mount(adapter);
      const fallback = qa(el, '[role="status"]').find((r) => r.textContent.includes('could not check'));
      expect(fallback, 'no fallback notice').to.not.equal(undefined);
      expect(fallback!.textContent).to.contain('If this is an emergency, call 911 now.');
      expect(fallback!.textContent).to.contain('You can still ask for an appointment below.');
      await expect(el).to.be.accessible();

      await typeReason(el, 'I have crushing chest pain right now');
      await choose(el, '#visit-video');
      (await slotsShown(el))[0].click();
      await el.updateComplete;
      const requested = oneEvent<RequestEvent>(el, 'portal-appointment-requested');
      await submit(el);
      const { detail } = await requested;
      expect(detail.request.urgency).to.equal(undefined);
      expect(adapter.submittedRequests).to.have.length(1);
    });

    it('explains when the form cannot load and offers to try again', async () => {
      let fail = true;
      const el = mountLoading(memory(), ['appointmentForm'], () => (fail ? Promise.reject(chunkError()) : undefined));
      await waitUntil(() => q(el, '[role="alert"]'), 'no error shown');
      expect(text(el)).to.contain('We could not load appointment options');
      expect(text(el)).to.contain('We could not reach the server');
      expect(q(el, '#reason')).to.equal(null);
      await expect(el).to.be.accessible();
      fail = false;
      buttonNamed(el, 'Try again')!.click();
      await waitUntil(() => q(el, '#reason'), 'retry did not load the form');
    });

    it('says the list of requests is loading until its view arrives', async () => {
      const records = deferred<unknown>();
      const el = mountLoading(memory(), ['appointmentRecords'], () => records.promise);
      await waitUntil(() => q(el, '#reason'), 'the form never appeared');
      await waitUntil(() => text(el).includes('Loading your requests…'), 'no loading state for the list');
      expect(qa(el, '[role="status"]').some((r) => r.textContent.includes('Loading your requests…'))).to.equal(true);
      expect(q(el, '#requests-heading')).to.equal(null);
      await expect(el).to.be.accessible();
      records.resolve(await loadModule('appointmentRecords'));
      await waitUntil(() => q(el, '#requests-heading'), 'the list did not appear');
      expect(qa(el, '.request')).to.have.length(2);
    });

    it('confirms at once and shows the details when they arrive', async () => {
      const records = deferred<unknown>();
      const el = mountLoading(memory(), ['appointmentRecords'], () => records.promise, { 'hide-requests': '' });
      await waitUntil(() => q(el, '#reason'), 'the form never appeared');
      await typeReason(el, 'Blood pressure check');
      await choose(el, '#visit-video');
      (await slotsShown(el))[0].click();
      q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
      await waitUntil(() => q(el, '#confirmation-heading'), 'no confirmation');
      const confirmation = q(el, '.confirmation')!;
      expect(confirmation.textContent).to.contain('Your appointment is booked');
      expect(confirmation.querySelector('[role="status"]')?.textContent).to.contain('Loading…');
      expect(confirmation.querySelector('.when')).to.equal(null);
      expect(buttonNamed(el, 'Request another appointment')).to.not.equal(undefined);
      await waitUntil(() => active(el) === q(el, '#confirmation-heading'), 'the heading did not take focus');
      await expect(el).to.be.accessible();
      records.resolve(await loadModule('appointmentRecords'));
      await waitUntil(() => q(el, '.confirmation .when'), 'the details did not appear');
      expect(q(el, '.confirmation .when')!.textContent).to.contain('(Central Time)');
    });

    it('offers a request instead when the open-time chooser cannot load', async () => {
      const el = mountLoading(memory(), ['appointmentSlotPicker'], () => Promise.reject(chunkError()));
      await waitUntil(() => q(el, '#reason'), 'the form never appeared');
      await typeReason(el, 'Sore throat');
      await choose(el, '#visit-video');
      await waitUntil(() => text(el).includes('We could not load open times'), 'no error for the open times');
      expect(qa(el, 'input[name="slot"]')).to.have.length(0);
      await expect(el).to.be.accessible();
      buttonNamed(el, 'Send a request instead')!.click();
      await el.updateComplete;
      expect(q<HTMLInputElement>(el, '#mode-request')!.checked).to.equal(true);
      expect(q(el, 'input[type="date"]')).to.not.equal(null);
    });
  });

  it('speaks Spanish', async function () {
    // The Spanish strings load on demand the first time; allow for a busy machine.
    this.timeout(30_000);
    await setLocale('es');
    const el = await mount(memory());
    expect(q(el, 'h2')!.textContent).to.contain('Pedir una cita');
    await submit(el);
    expect(text(el)).to.contain('Hay un problema');
    expect(text(el)).to.contain('Díganos el motivo de la cita.');
    expect(text(el)).to.contain('Esperando a la clínica');
    await expect(el).to.be.accessible();
  });
});

async function tabUntil(el: HTMLElement, done: (a: Element | null) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (done(active(el))) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('focus never reached the expected control');
}
