import { waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Note, NoteQuery, PortalAdapter } from '../../src/adapters/types.js';
import type { PortalNote, PortalNotes } from '../../src/components/notes/notes.js';

/** A MemoryAdapter with no latency, optionally with its own notes, that records every listNotes query. */
export function recordingAdapter(notes?: Note[], capabilities?: Partial<PortalAdapter['capabilities']>): MemoryAdapter & { queries: NoteQuery[] } {
  const base = new MemoryAdapter(undefined, { latencyMs: 0 });
  const seed = {
    ...(notes ? { notes } : {}),
    ...(capabilities ? { capabilities: { ...base.capabilities, ...capabilities } } : {}),
  };
  const adapter = new MemoryAdapter(seed, { latencyMs: 0 }) as MemoryAdapter & { queries: NoteQuery[] };
  adapter.queries = [];
  const list = adapter.listNotes.bind(adapter);
  adapter.listNotes = (q?: NoteQuery) => {
    adapter.queries.push({ ...(q ?? {}) });
    return list(q);
  };
  return adapter;
}

/** A note with sensible defaults. */
export function makeNote(partial: Partial<Note> & { id: string }): Note {
  return {
    title: `Note ${partial.id}`,
    type: 'progress',
    status: 'final',
    date: '2026-03-04T09:30:00-05:00',
    author: { name: 'Dr. Ana Rivera, MD', role: 'Family medicine physician' },
    content: [{ contentType: 'text/plain', text: 'Patient doing well.' }],
    history: [],
    ...partial,
  };
}

/** An adapter whose calls never settle (the loading state). */
export function pendingAdapter(): PortalAdapter {
  const a = new MemoryAdapter(undefined, { latencyMs: 0 });
  const never = () => new Promise<never>(() => undefined);
  a.listNotes = never;
  a.getNote = never;
  return a;
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** Waits until the list shows notes, an empty state or an error. */
export async function listSettled(el: PortalNotes): Promise<void> {
  await waitUntil(
    () => root(el).querySelector('ul.items, .state-empty, .state-error'),
    'the notes list never settled',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** Waits until the reader shows a note or an error. */
export async function noteSettled(el: PortalNote): Promise<void> {
  await waitUntil(() => root(el).querySelector('article, .state-error'), 'the note never loaded', { timeout: 10000 });
  await el.updateComplete;
}

export function readerIn(el: PortalNotes): PortalNote {
  return root(el).querySelector('portal-note')!;
}

/** Text of a shadow root with whitespace collapsed. */
export function textOf(el: Element): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ');
}
