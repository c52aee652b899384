import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter, createSampleSeed } from '../src/adapters/memory/index.js';
import type { AdapterCapabilities, ResultPreferences } from '../src/adapters/index.js';
import '../src/components/provider/provider.js';
import '../src/components/results/results.js';
import { onItsOwnPage, partDownload } from './support/on-demand.js';

/**
 * `<portal-result-preferences>`: the patient's own delivery choices per category
 * (as soon as ready, or hold abnormal results until reviewed or N days pass) and
 * how to be told. Read-only when the back end cannot store them; `no-save` for
 * ordering flows.
 */
const meta: Meta = {
  title: 'Widgets/Result preferences',
  component: 'portal-result-preferences',
  parameters: {
    docs: {
      description: {
        component:
          'Patient-chosen result delivery. Saves through the adapter with clear success and error feedback; shows the clinic policy read-only when preferences cannot be stored.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

function memory(caps: Partial<AdapterCapabilities> = {}, latencyMs = 300): MemoryAdapter {
  const seed = createSampleSeed();
  return new MemoryAdapter({ capabilities: { ...seed.capabilities, ...caps } }, { latencyMs });
}

class SlowAdapter extends MemoryAdapter {
  override getResultPreferences(): Promise<ResultPreferences> {
    return new Promise<ResultPreferences>(() => undefined);
  }
}

class OfflineAdapter extends MemoryAdapter {
  override getResultPreferences(): Promise<ResultPreferences> {
    return Promise.reject(new PortalError('network'));
  }
}

/** Saving always fails (the patient's choices stay on screen). */
class FailingSaveAdapter extends MemoryAdapter {
  override saveResultPreferences(): Promise<ResultPreferences> {
    return Promise.reject(new PortalError('server'));
  }
}

const widget = (adapter: MemoryAdapter) => html`<portal-result-preferences .adapter=${adapter}></portal-result-preferences>`;

async function until<T>(get: () => T | null | undefined | false, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - start > timeoutMs) throw new Error('Story setup timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function formRoot(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector('portal-result-preferences')!;
  return until(() => (el.shadowRoot?.querySelector('#hold-lab') ? el.shadowRoot : null));
}

async function holdLab(root: ShadowRoot, days: string): Promise<void> {
  root.querySelector<HTMLInputElement>('#hold-lab')!.click();
  const input = await until(() => root.querySelector<HTMLInputElement>('#days-lab'));
  input.value = days;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

/** The sample patient's saved choices. */
export const Preferences: Story = { render: () => widget(memory()) };

/** Hold abnormal lab results for up to 5 days, then save. */
export const Saved: Story = {
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    await holdLab(root, '5');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** A number of days outside the clinic's limits. */
export const ValidationError: Story = {
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    await holdLab(root, '30');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** Saving failed: the choices stay, with a plain explanation. */
export const SaveError: Story = {
  render: () => widget(new FailingSaveAdapter(undefined, { latencyMs: 300 })),
  play: async ({ canvasElement }) => {
    const root = await formRoot(canvasElement);
    await holdLab(root, '4');
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** The back end cannot store preferences: the clinic's policy, read-only. */
export const NoStoragePolicy: Story = { render: () => widget(memory({ resultPreferences: 'read-only' })) };

/** The back end has no result preferences at all. */
export const NoPreferencesAtAll: Story = { render: () => widget(memory({ resultPreferences: 'none' })) };

/** Before a test is ordered: `value` + `no-save`, the host listens for `portal-preferences-changed`. */
export const OrderingFlow: Story = {
  render: () =>
    html`<portal-result-preferences
      no-save
      .value=${createSampleSeed().resultPreferences}
      @portal-preferences-changed=${(e: CustomEvent<{ preferences: ResultPreferences }>) => {
        const out = (e.target as HTMLElement).nextElementSibling;
        if (out) out.textContent = JSON.stringify(e.detail.preferences.categories);
      }}
    ></portal-result-preferences>
    <output aria-live="polite"></output>`,
};

export const Loading: Story = { render: () => widget(new SlowAdapter(undefined, { latencyMs: 0 })) };

export const LoadError: Story = { name: 'Error', render: () => widget(new OfflineAdapter(undefined, { latencyMs: 0 })) };

/** The patient's choices have arrived; the form that shows them is still downloading. */
export const FormLoading: Story = {
  name: 'Choices form loading',
  beforeEach: partDownload('slow', 'resultPreferencesForm'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
};

/** The form could not be downloaded: "Try again" (it fails again while this story is shown). */
export const FormFailed: Story = {
  name: 'Choices form could not load',
  beforeEach: partDownload('failing', 'resultPreferencesForm'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
};

export const Spanish: Story = {
  render: () => html`<portal-provider locale="es" .adapter=${memory()}><portal-result-preferences></portal-result-preferences></portal-provider>`,
};
