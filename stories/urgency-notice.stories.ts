import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { classifyUrgency } from '../src/core/urgency/index.js';
import '../src/components/provider/provider.js';
import '../src/components/urgency/urgency-notice.js';
import type { PortalUrgencyNotice } from '../src/components/urgency/urgency-notice.js';

/**
 * `<portal-urgency-notice>`: the warning the message composer and the appointment
 * request show when the patient describes symptoms that must not wait. Each story
 * sets the locale through a `<portal-provider>` so stories do not leak a language.
 */
const meta: Meta = {
  title: 'Widgets/Urgency notice',
  component: 'portal-urgency-notice',
  parameters: {
    docs: {
      description: {
        component:
          'Emergency: call the emergency number now (plus a crisis line for self-harm). Urgent: call the clinic today. Routine: nothing. Announced once per escalation.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const en = (content: unknown) => html`<portal-provider locale="en">${content}</portal-provider>`;

export const Emergency: Story = {
  render: () => en(html`<portal-urgency-notice level="emergency" categories="cardiac"></portal-urgency-notice>`),
};

export const SelfHarm: Story = {
  name: 'Emergency: self-harm (988 crisis line)',
  render: () => en(html`<portal-urgency-notice level="emergency" categories="self-harm"></portal-urgency-notice>`),
};

export const HarmOthersAndOverdose: Story = {
  name: 'Emergency: harm to others and overdose',
  render: () => en(html`<portal-urgency-notice level="emergency" categories="harm-others overdose"></portal-urgency-notice>`),
};

export const Urgent: Story = {
  name: 'Urgent: call the clinic today',
  render: () => en(html`<portal-urgency-notice level="urgent" categories="fever" clinic-phone="(555) 010-2000"></portal-urgency-notice>`),
};

export const UrgentFromPolicy: Story = {
  name: 'Urgent: clinic phone from the adapter',
  render: () => en(html`<portal-urgency-notice level="urgent" .adapter=${new MemoryAdapter(undefined, { latencyMs: 200 })}></portal-urgency-notice>`),
};

export const Routine: Story = {
  name: 'Routine (renders nothing)',
  render: () => en(html`<p>Nothing below this line: routine messages get no notice.</p>
    <portal-urgency-notice level="routine"></portal-urgency-notice>`),
};

export const RequireAcknowledgement: Story = {
  name: 'Emergency: acknowledgement required',
  render: () => en(html`<portal-urgency-notice level="emergency" categories="stroke" require-acknowledgement
    @portal-urgency-acknowledged=${(e: CustomEvent) => console.info('portal-urgency-acknowledged', e.detail)}
  ></portal-urgency-notice>`),
};

export const UkNumbers: Story = {
  name: 'UK numbers (region="uk")',
  render: () => en(html`
    <portal-urgency-notice region="uk" level="emergency" categories="self-harm"></portal-urgency-notice>
    <br />
    <portal-urgency-notice region="uk" level="urgent" categories="infection"></portal-urgency-notice>
  `),
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<portal-provider locale="es">
    <portal-urgency-notice level="emergency" categories="self-harm"></portal-urgency-notice>
    <br />
    <portal-urgency-notice level="urgent" categories="fever" clinic-phone="(555) 010-2000"></portal-urgency-notice>
  </portal-provider>`,
};

export const SpainNumbers: Story = {
  name: 'Spain numbers (region="es", Spanish)',
  render: () => html`<portal-provider locale="es">
    <portal-urgency-notice region="es" level="emergency" categories="self-harm overdose"></portal-urgency-notice>
  </portal-provider>`,
};

export const TryIt: Story = {
  name: 'Try it: type a message',
  render: () => {
    const onInput = (e: Event): void => {
      const area = e.target as HTMLTextAreaElement;
      const notice = area.parentElement?.querySelector<PortalUrgencyNotice>('portal-urgency-notice');
      if (notice) notice.result = classifyUrgency(area.value);
    };
    return en(html`
      <label for="try-message" style="display:block;font-weight:600">Message</label>
      <textarea id="try-message" rows="4" style="width:100%;max-width:40rem" @input=${onInput}>My chest has felt heavy since lunch</textarea>
      <portal-urgency-notice .result=${classifyUrgency('My chest has felt heavy since lunch')}></portal-urgency-notice>
    `);
  },
};
