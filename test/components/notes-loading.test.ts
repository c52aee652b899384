import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Note } from '../../src/adapters/types.js';
import '../../src/components/notes/notes.js';
import { EXPLAIN_TERMS_STORAGE_KEY, type PortalNote, type PortalNotes } from '../../src/components/notes/notes.js';
import { sanitizerReady, sanitizeToFragment } from '../../src/components/shared/sanitize.js';
import { setLocale } from '../../src/i18n/localization.js';
import { lazyModules, loadedModule, type LazyModuleName } from '../../src/lazy/modules.js';
import { listSettled, makeNote, recordingAdapter, root, textOf } from './notes-helpers.js';

/**
 * Holds every request for a lazily loaded module until the test says how it ends.
 * A module loads once per page, so the tests below run in loading order: each one
 * settles the loaders it is about, and later tests find those modules loaded.
 */
function hold(name: LazyModuleName) {
  const real = lazyModules[name];
  const waiting: { resolve: (m: unknown) => void; reject: (e: unknown) => void }[] = [];
  let requests = 0;
  (lazyModules as Record<LazyModuleName, () => Promise<unknown>>)[name] = () => {
    requests += 1;
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };
  return {
    get requests() {
      return requests;
    },
    /** Fails the requests made so far (a network error); the next request loads for real. */
    fail(): void {
      (lazyModules as Record<LazyModuleName, unknown>)[name] = real;
      for (const w of waiting.splice(0)) w.reject(new TypeError(`Failed to fetch dynamically imported module: ${name}`));
    },
  };
}

const view = hold('noteView');
const terms = hold('abbreviations');
const purify = hold('purify');

const htmlNote: Note = makeNote({
  id: 'html',
  title: 'Care plan',
  content: [{ contentType: 'text/html', text: '<h1>Plan</h1><p>Check BP daily.</p><p>Walk 30 minutes.</p>' }],
});
const textNote: Note = makeNote({ id: 'text', title: 'Visit', content: [{ contentType: 'text/plain', text: 'Pt has SOB and HTN.' }] });

function body(el: PortalNote): HTMLElement {
  return root(el).querySelector<HTMLElement>('.body')!;
}

function termButtons(el: PortalNote): HTMLButtonElement[] {
  return Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.term'));
}

