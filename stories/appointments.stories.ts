import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter, createSampleSeed } from '../src/adapters/memory/index.js';
import type { SchedulingOptions } from '../src/adapters/types.js';
import '../src/components/appointments/appointments.js';
import type { PortalAppointmentRequest } from '../src/components/appointments/appointments.js';
import type { LazyParts } from '../src/components/shared/lazy-parts.js';
import type { LazyModuleName } from '../src/lazy/modules.js';
import { onItsOwnPage, partLoader, urgencyEngineDownload, type Download } from './support/on-demand.js';

/**
 * `<portal-appointment-request>`: the reason (checked for urgent symptoms), the
 * visit, open times by day or a request with preferred dates, the confirmation,
 * and the patient's requests with their status. Stories that need the patient
 * to have done something (typed, chosen, sent) do it in `play`, as a user would.
 */
const meta: Meta = {
  title: 'Widgets/Appointments',
  component: 'portal-appointment-request',
  parameters: {
    docs: {
      description: {
        component:
          'Request or book an appointment. Emergencies show advice instead of times; a request always says when the clinic will confirm.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const memory = (latencyMs = 300): MemoryAdapter => new MemoryAdapter(undefined, { latencyMs });

function requestOnly(): MemoryAdapter {
  const seed = createSampleSeed();
  return new MemoryAdapter({ ...seed, capabilities: { ...seed.capabilities, bookSlots: false } }, { latencyMs: 300 });
}

/** Never answers: the widget stays in its loading state. */
class SlowAdapter extends MemoryAdapter {
  override getSchedulingOptions(): Promise<SchedulingOptions> {
    return new Promise<SchedulingOptions>(() => undefined);
  }
}

/** Cannot reach the server. */
class OfflineAdapter extends MemoryAdapter {
  override getSchedulingOptions(): Promise<SchedulingOptions> {
    return Promise.reject(new PortalError('network'));
  }
}

const widget = (adapter: MemoryAdapter, extra: { policy?: string; zone?: string } = {}) =>
  html`<portal-appointment-request
    .adapter=${adapter}
    emergency-policy=${extra.policy ?? 'block'}
    patient-time-zone=${extra.zone ?? ''}
  ></portal-appointment-request>`;

/** The widget with its own parts loader: the views in `names` are slow or failing for this element only. */
function withParts(how: Download, names: LazyModuleName[], attrs: Record<string, string> = {}): PortalAppointmentRequest {
  const el = document.createElement('portal-appointment-request');
  el.adapter = memory();
  el.setAttribute('emergency-policy', 'block');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  // Replaced before the element connects, as `LazyParts.loader` asks.
  (el as unknown as { parts: LazyParts }).parts.loader = partLoader(how, ...names);
  return el;
}

// ------------------------------------------------------------ play helpers (shadow DOM, no testing library)

async function until<T>(get: () => T | null | undefined | false, timeoutMs = 15000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - start > timeoutMs) throw new Error('Story setup timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function ready(canvas: HTMLElement): Promise<{ el: PortalAppointmentRequest; root: ShadowRoot }> {
  const el = canvas.querySelector('portal-appointment-request')!;
  const root = await until(() => (el.shadowRoot?.querySelector('#reason') ? el.shadowRoot : null));
  return { el, root };
}

async function fill(el: PortalAppointmentRequest, root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = await until(() => root.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.dispatchEvent(new Event('blur'));
  await el.updateComplete;
}

async function click(el: PortalAppointmentRequest, root: ShadowRoot, selector: string): Promise<void> {
  (await until(() => root.querySelector<HTMLElement>(selector))).click();
  await el.updateComplete;
}

/**
 * Types and clicks without `updateComplete`, which waits for downloads in flight:
 * for stories where a download is held back on purpose.
 */
async function typeNow(root: ShadowRoot, selector: string, value: string): Promise<void> {
  const input = await until(() => root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector));
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 100));
}

async function clickNow(root: ShadowRoot, selector: string): Promise<void> {
  (await until(() => root.querySelector<HTMLElement>(selector))).click();
  await new Promise((r) => setTimeout(r, 100));
}

const dateIn = (days: number): string => {
  const d = new Date(Date.now() + days * 86400000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function fillRequest(el: PortalAppointmentRequest, root: ShadowRoot): Promise<void> {
  await fill(el, root, '#reason', 'Talk about my sleep');
  await click(el, root, '#visit-phone');
  await fill(el, root, 'input[id$="-start"]', dateIn(3));
  await fill(el, root, 'input[id$="-end"]', dateIn(7));
  await click(el, root, '#time-morning');
  await click(el, root, '#contact-phone');
  await fill(el, root, '#contact-value', '(217) 555-0142');
}

// ------------------------------------------------------------ stories

export const Reason: Story = {
  name: 'Reason for visit (start)',
  render: () => widget(memory()),
};

export const Urgent: Story = {
  name: 'Urgent reason: call the clinic today',
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'I have had a fever of 102 for three days');
  },
};

export const Emergency: Story = {
  name: 'Emergency reason: advice instead of times',
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Crushing chest pain and my left arm is numb');
  },
};

export const EmergencyAcknowledge: Story = {
  name: 'Emergency, host allows "not an emergency"',
  render: () => widget(memory(), { policy: 'acknowledge' }),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Crushing chest pain and my left arm is numb');
  },
};

