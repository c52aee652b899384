import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { PortalAdapter } from '../src/adapters/types.js';
import '../src/components/messages/messages.js';
import '../src/components/provider/provider.js';
import { onItsOwnPage, partDownload } from './support/on-demand.js';

/** `<portal-messages>`: the inbox, a conversation, and its empty, loading and error states. */
const meta: Meta = {
  title: 'Widgets/Messages',
  component: 'portal-messages',
  parameters: {
    docs: {
      description: {
        component: 'The patient’s conversations with the care team: list, conversation view with replies, new message, paging.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const memory = (): MemoryAdapter => new MemoryAdapter(undefined, { latencyMs: 300 });

/** The memory adapter with `listThreads` replaced. */
function withThreads(listThreads: () => Promise<never>): PortalAdapter {
  return new Proxy(memory(), {
    get(target, prop) {
      if (prop === 'listThreads') return listThreads;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function openConversation(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector('portal-messages');
  for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('.thread-open'); i++) await new Promise((r) => setTimeout(r, 50));
  el?.shadowRoot?.querySelector<HTMLButtonElement>('.thread-open')?.click();
}

export const Inbox: Story = {
  name: 'Inbox list',
  render: () => html`<portal-messages .adapter=${memory()} draft-scope="story-inbox"></portal-messages>`,
};

export const Paged: Story = {
  name: 'Inbox with "Load more"',
  render: () => html`<portal-messages .adapter=${memory()} page-size="2" draft-scope="story-paged"></portal-messages>`,
};

export const ThreadView: Story = {
  name: 'Conversation view',
  render: () => html`<portal-messages .adapter=${memory()} draft-scope="story-thread"></portal-messages>`,
  play: async ({ canvasElement }) => openConversation(canvasElement),
};

export const Empty: Story = {
  name: 'Empty inbox',
  render: () => html`<portal-messages .adapter=${new MemoryAdapter({ threads: [] }, { latencyMs: 300 })}></portal-messages>`,
};

export const Loading: Story = {
  render: () => html`<portal-messages .adapter=${withThreads(() => new Promise<never>(() => undefined))}></portal-messages>`,
};

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<portal-messages
    .adapter=${withThreads(() => Promise.reject(new PortalError('server', 'Simulated 500', { status: 500 })))}
  ></portal-messages>`,
};

/** A conversation was opened while its view is still downloading. */
export const ConversationLoading: Story = {
  name: 'Conversation view loading',
  beforeEach: partDownload('slow', 'messageThread'),
  parameters: onItsOwnPage,
  render: () => html`<portal-messages .adapter=${memory()} draft-scope="story-thread-slow"></portal-messages>`,
  play: async ({ canvasElement }) => openConversation(canvasElement),
};

/** The conversation view could not be downloaded: "Try again" (it fails again while this story is shown). */
export const ConversationFailed: Story = {
  name: 'Conversation view could not load',
  beforeEach: partDownload('failing', 'messageThread'),
  parameters: onItsOwnPage,
  render: () => html`<portal-messages .adapter=${memory()} draft-scope="story-thread-failed"></portal-messages>`,
  play: async ({ canvasElement }) => openConversation(canvasElement),
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<portal-provider demo locale="es">
    <portal-messages draft-scope="story-es-inbox"></portal-messages>
  </portal-provider>`,
};
