import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PortalError } from '../../src/adapters/errors.js';
import type { Note, NoteContent } from '../../src/adapters/types.js';
import type { ComposeRequestDetail } from '../../src/components/shared/events.js';
import '../../src/components/notes/notes.js';
import { EXPLAIN_TERMS_STORAGE_KEY, type PortalNote } from '../../src/components/notes/notes.js';
import { setLocale } from '../../src/i18n/localization.js';
import { makeNote, noteSettled, pendingAdapter, recordingAdapter, root, textOf } from './notes-helpers.js';

async function reader(note: Note | string, adapter = recordingAdapter(typeof note === 'string' ? undefined : [note])): Promise<PortalNote> {
  const id = typeof note === 'string' ? note : note.id;
  const el = await fixture<PortalNote>(html`<portal-note .adapter=${adapter} note-id=${id}></portal-note>`);
  await noteSettled(el);
  return el;
}

function withContent(...content: NoteContent[]): Note {
  return makeNote({ id: 'n1', title: 'Clinic visit', content });
}

function body(el: PortalNote): HTMLElement {
  return root(el).querySelector<HTMLElement>('.body')!;
}

function terms(el: PortalNote): HTMLButtonElement[] {
  return Array.from(root(el).querySelectorAll<HTMLButtonElement>('button.term'));
}