function button(el: Element, name: string): HTMLButtonElement {
  const found = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent.includes(name));
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('<portal-note> loading on demand', () => {
  before(() => localStorage.removeItem(EXPLAIN_TERMS_STORAGE_KEY));
  afterEach(async () => {
    await setLocale('en');
  });

  it('lists notes without asking for the note view, DOMPurify or the abbreviation list', async () => {
    const el = await fixture<PortalNotes>(html`<portal-notes .adapter=${recordingAdapter([htmlNote, textNote])}></portal-notes>`);
    await listSettled(el);
    expect(root(el).querySelectorAll('li.item')).to.have.length(2);
    expect([view.requests, purify.requests, terms.requests]).to.deep.equal([0, 0, 0]);
    await expect(el).to.be.accessible();
  });

  it('never returns unsanitised HTML before DOMPurify has loaded', () => {
    expect(sanitizerReady()).to.equal(false);
    expect(() => sanitizeToFragment('<img src=x onerror="window.__pwned()">')).to.throw(/not loaded/);
  });

  it('says the note is loading until its view arrives, explains a failure, and recovers on "Try again"', async () => {
    const el = fixtureSync<PortalNote>(html`<portal-note .adapter=${recordingAdapter([htmlNote])} note-id="html"></portal-note>`);
    await oneEvent(el, 'portal-note-opened');
    await waitUntil(() => view.requests === 1, 'the view was not requested with the note');
    // Fetched alongside the note, not after it.
    expect(terms.requests).to.equal(1);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Loading the note…');
    expect(root(el).querySelector('article')).to.equal(null);
    await expect(el).to.be.accessible();

    view.fail();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the failure was not shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('We could not open this note');
    await expect(el).to.be.accessible();

    button(el, 'Try again').click();
    await waitUntil(() => root(el).querySelector('article h2'), 'the note did not open on "Try again"');
    expect(root(el).querySelector('h2')!.textContent).to.contain('Care plan');
    expect(loadedModule('noteView')).to.exist;
  });

  it('shows the header at once and the text when the abbreviation list arrives; without the list, the text and a way to try again', async () => {
    const el = fixtureSync<PortalNote>(html`<portal-note .adapter=${recordingAdapter([textNote])} note-id="text"></portal-note>`);
    await waitUntil(() => root(el).querySelector('article h2'), 'the header did not show');
    const loading = body(el).querySelector('[role="status"]')!;
    expect(loading.textContent).to.contain('Loading the text of the note…');
    expect(body(el).getAttribute('aria-busy')).to.equal('true');
    expect(textOf(el)).not.to.contain('Pt has SOB');
    await expect(el).to.be.accessible();

    terms.fail();
    await waitUntil(() => body(el).textContent.includes('Pt has SOB and HTN.'), 'the text did not show without the list');
    expect(termButtons(el)).to.have.length(0);
    expect(body(el).getAttribute('aria-busy')).to.equal('false');
    const status = root(el).querySelector('[part="actions"] [role="status"]')!;
    expect(status.textContent).to.contain('We could not load the explanations of medical terms');
    await expect(el).to.be.accessible();

    await setLocale('es');
    await el.updateComplete;
    expect(root(el).querySelector('[part="actions"] [role="status"]')!.textContent).to.contain(
      'No pudimos cargar las explicaciones de los términos médicos',
    );
    await setLocale('en');

    button(el, 'Try again').click();
    await el.updateComplete;
    expect(termButtons(el).map((b) => b.textContent.trim().split(' ')[0])).to.deep.equal(['SOB', 'HTN']);
    expect(root(el).querySelector('[part="actions"] [role="status"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps an HTML note’s text back until DOMPurify has loaded, explains a failure, and recovers (in Spanish)', async () => {
    await setLocale('es');
    const el = fixtureSync<PortalNote>(html`<portal-note .adapter=${recordingAdapter([htmlNote])} note-id="html"></portal-note>`);
    await waitUntil(() => purify.requests === 1, 'DOMPurify was not requested for an HTML note');
    await waitUntil(() => body(el)?.querySelector('[role="status"]'), 'the text loading state did not show');
    expect(body(el).querySelector('[role="status"]')!.textContent).to.contain('Cargando el texto de la nota…');
    expect(body(el).getAttribute('aria-busy')).to.equal('true');
    expect(body(el).textContent).not.to.contain('Check');
    await expect(el).to.be.accessible();

    purify.fail();
    await waitUntil(() => body(el).querySelector('[role="alert"]'), 'the failure was not shown');
    expect(body(el).querySelector('[role="alert"]')!.textContent).to.contain('No pudimos mostrar el texto de esta nota');
    // Nothing of the unsanitised note reaches the page.
    expect(body(el).textContent).not.to.contain('Check');
    expect(body(el).getAttribute('aria-busy')).to.equal('false');
    await expect(el).to.be.accessible();

    button(el, 'Intentar de nuevo').click();
    // updateComplete waits for DOMPurify: the text is there as soon as it resolves.
    await el.updateComplete;
    expect(body(el).textContent).to.contain('Walk 30 minutes.');
    expect(body(el).querySelector('h3')!.textContent).to.equal('Plan');
    expect(termButtons(el).map((b) => b.firstChild!.textContent)).to.deep.equal(['BP']);
    expect(body(el).getAttribute('aria-busy')).to.equal('false');
    expect(sanitizerReady()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the next note with its text at once, loading nothing again', async () => {
    const el = fixtureSync<PortalNote>(html`<portal-note .adapter=${recordingAdapter([htmlNote])} note-id="html"></portal-note>`);
    let textLoading = false;
    const observer = new MutationObserver(() => {
      textLoading ||= !!el.shadowRoot!.querySelector('.body .state-loading');
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await oneEvent(el, 'portal-note-opened');
    await el.updateComplete;
    observer.disconnect();
    expect(body(el).textContent).to.contain('Walk 30 minutes.');
    expect(textLoading, 'the text showed a loading state').to.equal(false);
  });
});
