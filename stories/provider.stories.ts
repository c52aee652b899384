import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';

/**
 * `<portal-provider>` holds the adapter and language for every widget inside it.
 * Here it uses the built-in sample patient (`demo`).
 */
const meta: Meta = {
  title: 'Setup/Provider',
  component: 'portal-provider',
  parameters: { docs: { description: { component: 'Holds the adapter, locale and regional numbers for the widgets inside it.' } } },
};
export default meta;

type Story = StoryObj;

export const DemoPatient: Story = {
  name: 'Demo patient (MemoryAdapter)',
  render: () => html`<portal-provider demo>
    <portal-results></portal-results>
  </portal-provider>`,
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<portal-provider demo locale="es">
    <portal-result-preferences></portal-result-preferences>
  </portal-provider>`,
};

export const NotConnected: Story = {
  name: 'No adapter connected',
  render: () => html`<portal-notes></portal-notes>`,
};
