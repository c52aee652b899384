import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { PortalError } from '../src/adapters/errors.js';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import type { Note, PortalAdapter } from '../src/adapters/types.js';
import '../src/components/notes/notes.js';
import '../src/components/provider/provider.js';
import { HOSTILE_HTML } from '../test/fixtures/hostile-html.js';
import { onItsOwnPage, partDownload } from './support/on-demand.js';

/** `<portal-notes>` and `<portal-note>`: the notes list and the reader, in every state. */
const meta: Meta = {
  title: 'Widgets/Notes',
  component: 'portal-notes',
  parameters: {
    docs: {
      description: {
        component:
          'Clinical notes the patient can read safely: list with search, filters and paging; a reader for HTML, text, RTF and PDF notes with plain-language help for medical abbreviations, amendment history and "Ask about this note".',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const memory = (seed?: ConstructorParameters<typeof MemoryAdapter>[0]): MemoryAdapter => new MemoryAdapter(seed, { latencyMs: 300 });

/** The memory adapter with one method replaced (never-settling or failing calls). */
function replacing(name: 'listNotes' | 'getNote', fn: () => Promise<never>): PortalAdapter {
  return new Proxy(memory(), {
    get(target, prop) {
      if (prop === name) return fn;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function note(id: string, title: string, content: Note['content'], extra: Partial<Note> = {}): Note {
  return {
    id,
    title,
    type: 'progress',
    status: 'final',
    date: '2026-03-04T09:30:00-05:00',
    author: { name: 'Dr. Ana Rivera, MD', role: 'Family medicine physician' },
    encounter: 'Office visit',
    location: 'Riverside Family Clinic',
    history: [],
    content,
    ...extra,
  };
}

/** A reader on its own, showing one note from a memory adapter. */
function reader(n: Note, highlight = '') {
  return html`<portal-note .adapter=${memory({ notes: [n] })} note-id=${n.id} highlight=${highlight}></portal-note>`;
}

export const List: Story = {
  name: 'List (sample patient)',
  render: () => html`<portal-notes .adapter=${memory()}></portal-notes>`,
};

export const Filtered: Story = {
  name: 'Filtered and searched',
  render: () => html`<portal-notes .adapter=${memory()} page-size="5"></portal-notes>`,
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('portal-notes');
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('#notes-search'); i++) await new Promise((r) => setTimeout(r, 50));
    const search = el?.shadowRoot?.querySelector<HTMLInputElement>('#notes-search');
    const type = el?.shadowRoot?.querySelector<HTMLSelectElement>('#notes-type');
    if (type) {
      type.value = 'progress';
      type.dispatchEvent(new Event('change'));
    }
    if (search) {
      search.value = 'blood pressure';
      search.dispatchEvent(new Event('input'));
    }
  },
};

export const Paged: Story = {
  name: 'Many notes with "Show more notes"',
  render: () => {
    const notes = Array.from({ length: 1000 }, (_, i) =>
      note(`n${i}`, `Follow-up visit ${1000 - i}`, [{ contentType: 'text/plain', text: `Visit ${1000 - i}. Pt doing well. BP stable.` }], {
        date: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
      }),
    );
    return html`<portal-notes .adapter=${memory({ notes })} page-size="20"></portal-notes>`;
  },
};

export const Empty: Story = {
  render: () => html`<portal-notes .adapter=${memory({ notes: [] })}></portal-notes>`,
};

export const Loading: Story = {
  render: () => html`<portal-notes .adapter=${replacing('listNotes', () => new Promise<never>(() => undefined))}></portal-notes>`,
};

export const LoadError: Story = {
  name: 'Error',
  render: () => html`<portal-notes .adapter=${replacing('listNotes', () => Promise.reject(new PortalError('server', 'Simulated 500', { status: 500 })))}></portal-notes>`,
};

export const Withheld: Story = {
  name: 'Withheld notes notice',
  render: () => html`<portal-notes .adapter=${memory()}></portal-notes>`,
  parameters: { docs: { description: { story: 'The sample back end withholds psychotherapy notes and some sensitive notes; the list says so in plain words.' } } },
};

export const HtmlNote: Story = {
  name: 'HTML note (care plan)',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-care-plan"></portal-note>`,
};

export const TextNote: Story = {
  name: 'Text note with sections and abbreviations',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-dm-visit"></portal-note>`,
};

export const SearchHighlight: Story = {
  name: 'Text note with search words highlighted',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-dm-visit" highlight="metformin"></portal-note>`,
};

export const Pdf: Story = {
  name: 'PDF note',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-avs"></portal-note>`,
};

export const Rtf: Story = {
  name: 'RTF note',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-podiatry"></portal-note>`,
};

export const Amended: Story = {
  name: 'Amended note with history',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-annual"></portal-note>`,
};

export const Preliminary: Story = {
  name: 'Preliminary note',
  render: () => html`<portal-note .adapter=${memory()} note-id="note-eye-exam"></portal-note>`,
};

export const Hostile: Story = {
  name: 'Hostile HTML, neutralised',
  render: () =>
    reader(
      note('hostile', 'Note with hostile content', [
        { contentType: 'text/html', text: `<p>Every payload below tried to run script. None does.</p>${HOSTILE_HTML.map((p) => p.html).join('\n')}` },
      ]),
    ),
};

export const BadInput: Story = {
  name: 'Parts that cannot be shown',
  render: () =>
    reader(
      note(
        'bad',
        '',
        [
          { contentType: 'text/plain', problem: 'This part of the note could not be read because its file is damaged.' },
          { contentType: 'application/x-dicom', url: 'https://files.example.org/scan.dcm' },
          { contentType: 'text/plain', text: '   ' },
          { contentType: 'text/plain', text: 'Señora Peña está mejor 😊. 患者は元気です。' },
        ],
        { date: undefined, author: undefined },
      ),
    ),
};

export const NoteError: Story = {
  name: 'Reader error',
  render: () => html`<portal-note .adapter=${replacing('getNote', () => Promise.reject(new PortalError('not-found')))} note-id="missing"></portal-note>`,
};

export const NoteLoading: Story = {
  name: 'Reader loading',
  render: () => html`<portal-note .adapter=${replacing('getNote', () => new Promise<never>(() => undefined))} note-id="x"></portal-note>`,
};

/** The note has arrived but the reader's view is still downloading. */
export const ViewLoading: Story = {
  name: 'Reader: note view loading',
  beforeEach: partDownload('slow', 'noteView'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-care-plan"></portal-note>`,
};

/** The reader's view could not be downloaded: "Try again" (it fails again while this story is shown). */
export const ViewFailed: Story = {
  name: 'Reader: note view could not load',
  beforeEach: partDownload('failing', 'noteView'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-care-plan"></portal-note>`,
};

/** The header shows at once; the text waits for the abbreviation list. */
export const TermsLoading: Story = {
  name: 'Reader: text loading (abbreviation list)',
  beforeEach: partDownload('slow', 'abbreviations'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-dm-visit"></portal-note>`,
};

/** Without the abbreviation list the text still shows, with no explanations and a way to try again. */
export const TermsFailed: Story = {
  name: 'Reader: abbreviation list could not load',
  beforeEach: partDownload('failing', 'abbreviations'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-dm-visit"></portal-note>`,
};

/** An HTML note's text waits for the sanitiser (DOMPurify); nothing unsanitised is shown meanwhile. */
export const SanitizerLoading: Story = {
  name: 'Reader: HTML text loading (sanitiser)',
  beforeEach: partDownload('slow', 'purify'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-care-plan"></portal-note>`,
};

/** DOMPurify could not be downloaded: the HTML note's text is not shown, with "Try again". */
export const SanitizerFailed: Story = {
  name: 'Reader: HTML text could not be shown (sanitiser did not load)',
  beforeEach: partDownload('failing', 'purify'),
  parameters: onItsOwnPage,
  render: () => html`<portal-note .adapter=${memory()} note-id="note-care-plan"></portal-note>`,
};

export const SanitizerFailedSpanish: Story = {
  name: 'Reader: HTML text could not be shown (Spanish)',
  beforeEach: partDownload('failing', 'purify'),
  parameters: onItsOwnPage,
  render: () => html`<portal-provider demo locale="es"><portal-note note-id="note-care-plan"></portal-note></portal-provider>`,
};

export const Spanish: Story = {
  name: 'Spanish (locale="es")',
  render: () => html`<portal-provider demo locale="es"><portal-notes></portal-notes></portal-provider>`,
};

export const SpanishReader: Story = {
  name: 'Spanish reader',
  render: () => html`<portal-provider demo locale="es"><portal-note note-id="note-dm-visit"></portal-note></portal-provider>`,
};
