import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { Note } from '../../src/adapters/types.js';
import '../../src/components/notes/notes.js';
import type { PortalNote } from '../../src/components/notes/notes.js';
import {
  loadSanitizer,
  sanitizeHtml,
  sanitizeToFragment,
  sanitizeToTrustedHTML,
  TRUSTED_TYPES_POLICY_NAME,
} from '../../src/components/shared/sanitize.js';
import { HOSTILE_HTML } from '../fixtures/hostile-html.js';
import { makeNote, noteSettled, recordingAdapter, root } from './notes-helpers.js';

type PwnedWindow = Window & { __pwned?: () => void };

const FORBIDDEN_ELEMENTS = 'script, iframe, frame, object, embed, form, input, textarea, select, style, link, meta, base, svg, math, template, noscript, video, audio, marquee';
const UNSAFE_URL = /^\s*(javascript|data|vbscript)\s*:/i;

/** Everything a note body contains that could run script, or look like it. */
function unsafeBits(container: Element | DocumentFragment): string[] {
  const found: string[] = [];
  for (const e of Array.from(container.querySelectorAll(FORBIDDEN_ELEMENTS))) found.push(`<${e.localName}>`);
  for (const e of Array.from(container.querySelectorAll('*'))) {
    for (const attr of Array.from(e.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${e.localName}[${attr.name}]`);
      if (attr.name === 'style' || attr.name === 'srcdoc' || attr.name === 'srcset') found.push(`${e.localName}[${attr.name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'data', 'poster'].includes(attr.name) && UNSAFE_URL.test(attr.value)) {
        found.push(`${e.localName}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

/** Clicks, focuses, hovers and toggles everything, the way a curious patient might. */
function poke(container: Element): void {
  const stopNavigation = (e: Event) => {
    if ((e.target as Element).closest?.('a')) e.preventDefault();
  };
  container.addEventListener('click', stopNavigation, true);
  for (const e of Array.from(container.querySelectorAll<HTMLElement>('*'))) {
    e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    e.focus?.();
    e.click?.();
    if (e instanceof HTMLDetailsElement) e.open = !e.open;
  }
  container.removeEventListener('click', stopNavigation, true);
}

describe('notes security: hostile HTML', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    (window as PwnedWindow).__pwned = () => {
      calls += 1;
    };
  });
  afterEach(() => {
    delete (window as PwnedWindow).__pwned;
  });

  it(`has at least 30 payloads`, () => {
    expect(HOSTILE_HTML.length).to.be.at.least(30);
  });

  for (const payload of HOSTILE_HTML) {
    it(`neutralises: ${payload.name}`, async () => {
      const note: Note = makeNote({ id: 'h1', title: 'Visit note', content: [{ contentType: 'text/html', text: `<p>Before</p>${payload.html}<p>After</p>` }] });
      const el = await fixture<PortalNote>(html`<portal-note .adapter=${recordingAdapter([note])} note-id="h1"></portal-note>`);
      await noteSettled(el);
      const body = root(el).querySelector('.body')!;
      expect(unsafeBits(body)).to.deep.equal([]);
      // Text before the payload always survives (unclosed hostile tags may swallow what follows).
      expect(body.textContent).to.contain('Before');
      poke(body);
      await aTimeout(30);
      expect(calls, 'the spy was called').to.equal(0);
      expect(unsafeBits(await sanitizeHtml(payload.html))).to.deep.equal([]);
      const out = (await loadSanitizer()).toTrustedHTML(payload.html);
      const asString = typeof out === 'string' ? out : (out as { toString(): string }).toString();
      expect(asString).not.to.match(/<script|\son\w+\s*=|javascript:|<iframe|<object|<embed|<form|<style|<base|<meta/i);
    });
  }

  it('never calls the spy even after every payload has had time to fire', async () => {
    const all = HOSTILE_HTML.map((p) => p.html).join('\n');
    const el = await fixture<PortalNote>(
      html`<portal-note .adapter=${recordingAdapter([makeNote({ id: 'all', content: [{ contentType: 'text/html', text: all }] })])} note-id="all"></portal-note>`,
    );
    await noteSettled(el);
    poke(root(el).querySelector('.body')!);
    await aTimeout(200);
    expect(calls).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('does not treat HTML in plain-text or RTF notes as markup', async () => {
    const text = HOSTILE_HTML.slice(0, 5).map((p) => p.html).join('\n\n');
    const note = makeNote({ id: 't', content: [{ contentType: 'text/plain', text }, { contentType: 'text/rtf', text: `{\\rtf1 ${text.replace(/[{}\\]/g, '')}}` }] });
    const el = await fixture<PortalNote>(html`<portal-note .adapter=${recordingAdapter([note])} note-id="t"></portal-note>`);
    await noteSettled(el);
    const body = root(el).querySelector('.body')!;
    expect(body.querySelector('script, img, svg')).to.equal(null);
    expect(body.textContent).to.contain('<script>');
    await aTimeout(30);
    expect(calls).to.equal(0);
  });

  it('neutralises every payload through the synchronous functions too, once DOMPurify has loaded', async () => {
    await loadSanitizer();
    for (const payload of HOSTILE_HTML) {
      const frag = sanitizeToFragment(payload.html);
      expect(unsafeBits(frag), payload.name).to.deep.equal([]);
      const holder = document.createElement('div');
      holder.append(frag);
      document.body.append(holder);
      poke(holder);
      holder.remove();
      const out = sanitizeToTrustedHTML(payload.html);
      const asString = typeof out === 'string' ? out : (out as { toString(): string }).toString();
      expect(asString, payload.name).not.to.match(/<script|\son\w+\s*=|javascript:|<iframe|<object|<embed|<form|<style|<base|<meta/i);
    }
    await aTimeout(50);
    expect(calls).to.equal(0);
  });

  it('strips inline styles, classes and ids so content cannot restyle or spoof the widget', async () => {
    const frag = await sanitizeHtml('<p class="callout danger" id="note-title" style="position:fixed;inset:0" aria-hidden="true" data-x="1">Hi</p>');
    const p = frag.querySelector('p')!;
    expect(Array.from(p.attributes).map((a) => a.name)).to.deep.equal([]);
  });
});

interface FrameResult {
  ok: boolean;
  enforced?: boolean;
  text: string;
  terms: number;
  violations: string[];
  pwned: number;
  error?: string;
}

describe('notes security: Trusted Types', () => {
  it(`renders notes under require-trusted-types-for 'script' with only the "${TRUSTED_TYPES_POLICY_NAME}" and lit-html policies`, async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Trusted Types test';
    const result = new Promise<FrameResult>((resolve) => {
      window.addEventListener('message', function onMessage(e: MessageEvent) {
        if (e.source !== frame.contentWindow) return;
        window.removeEventListener('message', onMessage);
        resolve(e.data as FrameResult);
      });
    });
    frame.srcdoc = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY_NAME} lit-html">
</head><body>
<script type="module">
  const violations = [];
  let pwned = 0;
  window.__pwned = () => { pwned += 1; };
  document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));
  try {
    const { MemoryAdapter } = await import('/src/adapters/memory/index.ts');
    await import('/src/components/notes/notes.ts');
    const { HOSTILE_HTML } = await import('/test/fixtures/hostile-html.ts');
    const html = '<h1>Plan</h1><p>Check BP daily.</p>' + HOSTILE_HTML.map((p) => p.html).join('');
    const adapter = new MemoryAdapter({ notes: [{ id: 'tt', title: 'TT note', type: 'progress', status: 'final', history: [],
      content: [{ contentType: 'text/html', text: html }] }] }, { latencyMs: 0 });
    const el = document.createElement('portal-note');
    el.adapter = adapter;
    el.noteId = 'tt';
    document.body.append(el);
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('article, .state-error'); i++) await new Promise((r) => setTimeout(r, 10));
    // The note view, DOMPurify and the abbreviation list load on demand; updateComplete waits for them.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const body = el.shadowRoot.querySelector('.body');
    const seen = violations.slice();
    let enforced = false;
    try { document.createElement('div').innerHTML = '<b>x</b>'; } catch { enforced = true; }
    parent.postMessage({ ok: true, enforced, text: body ? body.textContent : el.shadowRoot.textContent,
      terms: el.shadowRoot.querySelectorAll('button.term').length, violations: seen, pwned }, '*');
  } catch (error) {
    parent.postMessage({ ok: false, error: String(error), violations, pwned, text: '', terms: 0 }, '*');
  }
</script></body></html>`;
    document.body.append(frame);
    try {
      const r = await result;
      expect(r.error).to.equal(undefined);
      expect(r.ok).to.equal(true);
      expect(r.enforced, 'the frame really enforces Trusted Types').to.equal(true);
      expect(r.violations).to.deep.equal([]);
      expect(r.pwned).to.equal(0);
      expect(r.text).to.contain('Check BP');
      expect(r.text).to.contain('daily.');
      expect(r.terms).to.be.greaterThan(0);
    } finally {
      frame.remove();
    }
  });
});