export const Slots: Story = {
  name: 'Open times by day',
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Blood pressure check');
    await click(el, root, '#visit-video');
  },
};

export const SlotsOtherTimeZone: Story = {
  name: 'Open times, patient in another time zone',
  render: () => widget(memory(), { zone: 'America/Los_Angeles' }),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Diabetes check');
    await click(el, root, '#visit-video');
  },
};

export const RequestForm: Story = {
  name: 'No booking capability: request form',
  render: () => widget(requestOnly()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Forms for work');
    await click(el, root, '#visit-in-person');
  },
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  render: () => widget(requestOnly()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await click(el, root, '#visit-in-person');
    await fill(el, root, 'input[id$="-start"]', dateIn(-3));
    await fill(el, root, 'input[id$="-end"]', dateIn(-4));
    await click(el, root, 'button[type="submit"]');
  },
};

export const ConfirmationBooked: Story = {
  name: 'Confirmation: booked',
  render: () => widget(memory(0)),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Blood pressure check');
    await click(el, root, '#visit-video');
    await click(el, root, 'input[name="slot"]');
    await click(el, root, 'button[type="submit"]');
  },
};

export const ConfirmationRequested: Story = {
  name: 'Confirmation: request received',
  render: () => widget(requestOnly()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fillRequest(el, root);
    await click(el, root, 'button[type="submit"]');
  },
};

export const RequestList: Story = {
  name: 'Request list: cancel a pending request',
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await click(el, root, '.cancel-request');
  },
};

export const Loading: Story = {
  render: () => widget(new SlowAdapter(undefined, { latencyMs: 0 })),
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => widget(new OfflineAdapter(undefined, { latencyMs: 0 })),
};

/**
 * The urgency engine is still downloading when the patient sends: the button says
 * "Checking your reason…" until it arrives. After 10 seconds without it the form
 * stops waiting, shows the notice and sends.
 */
export const UrgencyChecking: Story = {
  name: 'Urgency check still loading (Send waits)',
  beforeEach: urgencyEngineDownload('slow'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { root } = await ready(canvasElement);
    await typeNow(root, '#reason', 'Blood pressure check');
    await clickNow(root, '#visit-video');
    await clickNow(root, 'input[name="slot"]');
    await clickNow(root, 'button[type="submit"]');
  },
};

/** The urgency engine could not be downloaded: a kind notice, and the patient can still ask for an appointment. */
export const UrgencyUnavailable: Story = {
  name: 'Urgency check unavailable',
  beforeEach: urgencyEngineDownload('failing'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Crushing chest pain and my left arm is numb');
  },
};

export const UrgencyUnavailableSpanish: Story = {
  name: 'Urgency check unavailable (Spanish)',
  globals: { locale: 'es' },
  beforeEach: urgencyEngineDownload('failing'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
};

/** The clinic's options have arrived; the form is still downloading. */
export const FormLoading: Story = {
  name: 'Form loading',
  render: () => withParts('slow', ['appointmentForm']),
};

/** The form could not be downloaded: "Try again" (it fails again while this story is shown). */
export const FormFailed: Story = {
  name: 'Form could not load',
  render: () => withParts('failing', ['appointmentForm']),
};

/** The patient chose a visit; the open-time chooser is still downloading. */
export const SlotPickerLoading: Story = {
  name: 'Open-time chooser loading',
  render: () => withParts('slow', ['appointmentSlotPicker']),
  play: async ({ canvasElement }) => {
    const { root } = await ready(canvasElement);
    await typeNow(root, '#reason', 'Sore throat');
    await clickNow(root, '#visit-video');
  },
};

/** The open-time chooser could not be downloaded: the patient can send a request instead. */
export const SlotPickerFailed: Story = {
  name: 'Open-time chooser could not load',
  render: () => withParts('failing', ['appointmentSlotPicker']),
  play: async ({ canvasElement }) => {
    const { root } = await ready(canvasElement);
    await typeNow(root, '#reason', 'Sore throat');
    await clickNow(root, '#visit-video');
  },
};

/** The form is here; the patient's list of requests is still downloading. */
export const RequestListLoading: Story = {
  name: 'Request list loading',
  render: () => withParts('slow', ['appointmentRecords']),
};

/** The list of requests could not be downloaded: "Try again" (it fails again while this story is shown). */
export const RequestListFailed: Story = {
  name: 'Request list could not load',
  render: () => withParts('failing', ['appointmentRecords']),
};

export const Spanish: Story = {
  name: 'Spanish',
  globals: { locale: 'es' },
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const { el, root } = await ready(canvasElement);
    await fill(el, root, '#reason', 'Tengo fiebre de 39 desde hace tres días');
    await click(el, root, '#visit-video');
  },
};
