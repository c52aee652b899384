import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { Message, PortalAdapter } from '../src/adapters/types.js';
import '../src/components/messages/messages.js';
import type { PortalMessageComposer } from '../src/components/messages/messages.js';
import '../src/components/provider/provider.js';
import { onItsOwnPage, partDownload, urgencyEngineDownload } from './support/on-demand.js';

/**
 * `<portal-message-composer>` in every state. Stories that need typed text or a
 * click do it in `play`, the way a patient would reach that state.
 */
const meta: Meta = {
  title: 'Widgets/Message composer',
  component: 'portal-message-composer',
  parameters: {
    docs: {
      description: {
        component:
          'Writes a secure message or reply: recipient and topic, live urgency warnings, routing suggestions, attachments, drafts that survive a reload, and an honest expected reply time.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const memory = (): MemoryAdapter => new MemoryAdapter(undefined, { latencyMs: 300 });

/** The memory adapter with `sendMessage` replaced (never settles, or always fails). */
function withSend(send: () => Promise<Message>): PortalAdapter {
  const inner = memory();
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'sendMessage') return send;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function composerIn(canvas: HTMLElement): Promise<PortalMessageComposer> {
  const el = canvas.querySelector('portal-message-composer');
  if (!el) throw new Error('No composer in the story');
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('textarea'); i++) await new Promise((r) => setTimeout(r, 50));
  return el;
}

async function fill(canvas: HTMLElement, body: string, subject = 'My question'): Promise<PortalMessageComposer> {
  const el = await composerIn(canvas);
  el.prefill({ subject, body });
  await new Promise((r) => setTimeout(r, 400));
  return el;
}

async function fillAndSend(canvas: HTMLElement, { waitForChecks = true } = {}): Promise<void> {
  const el = await fill(canvas, 'Is it all right to take ibuprofen with my new medicine?', 'Ibuprofen');
  const select = el.shadowRoot?.querySelector<HTMLSelectElement>('#recipient');
  if (select) {
    select.value = 'rcp-nurse-line';
    select.dispatchEvent(new Event('change'));
  }
  // `updateComplete` also waits for the urgency engine: a story about a slow engine must not.
  if (waitForChecks) await el.updateComplete;
  else await new Promise((r) => setTimeout(r, 200));
  el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

export const Empty: Story = {
  name: 'Empty composer',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-empty"></portal-message-composer>`,
};

export const WithSuggestion: Story = {
  name: 'With a routing suggestion',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-suggestion"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'Hi, I was charged twice for my visit last month. Can you check my bill?', 'Billing question');
  },
};

export const Urgent: Story = {
  name: 'Urgent symptoms',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-urgent"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'I have had a fever of 102 for three days and it hurts when I pee.', 'Fever');
  },
};

export const EmergencyWarn: Story = {
  name: 'Emergency (warn)',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-warn"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'I have crushing chest pain and my left arm feels numb.', 'Chest pain');
  },
};

export const EmergencyAcknowledge: Story = {
  name: 'Emergency (acknowledge before sending)',
  render: () => html`<portal-message-composer .adapter=${memory()} emergency-policy="acknowledge" draft-scope="story-ack"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'I have crushing chest pain and my left arm feels numb.', 'Chest pain');
  },
};

export const Sending: Story = {
  render: () => html`<portal-message-composer
    .adapter=${withSend(() => new Promise<Message>(() => undefined))}
    draft-scope="story-sending"
  ></portal-message-composer>`,
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

export const Failed: Story = {
  name: 'Send failed (retry)',
  render: () => html`<portal-message-composer
    .adapter=${withSend(() => Promise.reject(new PortalError('server', 'Simulated failure', { status: 500 })))}
    draft-scope="story-failed"
  ></portal-message-composer>`,
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

export const SessionEnded: Story = {
  name: 'Send failed (signed out)',
  render: () => html`<portal-message-composer
    .adapter=${withSend(() => Promise.reject(new PortalError('auth', 'Simulated 401', { status: 401 })))}
    draft-scope="story-auth"
  ></portal-message-composer>`,
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

export const Sent: Story = {
  name: 'Sent confirmation',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-sent"></portal-message-composer>`,
  play: async ({ canvasElement }) => fillAndSend(canvasElement),
};

export const Reply: Story = {
  name: 'Reply mode',
  render: () => html`<portal-message-composer .adapter=${memory()} thread-id="thr-sugar-log" draft-scope="story-reply"></portal-message-composer>`,
};

export const AttachmentErrors: Story = {
  name: 'Attachments and refused files',
  render: () => html`<portal-message-composer .adapter=${memory()} recipient-id="rcp-nurse-line" draft-scope="story-files"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
    el.addFiles([
      new File([png], 'rash.png', { type: 'image/png' }),
      new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }),
      new File(['<html></html>'], 'page.html', { type: 'text/html' }),
      new File([new Uint8Array(11 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' }),
    ]);
  },
};

export const ValidationErrors: Story = {
  name: 'Empty form sent (inline errors)',
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-validation"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    const el = await composerIn(canvasElement);
    el.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  },
};

export const Loading: Story = {
  render: () => html`<portal-message-composer
    .adapter=${new Proxy(memory(), {
      get(target, prop) {
        if (prop === 'listRecipients') return () => new Promise(() => undefined);
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    })}
  ></portal-message-composer>`,
};

/**
 * The urgency engine is still downloading when the patient presses Send: the button
 * says "Checking your message…" until it arrives. After 10 seconds without it the
 * composer stops waiting, shows the notice below and sends.
 */
export const UrgencyChecking: Story = {
  name: 'Urgency check still loading (Send waits)',
  beforeEach: urgencyEngineDownload('slow'),
  parameters: onItsOwnPage,
  render: () => html`<portal-message-composer
    .adapter=${withSend(() => new Promise<Message>(() => undefined))}
    draft-scope="story-engine-slow"
  ></portal-message-composer>`,
  play: async ({ canvasElement }) => fillAndSend(canvasElement, { waitForChecks: false }),
};

/** The urgency engine could not be downloaded: a kind notice, and sending is never blocked. */
export const UrgencyUnavailable: Story = {
  name: 'Urgency check unavailable',
  beforeEach: urgencyEngineDownload('failing'),
  parameters: onItsOwnPage,
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-engine-failed"></portal-message-composer>`,
  play: async ({ canvasElement }) => {
    await fill(canvasElement, 'I have crushing chest pain and my left arm feels numb.', 'Chest pain');
  },
};

export const UrgencyUnavailableSpanish: Story = {
  name: 'Urgency check unavailable (Spanish)',
  beforeEach: urgencyEngineDownload('failing'),
  parameters: onItsOwnPage,
  render: () => html`<portal-provider demo locale="es">
    <portal-message-composer draft-scope="story-es-engine-failed"></portal-message-composer>
  </portal-provider>`,
};

/** The form is still downloading (the heading and the emergency line show at once). */
export const FormLoading: Story = {
  name: 'Form loading',
  beforeEach: partDownload('slow', 'composerView'),
  parameters: onItsOwnPage,
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-form-slow"></portal-message-composer>`,
};

/** The form could not be downloaded: "Try again" (it fails again while this story is shown). */
export const FormFailed: Story = {
  name: 'Form could not load',
  beforeEach: partDownload('failing', 'composerView'),
  parameters: onItsOwnPage,
  render: () => html`<portal-message-composer .adapter=${memory()} draft-scope="story-form-failed"></portal-message-composer>`,
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<portal-provider demo locale="es">
    <portal-message-composer draft-scope="story-es"></portal-message-composer>
  </portal-provider>`,
};