describe('<portal-note>', () => {
  beforeEach(() => localStorage.removeItem(EXPLAIN_TERMS_STORAGE_KEY));
  afterEach(async () => {
    localStorage.removeItem(EXPLAIN_TERMS_STORAGE_KEY);
    await setLocale('en');
  });

  it('shows author, role, date, signature and visit in the header', async () => {
    const el = await reader('note-dm-visit');
    const header = root(el).querySelector('[part="header"]')!;
    expect(header.querySelector('h2')!.textContent).to.contain('Diabetes and blood pressure follow-up');
    expect(header.textContent).to.contain('Dr. Ana Rivera, MD, Family medicine physician');
    expect(header.querySelectorAll('time').length).to.be.greaterThan(0);
    expect(header.textContent).to.contain('Office visit');
    await expect(el).to.be.accessible();
  });

  it('emits portal-note-opened with the id when the note has loaded', async () => {
    const adapter = recordingAdapter();
    const el = document.createElement('portal-note');
    el.adapter = adapter;
    el.noteId = 'note-ed';
    const opened = oneEvent(el, 'portal-note-opened');
    document.body.append(el);
    try {
      expect((await opened).detail).to.deep.equal({ id: 'note-ed' });
      await waitUntil(() => adapter.auditLog.some((e) => e.type === 'note-opened' && e.reference?.id === 'note-ed'));
    } finally {
      el.remove();
    }
  });

  it('renders sanitised HTML with safe, marked external links', async () => {
    const el = await reader('note-care-plan');
    const link = body(el).querySelector<HTMLAnchorElement>('a[href]')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.querySelector('.external-marker')).to.exist;
    expect(link.textContent).to.contain('(opens in a new tab)');
    expect(body(el).querySelector('table')).to.exist;
    // The note's own headings sit below the note title.
    for (const h of body(el).querySelectorAll('h1, h2')) expect.fail(`heading ${h.localName} above the note title level`);
    await expect(el).to.be.accessible();
  });

  it('keeps paragraphs and detects section headings in plain text', async () => {
    const el = await reader(
      withContent({
        contentType: 'text/plain',
        text: 'CHIEF COMPLAINT:\nCough for 3 days.\n\nHistory of Present Illness\nDry cough.\nNo fever.\n\nAssessment and Plan: Viral cough. Rest and fluids.',
      }),
    );
    const headings = Array.from(body(el).querySelectorAll('h3')).map((h) => h.textContent.trim());
    expect(headings).to.deep.equal(['CHIEF COMPLAINT', 'History of Present Illness', 'Assessment and Plan']);
    const paragraphs = Array.from(body(el).querySelectorAll('p.para')).map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['Cough for 3 days.', 'Dry cough.\nNo fever.', 'Viral cough. Rest and fluids.']);
    await expect(el).to.be.accessible();
  });

  it('converts an RTF note to readable text', async () => {
    const el = await reader('note-podiatry');
    const text = body(el).textContent;
    expect(text).to.contain('Diabetic Foot Exam');
    expect(text).not.to.match(/\\(rtf|par|fonttbl|b0)\b/);
    expect(textOf(el)).to.contain('shown here as plain text');
    await expect(el).to.be.accessible();
  });

  it('shows a PDF in an <object> with open and download links', async () => {
    const el = await reader('note-avs');
    const object = body(el).querySelector('object')!;
    expect(object.type).to.equal('application/pdf');
    expect(object.getAttribute('data')).to.match(/^blob:/);
    const links = Array.from(body(el).querySelectorAll('a'));
    expect(links).to.have.length(2);
    expect(links[0].textContent).to.contain('Open the PDF');
    expect(links[0].textContent).to.contain('(opens in a new tab)');
    expect(links[0].target).to.equal('_blank');
    expect(links[1].textContent).to.contain('Download');
    expect(links[1].hasAttribute('download')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers a PDF copy as a download when the note also has text', async () => {
    const el = await reader(
      withContent({ contentType: 'text/plain', text: 'Visit summary.' }, { contentType: 'application/pdf', url: 'https://files.example.org/n1.pdf', title: 'n1.pdf' }),
    );
    expect(body(el).querySelector('object')).to.equal(null);
    expect(textOf(el)).to.contain('A PDF copy of this note is also available');
    await expect(el).to.be.accessible();
  });

  it('shows amendment history and opens an earlier version', async () => {
    const el = await reader('note-annual');
    expect(root(el).querySelector('.badge')!.textContent).to.equal('Amended');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('changed after it was first signed');
    const history = root(el).querySelector('[part="history"]')!;
    expect(history.querySelector('h3')!.textContent).to.contain('Earlier versions');
    await expect(el).to.be.accessible();
    history.querySelector('button')!.click();
    await waitUntil(() => root(el).textContent.includes('earlier version of this note'), 'the earlier version never opened');
    await noteSettled(el);
    await expect(el).to.be.accessible();
    const back = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent.includes('current version'))!;
    back.click();
    await waitUntil(() => root(el).querySelector('[part="history"]'), 'the current version never came back');
  });

  it('explains a preliminary note', async () => {
    const el = await reader('note-eye-exam');
    expect(root(el).querySelector('[part="status"]')!.textContent).to.contain('not final yet');
    await expect(el).to.be.accessible();
  });

  it('explains abbreviations with a disclosure button that Escape closes', async () => {
    const el = await reader(withContent({ contentType: 'text/plain', text: 'Pt has SOB and HTN. SOB is better.' }));
    const [sob, htn] = terms(el);
    expect(terms(el)).to.have.length(2);
    expect(sob.textContent).to.contain('SOB');
    expect(sob.getAttribute('aria-expanded')).to.equal('false');
    const def = root(el).getElementById(sob.getAttribute('aria-controls')!)!;
    expect(def.getAttribute('role')).to.equal('status');
    expect(def.textContent).to.equal('');

    sob.focus();
    await sendKeys({ press: 'Enter' });
    expect(sob.getAttribute('aria-expanded')).to.equal('true');
    expect(def.textContent).to.equal('SOB: shortness of breath. Trouble getting enough air when you breathe.');
    await expect(el).to.be.accessible();

    htn.focus();
    await sendKeys({ press: 'Space' });
    expect(htn.getAttribute('aria-expanded')).to.equal('true');
    expect(sob.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Escape' });
    expect(htn.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).getElementById(htn.getAttribute('aria-controls')!)!.textContent).to.equal('');
    expect(root(el).activeElement).to.equal(htn);
  });

  it('lets the patient switch term explanations off, and remembers it', async () => {
    const note = withContent({ contentType: 'text/plain', text: 'Take metformin BID.' });
    const el = await reader(note);
    expect(terms(el)).to.have.length(1);
    const toggle = root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(toggle.checked).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(terms(el)).to.have.length(0);
    expect(body(el).textContent).to.contain('Take metformin BID.');
    await expect(el).to.be.accessible();
    const again = await reader(note);
    expect(terms(again)).to.have.length(0);
    expect(root(again).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
  });

  it('explains abbreviations inside sanitised HTML, but never inside links', async () => {
    const el = await reader(
      withContent({ contentType: 'text/html', text: '<h1>Plan</h1><p>Start ASA daily. Check BP.</p><p><a href="https://example.org/bp">BP guide</a></p>' }),
    );
    const labels = terms(el).map((b) => b.firstChild!.textContent);
    expect(labels).to.deep.equal(['ASA', 'BP']);
    expect(body(el).querySelector('a button')).to.equal(null);
    expect(body(el).querySelector('h3')!.textContent).to.equal('Plan');
    await expect(el).to.be.accessible();
  });

  it('asks about the note with portal-compose-request', async () => {
    const el = await reader('note-dm-visit');
    const ask = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent.includes('Ask about this note'))!;
    const handler = (e: Event) => e.preventDefault();
    el.addEventListener('portal-compose-request', handler);
    const request = oneEvent(el, 'portal-compose-request');
    ask.click();
    const { detail } = (await request) as CustomEvent<ComposeRequestDetail>;
    expect(detail.topic).to.equal('medical-question');
    expect(detail.subject).to.contain('Diabetes and blood pressure follow-up');
    expect(detail.reference).to.deep.equal({ type: 'note', id: 'note-dm-visit', display: 'Diabetes and blood pressure follow-up' });
    await el.updateComplete;
    expect(textOf(el)).not.to.contain('send a message to your care team from the messages page');
    el.removeEventListener('portal-compose-request', handler);
  });

  it('tells the patient how to ask when nothing on the page handles the request', async () => {
    const el = await reader('note-dm-visit');
    Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent.includes('Ask about this note'))!.click();
    await el.updateComplete;
    expect(textOf(el)).to.contain('send a message to your care team from the messages page');
    await expect(el).to.be.accessible();
  });

  it('can hide the ask button', async () => {
    const adapter = recordingAdapter();
    const el = await fixture<PortalNote>(html`<portal-note .adapter=${adapter} note-id="note-ed" no-ask></portal-note>`);
    await noteSettled(el);
    expect(textOf(el)).not.to.contain('Ask about this note');
  });

  it('shows a loading state', async () => {
    const el = await fixture<PortalNote>(html`<portal-note .adapter=${pendingAdapter()} note-id="x"></portal-note>`);
    expect(textOf(el)).to.contain('Loading the note');
    await expect(el).to.be.accessible();
  });

  it('explains a note that cannot be found, and reports portal-error', async () => {
    const el = document.createElement('portal-note');
    el.adapter = recordingAdapter();
    el.noteId = 'no-such-note';
    const error = oneEvent(el, 'portal-error');
    document.body.append(el);
    try {
      expect((await error).detail).to.include({ kind: 'not-found', operation: 'getNote' });
      await noteSettled(el);
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not find');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('offers retry for a network error', async () => {
    const adapter = recordingAdapter();
    adapter.getNote = () => Promise.reject(new PortalError('network'));
    const el = await reader('note-ed', adapter);
    expect(root(el).querySelector('[role="alert"] button')!.textContent).to.contain('Try again');
  });

  describe('bad input', () => {
    it('shows a kind message for a part the adapter could not decode (invalid base64)', async () => {
      const el = await reader(
        withContent({ contentType: 'text/plain', problem: 'This part of the note could not be read because its file is damaged.' }, { contentType: 'text/plain', text: 'Rest of the note.' }),
      );
      expect(textOf(el)).to.contain('We could not show this part of the note');
      expect(textOf(el)).to.contain('its file is damaged');
      expect(textOf(el)).to.contain('Rest of the note.');
      await expect(el).to.be.accessible();
    });

    it('explains an unknown content type instead of showing nothing', async () => {
      const el = await reader(withContent({ contentType: 'application/x-dicom', url: 'https://files.example.org/scan.dcm' }));
      expect(textOf(el)).to.contain('in a format we cannot show here');
      expect(body(el).querySelector('a[download]')!.getAttribute('href')).to.equal('https://files.example.org/scan.dcm');
      await expect(el).to.be.accessible();
    });

    it('says so when a note has no content', async () => {
      for (const content of [[], [{ contentType: 'text/plain', text: '   \n ' }], [{ contentType: 'text/html', text: '' }]] as NoteContent[][]) {
        const el = await reader(withContent(...content));
        expect(textOf(el)).to.contain('This note has no text to show');
        await expect(el).to.be.accessible();
      }
    });

    it('refuses unsafe or damaged file links', async () => {
      const el = await reader(
        withContent(
          { contentType: 'application/pdf', url: 'javascript:window.__pwned()' },
          { contentType: 'application/pdf', url: 'data:text/html;base64,PHNjcmlwdD48L3NjcmlwdD4=' },
          { contentType: 'application/pdf', url: 'data:application/pdf;base64,%%%not-base64' },
        ),
      );
      expect(body(el).querySelector('object, a[href^="javascript"], a[href^="data"]')).to.equal(null);
      expect(textOf(el)).to.contain('cannot open safely');
      expect(textOf(el)).to.contain('damaged');
      await expect(el).to.be.accessible();
    });

    it('shows missing date and author plainly', async () => {
      const el = await reader(makeNote({ id: 'n1', title: '', date: undefined, author: undefined }));
      expect(root(el).querySelector('h2')!.textContent).to.contain('Untitled note');
      expect(root(el).querySelectorAll('.facts dd')[0].textContent).to.contain('Not recorded');
      expect(root(el).querySelectorAll('.facts dd')[1].textContent).to.contain('Not recorded');
      await expect(el).to.be.accessible();
    });

    it('keeps accents, emoji and CJK text intact', async () => {
      const text = 'Señora Peña está mejor 😊. 患者は元気です。 Ürün naïve café.';
      const el = await reader(withContent({ contentType: 'text/plain', text }));
      expect(body(el).textContent).to.contain(text);
      await expect(el).to.be.accessible();
    });

    it('renders a 1 MB note progressively, all of it in the end', async function () {
      this.timeout(60000);
      const line = 'Pt reports SOB on exertion, no CP. BP stable on current meds; continue plan and f/u in clinic.\n';
      let text = '';
      for (let i = 0; text.length < 1_000_000; i++) text += (i % 40 === 0 ? `\nSection ${i}:\n` : '') + line;
      text += 'THE LAST LINE OF THE NOTE';
      // Count the separate batches in which text reaches the page: more than one means
      // the note rendered progressively, however fast this machine is.
      const el = fixtureSync<PortalNote>(
        html`<portal-note .adapter=${recordingAdapter([withContent({ contentType: 'text/plain', text })])} note-id="n1"></portal-note>`,
      );
      let batches = 0;
      const observer = new MutationObserver((records) => {
        if (records.some((r) => r.addedNodes.length > 0 && r.target instanceof Element && r.target.closest('.body'))) batches++;
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => body(el)?.textContent.includes('THE LAST LINE OF THE NOTE'), 'the end of the note never rendered', { timeout: 50000 });
      await el.updateComplete;
      observer.disconnect();
      expect(batches).to.be.greaterThan(1);
      expect(body(el).getAttribute('aria-busy')).to.equal('false');
      expect(body(el).querySelectorAll('.chunk').length).to.be.greaterThan(1);
    });
  });

  it('inserts a long HTML note progressively, all of it in the end', async function () {
    this.timeout(60000);
    const section = (i: number) => `<h2>Section ${i}</h2><p>Pt reports SOB on exertion. BP stable; continue current plan and f/u in clinic as discussed today.</p>`;
    const htmlText = Array.from({ length: 2000 }, (_, i) => section(i)).join('') + '<p>THE LAST PARAGRAPH</p>';
    // Count the separate batches in which note content reaches the page: more than one
    // means the note was inserted progressively, however fast this machine is.
    const el = fixtureSync<PortalNote>(
      html`<portal-note .adapter=${recordingAdapter([withContent({ contentType: 'text/html', text: htmlText })])} note-id="n1"></portal-note>`,
    );
    let batches = 0;
    const observer = new MutationObserver((records) => {
      if (records.some((r) => r.addedNodes.length > 0 && r.target instanceof Element && r.target.closest('.body'))) batches++;
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => body(el)?.textContent.includes('THE LAST PARAGRAPH'), 'the end of the note never rendered', { timeout: 50000 });
    await el.updateComplete;
    observer.disconnect();
    expect(batches).to.be.greaterThan(1);
    expect(body(el).getAttribute('aria-busy')).to.equal('false');
    expect(body(el).querySelectorAll('.html-body h3')).to.have.length(2000);
  });

  it('renders in Spanish, with Spanish explanations of abbreviations', async () => {
    await setLocale('es');
    const el = await reader(withContent({ contentType: 'text/plain', text: 'Paciente con SOB.' }));
    expect(textOf(el)).to.contain('Escrita por');
    expect(textOf(el)).to.contain('Explicar términos médicos');
    expect(textOf(el)).to.contain('Preguntar sobre esta nota');
    terms(el)[0].click();
    expect(textOf(el)).to.contain('falta de aire');
    await expect(el).to.be.accessible();
  });

  it('updates highlights when the highlight attribute changes', async () => {
    const el = await reader(withContent({ contentType: 'text/plain', text: 'Blood pressure is fine. Pressure again.' }));
    expect(body(el).querySelector('mark')).to.equal(null);
    el.highlight = 'pressure';
    await el.updateComplete;
    expect(Array.from(body(el).querySelectorAll('mark')).map((m) => m.textContent)).to.deep.equal(['pressure', 'Pressure']);
    await aTimeout(0);
  });
});
