/**
 * End to end: `<portal-appointment-request>` driven like a patient would, through
 * FhirAdapter and the embedded FHIR server that web-test-runner mounts at /fhir.
 * The server is shared by every test file and keeps writes, so these tests use
 * their own reasons and check only what they wrote.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FhirAdapter, FHIR_IDENTIFIER_SYSTEMS } from '../../src/adapters/fhir/index.js';
import { SAMPLE_PATIENT } from '../../src/adapters/memory/index.js';
import type { AppointmentRequest, AppointmentRequestDraft } from '../../src/adapters/types.js';
import '../../src/components/appointments/appointments.js';
import type { PortalAppointmentRequest } from '../../src/components/appointments/appointments.js';
import { addDaysToDateKey, todayIn } from '../../src/core/time/index.js';

const run = Math.random().toString(36).slice(2, 8);

/** A fetch that lets the first POST reach the server, then loses its response. */
function losingFirstPost(): typeof fetch {
  let lost = false;
  return async (input, init) => {
    const res = await fetch(input, init);
    if (init?.method === 'POST' && !lost) {
      lost = true;
      throw new TypeError('Failed to fetch (response lost)');
    }
    return res;
  };
}

function adapter(fetchFn?: typeof fetch): FhirAdapter & { keys: string[] } {
  const a = new FhirAdapter({ baseUrl: '/fhir', patient: SAMPLE_PATIENT.id, retryDelayMs: 10, ...(fetchFn ? { fetch: fetchFn } : {}) });
  const keys: string[] = [];
  const original = a.requestAppointment.bind(a);
  a.requestAppointment = (draft: AppointmentRequestDraft, o: { idempotencyKey: string }) => {
    keys.push(o.idempotencyKey);
    return original(draft, o);
  };
  return Object.assign(a, { keys });
}

async function countByIdentifier(type: string, value: string): Promise<number> {
  const res = await fetch(`/fhir/${type}?identifier=${encodeURIComponent(`${FHIR_IDENTIFIER_SYSTEMS.idempotency}|${value}`)}`, {
    headers: { accept: 'application/fhir+json' },
  });
  const bundle = (await res.json()) as { entry?: unknown[] };
  return bundle.entry?.length ?? 0;
}

const q = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T | null => el.shadowRoot!.querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(el: HTMLElement, sel: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(sel)];

async function setValue(el: PortalAppointmentRequest, selector: string, value: string): Promise<void> {
  const input = q<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

function requested(el: HTMLElement): Promise<AppointmentRequest> {
  return new Promise((resolve) =>
    el.addEventListener('portal-appointment-requested', (e) => resolve(e.detail.request), { once: true }),
  );
}

async function mount(a: FhirAdapter): Promise<PortalAppointmentRequest> {
  const el = await fixture<PortalAppointmentRequest>(
    html`<portal-appointment-request .adapter=${a} draft-key=${`e2e-${run}-${Math.random()}`}></portal-appointment-request>`,
  );
  await waitUntil(() => q(el, '#reason') && q(el, '#requests-heading'), 'the widget never loaded from the FHIR server', { timeout: 20_000 });
  return el;
}

describe('<portal-appointment-request> ↔ FhirAdapter ↔ embedded FHIR server', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(120_000);
    // The first request builds the server (FHIR definitions + sample patient).
    await fetch('/fhir/metadata');
  });

  it('books an open time; a lost response is retried with the same key and stores one Appointment', async () => {
    const a = adapter(losingFirstPost());
    const el = await mount(a);
    const reason = `Blood pressure check ${run}`;
    await setValue(el, '#reason', reason);
    q<HTMLInputElement>(el, '#visit-video')!.click();
    await el.updateComplete;
    await waitUntil(() => qa(el, 'input[name="slot"]').length > 0, 'no open times from Slot', { timeout: 20_000 });
    // A later time, away from the ones the adapter e2e tests book.
    const slots = qa<HTMLInputElement>(el, 'input[name="slot"]');
    slots[Math.min(2, slots.length - 1)].click();
    await el.updateComplete;

    const done = requested(el);
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    // The adapter retries the lost POST itself, or the patient presses "Try again": either way, one record.
    await waitUntil(() => q(el, '#confirmation-heading') || q(el, '#submit-error'), 'no outcome', { timeout: 20_000 });
    if (q(el, '#submit-error')) q<HTMLButtonElement>(el, '#submit-error .retry')!.click();
    const request = await done;
    expect(request.status).to.equal('booked');
    expect(new Set(a.keys).size).to.equal(1);
    expect(await countByIdentifier('Appointment', a.keys[0])).to.equal(1);
    await waitUntil(() => qa(el, '.request').some((r) => r.textContent.includes(reason)), 'the booking is not listed', { timeout: 20_000 });
    await expect(el).to.be.accessible();

    // Tidy up: cancel through the adapter so the slot opens again for other tests.
    await a.cancelAppointmentRequest(request.id);
  });

  it('sends a request with preferred dates, lists it as waiting, and cancels it', async () => {
    const a = adapter();
    const el = await mount(a);
    const reason = `Sleep problems ${run}`;
    const today = todayIn(new Date(), 'America/Chicago');
    await setValue(el, '#reason', reason);
    q<HTMLInputElement>(el, '#visit-phone')!.click();
    await el.updateComplete;
    q<HTMLInputElement>(el, '#mode-request')!.click();
    await el.updateComplete;
    await setValue(el, 'input[id$="-start"]', addDaysToDateKey(today, 4));
    await setValue(el, 'input[id$="-end"]', addDaysToDateKey(today, 8));
    q<HTMLInputElement>(el, '#time-afternoon')!.click();
    await el.updateComplete;

    const done = requested(el);
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    const request = await done;
    expect(request.status).to.equal('pending');
    await waitUntil(() => q(el, '#confirmation-heading'));
    expect(q(el, '.confirmation')!.textContent).to.contain('The clinic will confirm within 1 business day.');

    await waitUntil(() => qa(el, '.request').some((r) => r.textContent.includes(reason)), 'the request is not listed', { timeout: 20_000 });
    const item = qa(el, '.request').find((r) => r.textContent.includes(reason))!;
    expect(item.querySelector('.badge')!.textContent.trim()).to.equal('Waiting for the clinic');
    (item.querySelector('.cancel-request') as HTMLButtonElement).click();
    await el.updateComplete;
    const yes = qa<HTMLButtonElement>(el, 'button').find((b) => b.textContent.trim() === 'Yes, cancel it')!;
    const cancelled = new Promise<AppointmentRequest>((resolve) =>
      el.addEventListener('portal-appointment-cancelled', (e) => resolve(e.detail.request), { once: true }),
    );
    yes.click();
    expect((await cancelled).status).to.equal('cancelled');
    await waitUntil(
      () => qa(el, '.request').find((r) => r.textContent.includes(reason))?.querySelector('.badge')?.textContent?.trim() === 'Cancelled',
      'the request does not show as cancelled',
      { timeout: 20_000 },
    );
    await expect(el).to.be.accessible();
  });
});
