import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Note } from '../../src/adapters/types.js';
import type { PortalErrorDetail } from '../../src/components/shared/events.js';
import '../../src/components/notes/notes.js';
import type { PortalNotes } from '../../src/components/notes/notes.js';
import { setLocale } from '../../src/i18n/localization.js';
import { listSettled, makeNote, noteSettled, pendingAdapter, readerIn, recordingAdapter, root, textOf } from './notes-helpers.js';

function items(el: PortalNotes): HTMLLIElement[] {
  return Array.from(root(el).querySelectorAll<HTMLLIElement>('li.item'));
}

function openButton(el: PortalNotes, id: string): HTMLButtonElement {
  return root(el).querySelector<HTMLButtonElement>(`button.item-open[data-id="${id}"]`)!;
}

async function change(el: PortalNotes, selector: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement || input.type === 'date' ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

function manyNotes(n: number): Note[] {
  return Array.from({ length: n }, (_, i) =>
    makeNote({
      id: `n${String(i).padStart(4, '0')}`,
      title: `Visit ${i}`,
      date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
    }),
  );
}

describe('<portal-notes>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('lists notes with title, type, author and role, date, visit and status badge', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    expect(items(el).length).to.be.greaterThan(10);
    const eye = openButton(el, 'note-eye-exam').closest('li')!;
    expect(eye.textContent).to.contain('Diabetic eye exam');
    expect(eye.textContent).to.contain('Dr. Mei Chen, OD, Optometrist');
    expect(eye.querySelector('.badge')!.textContent).to.equal('Preliminary');
    expect(eye.querySelector('time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(eye.textContent).to.contain('Riverside Eye Care');
    expect(root(el).querySelector('ul.items')!.getAttribute('role')).to.equal('list');
    expect(root(el).querySelector('h2')!.textContent).to.contain('Your notes');
    await expect(el).to.be.accessible();
  });

  it('explains, in plain words, which kinds of notes are not shown online', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    const notice = root(el).querySelector('[part="withheld"]')!;
    expect(notice.textContent).to.contain('psychotherapy notes');
    expect(notice.textContent).to.contain('ask your care team');
  });

  it('shows no withheld notice when the back end withholds nothing', async () => {
    const adapter = recordingAdapter(undefined, { withheldNoteTypes: [] });
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    expect(root(el).querySelector('[part="withheld"]')).to.equal(null);
  });

  it('shows a loading state while the list loads', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${pendingAdapter()}></portal-notes>`);
    await waitUntil(() => root(el).querySelector('[role="status"].state-loading'));
    expect(textOf(el)).to.contain('Loading your notes');
    await expect(el).to.be.accessible();
  });

  it('says it is not connected when there is no adapter', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes></portal-notes>`);
    expect(textOf(el)).to.contain('not connected');
    await expect(el).to.be.accessible();
  });

  it('explains an error kindly, reports portal-error, and recovers on retry', async () => {
    const adapter = recordingAdapter();
    adapter.failNext('network');
    const el = document.createElement('portal-notes');
    el.adapter = adapter;
    const errorEvent = oneEvent(el, 'portal-error');
    document.body.append(el);
    try {
      const { detail } = (await errorEvent) as CustomEvent<PortalErrorDetail>;
      expect(detail).to.include({ kind: 'network', operation: 'listNotes' });
      await listSettled(el);
      const alert = root(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('could not reach the server');
      await expect(el).to.be.accessible();
      alert.querySelector('button')!.click();
      await waitUntil(() => items(el).length > 0, 'retry never showed the list');
    } finally {
      el.remove();
    }
  });

  it('shows an empty state when there are no notes', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter([])}></portal-notes>`);
    await listSettled(el);
    expect(textOf(el)).to.contain('You have no notes yet');
    await expect(el).to.be.accessible();
  });

  it('passes type, author, dates, search and sort to the adapter', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter} page-size="10"></portal-notes>`);
    await listSettled(el);
    expect(adapter.queries[0]).to.deep.equal({ sort: 'newest', pageSize: 10 });

    await change(el, '#notes-type', 'progress');
    await waitUntil(() => adapter.queries.at(-1)?.type === 'progress');
    await change(el, '#notes-sort', 'oldest');
    await waitUntil(() => adapter.queries.at(-1)?.sort === 'oldest');
    await change(el, '#notes-from', '2026-01-01');
    await change(el, '#notes-to', '2026-12-31');
    await waitUntil(() => adapter.queries.at(-1)?.to === '2026-12-31');
    await change(el, '#notes-author', 'Rivera');
    await change(el, '#notes-search', 'blood pressure');
    await waitUntil(() => adapter.queries.at(-1)?.text === 'blood pressure', 'search was never sent');
    expect(adapter.queries.at(-1)).to.deep.equal({
      sort: 'oldest',
      pageSize: 10,
      type: 'progress',
      author: 'Rivera',
      from: '2026-01-01',
      to: '2026-12-31',
      text: 'blood pressure',
    });
    await listSettled(el);
    for (const li of items(el)) expect(li.textContent).to.contain('Progress note');
    await expect(el).to.be.accessible();
  });

  it('waits for the patient to stop typing before searching', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    const before = adapter.queries.length;
    for (const text of ['m', 'me', 'met', 'metf', 'metformin']) await change(el, '#notes-search', text);
    await waitUntil(() => adapter.queries.length > before);
    await aTimeout(400);
    expect(adapter.queries.slice(before).map((q) => q.text)).to.deep.equal(['metformin']);
  });

  it('searches at once when the patient presses Enter', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    root(el).querySelector<HTMLInputElement>('#notes-search')!.focus();
    await sendKeys({ type: 'thyroid' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => adapter.queries.at(-1)?.text === 'thyroid');
  });

  it('refuses a date range that ends before it starts', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    await change(el, '#notes-from', '2026-06-01');
    await change(el, '#notes-to', '2026-01-01');
    expect(root(el).querySelector('#notes-date-error')!.textContent).to.contain('must be on or before');
    expect(root(el).querySelector('#notes-to')!.getAttribute('aria-invalid')).to.equal('true');
    expect(adapter.queries.some((q) => q.to === '2026-01-01')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says when no notes match, and clears the filters', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    await change(el, '#notes-search', 'zzzz-no-such-words');
    await waitUntil(() => root(el).querySelector('.state-empty'));
    expect(textOf(el)).to.contain('No notes match your search');
    await expect(el).to.be.accessible();
    const clear = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent?.includes('Clear search'))!;
    clear.click();
    await waitUntil(() => items(el).length > 0);
    expect(adapter.queries.at(-1)?.text).to.equal(undefined);
  });

  it('pages through 1,000 notes with "Show more notes", keeping the DOM to loaded pages', async () => {
    const adapter = recordingAdapter(manyNotes(1000));
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter} page-size="25"></portal-notes>`);
    await listSettled(el);
    expect(items(el)).to.have.length(25);
    expect(textOf(el)).to.match(/Showing 25 of 1,000 notes|25 notes/);
    const more = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent?.includes('Show more notes'))!;
    more.click();
    await waitUntil(() => items(el).length === 50, 'the second page never arrived');
    expect(adapter.queries.at(-1)?.cursor).to.be.a('string');
    await waitUntil(() => root(el).activeElement === items(el)[25].querySelector('button'), 'focus did not move to the first new note');
    await expect(el).to.be.accessible();
  });

  it('opens a note in place, emits portal-note-opened, and Back returns focus to the item', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    const opened = oneEvent(el, 'portal-note-opened');
    openButton(el, 'note-dm-visit').click();
    expect((await opened).detail).to.deep.equal({ id: 'note-dm-visit' });
    expect(el.getAttribute('note-id')).to.equal('note-dm-visit');
    const reader = readerIn(el);
    await noteSettled(reader);
    await waitUntil(() => root(reader).activeElement?.id === 'note-title', 'focus did not move to the note title');
    expect(root(reader).querySelector('h2')!.textContent).to.contain('Diabetes and blood pressure follow-up');
    await expect(el).to.be.accessible();

    const closed = oneEvent(el, 'portal-note-closed');
    root(el).querySelector<HTMLButtonElement>('button.back')!.click();
    expect((await closed).detail).to.deep.equal({ id: 'note-dm-visit' });
    await el.updateComplete;
    expect(el.hasAttribute('note-id')).to.equal(false);
    expect(root(el).activeElement).to.equal(openButton(el, 'note-dm-visit'));
  });

  it('opens a note with the keyboard (Enter and Space)', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    openButton(el, 'note-ed').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.noteId === 'note-ed');
    await noteSettled(readerIn(el));
    root(el).querySelector<HTMLButtonElement>('button.back')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !el.noteId);
    openButton(el, 'note-hp').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.noteId === 'note-hp');
  });

  it('opens the note named by the note-id attribute (deep link)', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()} note-id="note-cxr"></portal-notes>`);
    const reader = readerIn(el);
    await noteSettled(reader);
    expect(root(reader).querySelector('h2')!.textContent).to.contain('Chest X-ray report');
    root(el).querySelector<HTMLButtonElement>('button.back')!.click();
    await listSettled(el);
    await waitUntil(() => root(el).activeElement === openButton(el, 'note-cxr'));
  });

  it('highlights the search words in the list and in the opened note', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    const adapter = el.adapter as ReturnType<typeof recordingAdapter>;
    await change(el, '#notes-search', 'metformin');
    await waitUntil(() => adapter.queries.at(-1)?.text === 'metformin', 'search was never sent', { timeout: 3000 });
    await listSettled(el);
    const first = items(el)[0].querySelector<HTMLButtonElement>('button.item-open')!;
    first.click();
    await el.updateComplete;
    const reader = readerIn(el);
    await noteSettled(reader);
    const marks = Array.from(root(reader).querySelectorAll('.body mark'));
    expect(marks.length).to.be.greaterThan(0);
    for (const m of marks) expect(m.textContent.toLowerCase()).to.equal('metformin');
    await expect(el).to.be.accessible();
  });

  it('shows a note summary problem next to the note in the list', async () => {
    const adapter = recordingAdapter([makeNote({ id: 'bad', title: '', date: undefined, author: undefined, problem: 'This note was incomplete.' })]);
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${adapter}></portal-notes>`);
    await listSettled(el);
    const text = items(el)[0].textContent;
    expect(text).to.contain('Untitled note');
    expect(text).to.contain('Date not recorded');
    expect(text).to.contain('Author not recorded');
    expect(text).to.contain('This note was incomplete.');
    await expect(el).to.be.accessible();
  });

  it('renders in Spanish', async () => {
    await setLocale('es');
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter()}></portal-notes>`);
    await listSettled(el);
    const text = textOf(el);
    expect(text).to.contain('Sus notas');
    expect(text).to.contain('Buscar notas');
    expect(text).to.contain('Nota de evolución');
    expect(root(el).querySelector('[part="withheld"]')!.textContent).to.contain('pregunte a su equipo de atención');
    await expect(el).to.be.accessible();
  });

  it('works inside a <portal-provider demo>', async () => {
    await import('../../src/components/provider/provider.js');
    const provider = await fixture(html`<portal-provider demo><portal-notes></portal-notes></portal-provider>`);
    const el = provider.querySelector('portal-notes')!;
    await waitUntil(() => el.resolvedAdapter instanceof MemoryAdapter);
    await listSettled(el);
    expect(items(el).length).to.be.greaterThan(0);
  });
});
