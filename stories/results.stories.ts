import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter, createSampleSeed } from '../src/adapters/memory/index.js';
import type { LabResult, MemorySeed, Page } from '../src/adapters/index.js';
import '../src/components/provider/provider.js';
import '../src/components/results/results.js';
import { onItsOwnPage, partDownload } from './support/on-demand.js';

/**
 * `<portal-results>`: results grouped by report, flags in words and icons, range
 * bars with a sentence, trends with a table, plain-language explanations,
 * supportive messages next to results outside the range, and results held under
 * the patient's own delivery choice. Stories that need the patient to act do it in
 * `play`, as a user would.
 */
const meta: Meta = {
  title: 'Widgets/Results',
  component: 'portal-results',
  parameters: {
    docs: {
      description: {
        component:
          'Test results with patient-chosen delivery. Held results show a calm card with "Show it now"; results outside the range come with a supportive message; critical values say to contact the care team now.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

function seedWith(change: (seed: MemorySeed) => void): MemorySeed {
  const seed = createSampleSeed();
  change(seed);
  return seed;
}

const memory = (seed?: Partial<MemorySeed>, latencyMs = 300): MemoryAdapter => new MemoryAdapter(seed, { latencyMs });

/** The patient asked to hear about abnormal lab results from the care team first (3 days at most). */
const holding = (): MemoryAdapter =>
  memory(
    seedWith((s) => {
      s.resultPreferences.categories.lab = { mode: 'hold-abnormal', holdDays: 3 };
    }),
  );

/** Only the newest reports: the unreviewed metabolic panel with a critical potassium. */
const recentOnly = (): MemoryAdapter =>
  memory(
    seedWith((s) => {
      s.results = s.results.filter((r) => r.report?.id === 'rep-bmp-d2' || r.report?.id === 'rep-cbc-d2');
    }),
  );

/** Never answers: the element stays in its loading state. */
class SlowAdapter extends MemoryAdapter {
  override listResults(): Promise<Page<LabResult>> {
    return new Promise<Page<LabResult>>(() => undefined);
  }
}

/** Cannot reach the server. */
class OfflineAdapter extends MemoryAdapter {
  override listResults(): Promise<Page<LabResult>> {
    return Promise.reject(new PortalError('network'));
  }
}

const widget = (adapter: MemoryAdapter) => html`<portal-results .adapter=${adapter}></portal-results>`;

async function until<T>(get: () => T | null | undefined | false, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - start > timeoutMs) throw new Error('Story setup timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function buttonIn(scope: ParentNode, label: RegExp): HTMLButtonElement | undefined {
  return [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => label.test(b.textContent ?? ''));
}

/** Opens "More about this result" on the card named `test`; resolves with the card. */
async function moreAbout(canvas: HTMLElement, test: string): Promise<HTMLElement> {
  const el = canvas.querySelector('portal-results')!;
  const card = await until(() =>
    [...(el.shadowRoot?.querySelectorAll<HTMLElement>('article.result') ?? [])].find((a) => a.querySelector('h4')?.textContent === test),
  );
  buttonIn(card, /More about this result/)?.click();
  return card;
}

/** Every result, shown as soon as ready (the sample patient's default for lab tests). */
export const Normal: Story = { render: () => widget(memory()) };

/** Only results outside the standard range, each with its supportive message. */
export const Abnormal: Story = {
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const root = await until(() => canvasElement.querySelector('portal-results')?.shadowRoot?.querySelector('#outside') && canvasElement.querySelector('portal-results')!.shadowRoot);
    root.querySelector<HTMLInputElement>('#outside')!.click();
  },
};

/** A critical potassium: "Contact your care team now" with the clinic's phone number. */
export const Critical: Story = { render: () => widget(recentOnly()) };

/** The patient asked to hear about abnormal results first: calm cards with "Show it now". */
export const Held: Story = { render: () => widget(holding()) };

/** The patient chose "Show it now" on the held glucose result. */
export const Revealed: Story = {
  render: () => widget(holding()),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('portal-results')!;
    const held = await until(() => el.shadowRoot?.querySelector<HTMLElement>('[part=held]'));
    buttonIn(held, /Show it now/)?.click();
  },
};

/** The A1c history as a chart with the standard range, and the same numbers as a table. */
export const Trends: Story = {
  render: () => widget(memory()),
  play: async ({ canvasElement }) => {
    const card = await moreAbout(canvasElement, 'Hemoglobin A1c');
    const tableButton = await until(() => buttonIn(card, /Show the numbers as a table/));
    tableButton.click();
    const details = await until(() => card.querySelector<HTMLDetailsElement>('details.explanation'));
    details.open = true;
  },
};

/** Malformed and unusual records: unit mismatch, text-only range, cancelled, "Positive", a duplicate, a record with a problem. */
export const UnusualData: Story = {
  render: () => {
    const base = { category: 'lab' as const, status: 'final' as const, resultedAt: new Date().toISOString(), report: { id: 'odd', name: 'Unusual records', reviewed: true } };
    const results: LabResult[] = [
      { ...base, id: 'u1', name: 'Glucose', value: { kind: 'quantity', value: 5.5, unit: 'mmol/L' }, range: { low: 70, high: 99, unit: 'mg/dL' }, flag: 'unknown' },
      { ...base, id: 'u2', name: 'Protein, urine', value: { kind: 'text', text: 'Positive' }, range: { text: 'Negative' }, flag: 'abnormal' },
      { ...base, id: 'u3', name: 'Sodium', status: 'cancelled', flag: 'unknown' },
      { ...base, id: 'u4', name: 'Troponin I', value: { kind: 'quantity', value: 0.01, unit: 'ng/mL', comparator: '<' }, range: { high: 0.04, unit: 'ng/mL' }, flag: 'normal' },
      { ...base, id: 'u4', name: 'Troponin I', value: { kind: 'quantity', value: 0.01, unit: 'ng/mL', comparator: '<' }, range: { high: 0.04, unit: 'ng/mL' }, flag: 'normal' },
      { ...base, id: 'u5', name: 'Mystery test', value: { kind: 'quantity', value: 3 }, flag: 'unknown' },
      { ...base, id: 'u6', name: 'Unreadable result', flag: 'unknown', problem: 'This result could not be read. Ask your care team for a copy.' },
    ];
    return widget(memory({ results }));
  },
};

export const Empty: Story = { render: () => widget(memory({ results: [] })) };

export const Loading: Story = { render: () => widget(new SlowAdapter(undefined, { latencyMs: 0 })) };

export const LoadError: Story = { name: 'Error', render: () => widget(new OfflineAdapter(undefined, { latencyMs: 0 })) };

/** The results have arrived; the cards that show them are still downloading. */
export const CardsLoading: Story = {
  name: 'Result cards loading',
  beforeEach: partDownload('slow', 'resultCard', 'heldResult'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
};

/** The cards could not be downloaded (the connection dropped): the filters stay, with "Try again" (it fails again while this story is shown). */
export const CardsFailed: Story = {
  name: 'Result cards could not load',
  beforeEach: partDownload('failing', 'resultCard', 'heldResult', 'explanationIndex'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
};

/** "More about this result" while its panel is still downloading. */
export const DetailsLoading: Story = {
  name: 'More about this result: loading',
  beforeEach: partDownload('slow', 'resultDetail'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
  play: async ({ canvasElement }) => void (await moreAbout(canvasElement, 'Hemoglobin A1c')),
};

/** "More about this result" could not be downloaded: "Try again" in the panel (it fails again while this story is shown). */
export const DetailsFailed: Story = {
  name: 'More about this result: could not load',
  beforeEach: partDownload('failing', 'resultDetail'),
  parameters: onItsOwnPage,
  render: () => widget(memory()),
  play: async ({ canvasElement }) => void (await moreAbout(canvasElement, 'Hemoglobin A1c')),
};

/** The same element in Spanish, through `<portal-provider locale="es">`. */
export const Spanish: Story = {
  render: () => html`<portal-provider locale="es" .adapter=${holding()}><portal-results></portal-results></portal-provider>`,
};
