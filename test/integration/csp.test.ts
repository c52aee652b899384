import { expect, waitUntil } from '@open-wc/testing';
import { deepQueryAll, loadFrame, removeFrames, typeInto, waitForElement, waitForText, type FixtureWindow } from './frame.js';

/**
 * The script-tag bundle under the strict policy of scripts/csp-policy.mjs
 * (`default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;
 * require-trusted-types-for 'script'; trusted-types lit-html portal-elements`).
 * Every widget must work with zero `securitypolicyviolation` events.
 */
function noViolations(win: FixtureWindow): void {
  expect(win.__violations, 'CSP violations').to.deep.equal([]);
  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
}

/** A 1×1 PNG, attached through the composer's file input as a patient would choose it. */
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function attachImage(win: FixtureWindow, composer: HTMLElement): Promise<void> {
  const input = await waitForElement<HTMLInputElement>(composer, 'input[type="file"]');
  const bytes = Uint8Array.from(atob(PNG_BASE64), (c) => c.charCodeAt(0));
  const frameWindow = win as unknown as typeof globalThis;
  const transfer = new frameWindow.DataTransfer();
  transfer.items.add(new frameWindow.File([bytes], 'rash.png', { type: 'image/png' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitForText(composer, 'rash.png', 'the attachment was not listed');
}

function widget(win: FixtureWindow, tag: string): HTMLElement {
  const el = win.document.querySelector<HTMLElement>(tag);
  if (!el) throw new Error(`${tag} is not on the page`);
  return el;
}

const TAGS = [
  'portal-provider', 'portal-notes', 'portal-note', 'portal-results', 'portal-result-preferences',
  'portal-message-composer', 'portal-messages', 'portal-appointment-request', 'portal-urgency-notice',
];

describe('locked-down page (strict CSP + Trusted Types)', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  it('is really served with the strict policy', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    expect(win.__violations).to.be.an('array');
    // require-trusted-types-for 'script': a string to a script sink throws.
    const s = win.document.createElement('script');
    expect(() => (s.textContent = 'window.__inlineRan = true')).to.throw(/TrustedScript/);
    // trusted-types: a policy name the page does not allow is refused.
    const tt = (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes;
    expect(() => tt.createPolicy('not-allowed', {})).to.throw();
    // style-src 'self': an inline style attribute is blocked and reported.
    const div = win.document.createElement('div');
    div.setAttribute('style', 'color: red');
    win.document.body.append(div);
    await waitUntil(() => (win.__violations ?? []).some((v) => v.directive === 'style-src-attr'), 'inline style was not reported');
    expect(win.getComputedStyle(div).color).not.to.equal('rgb(255, 0, 0)');
  });

  it('registers every element from the bundle', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.exist;
    noViolations(win);
  });

  it('shows the HTML care plan note (sanitised, through the portal-elements policy)', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const note = widget(win, 'portal-note');
    await waitForText(note, 'My medicines', 'the HTML note never rendered');
    await waitForText(note, 'Walk 30 minutes, 5 days a week.');
    expect(deepQueryAll(note, 'table'), 'the care plan table').to.have.length.greaterThan(0);
    noViolations(win);
  });

  it('opens the HTML note from the notes list', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const notes = widget(win, 'portal-notes');
    const open = await waitForElement<HTMLButtonElement>(notes, 'button[data-id="note-care-plan"]');
    open.click();
    await waitForText(notes, 'Check my blood sugar before breakfast', 'the note did not open in place');
    noViolations(win);
  });

  it('shows results', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    await waitForText(widget(win, 'portal-results'), /A1c|Hemoglobin/, 'results never rendered');
    noViolations(win);
  });

  it('shows result preferences', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    await waitForElement(widget(win, 'portal-result-preferences'), 'input, select');
    noViolations(win);
  });

  it('warns in the composer when an emergency is typed', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const composer = widget(win, 'portal-message-composer');
    const body = await waitForElement<HTMLTextAreaElement>(composer, 'textarea');
    typeInto(body, 'I have crushing chest pain since this morning');
    await waitForText(composer, '911', 'no emergency warning');
    noViolations(win);
  });

  it('shows the inbox', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    await waitForElement(widget(win, 'portal-messages'), 'button, a');
    noViolations(win);
  });

  it('opens a conversation in the inbox, with its reply form', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const messages = widget(win, 'portal-messages');
    const open = await waitForElement<HTMLButtonElement>(messages, 'button.thread-open');
    open.click();
    await waitForElement(messages, 'button.back');
    await waitForElement(messages, 'textarea');
    noViolations(win);
  });

  it('opens the details of every result (range bars, trend charts, explanations)', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const results = widget(win, 'portal-results');
    await waitForElement(results, 'button.toggle');
    for (const toggle of deepQueryAll<HTMLButtonElement>(results, 'button.toggle')) toggle.click();
    for (const details of deepQueryAll<HTMLDetailsElement>(results, 'details')) details.open = true;
    await waitForElement(results, 'svg.trend-chart');
    noViolations(win);
  });

  it('shows the appointment request form, and its emergency advice', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    const request = widget(win, 'portal-appointment-request');
    const reason = await waitForElement<HTMLTextAreaElement>(request, 'textarea');
    typeInto(reason, 'crushing chest pain');
    await waitForText(request, '911', 'no emergency advice in the appointment form');
    noViolations(win);
  });

  it('shows a standalone urgency notice', async () => {
    const win = await loadFrame('/test/fixtures/csp/locked-down.html');
    await waitForText(widget(win, 'portal-urgency-notice'), '911', 'the notice never rendered');
    noViolations(win);
  });
});

describe('locked-down page that allows blob: objects (PDF notes)', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  it('shows the PDF after-visit summary inline with object-src blob:', async () => {
    const win = await loadFrame('/test/fixtures/csp/attachments.html');
    const note = widget(win, 'portal-note');
    await waitUntil(
      () => deepQueryAll(note, 'object').length > 0 || (win.__violations ?? []).length > 0 || win.__errors.length > 0,
      'the PDF note never rendered',
      { timeout: 6000 },
    );
    // `<object data>` is a Trusted Types sink (TrustedScriptURL): a plain string is refused.
    noViolations(win);
    const object = deepQueryAll<HTMLObjectElement>(note, 'object')[0];
    expect(object.data).to.match(/^blob:/);
    const download = await waitForElement<HTMLAnchorElement>(note, 'a[download]');
    expect(download.href).to.match(/^blob:/);
  });
});

describe('previews of attached images', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  it('show with img-src blob:', async () => {
    const win = await loadFrame('/test/fixtures/csp/attachments-composer.html');
    const composer = widget(win, 'portal-message-composer');
    await attachImage(win, composer);
    const preview = await waitForElement<HTMLImageElement>(composer, 'img[src^="blob:"]');
    await waitUntil(() => preview.complete && preview.naturalWidth === 1, 'the preview did not load');
    noViolations(win);
  });

  it('are the only thing blocked without it (the file stays attached)', async () => {
    const win = await loadFrame('/test/fixtures/csp/composer-strict.html');
    const composer = widget(win, 'portal-message-composer');
    await attachImage(win, composer);
    await waitUntil(() => (win.__violations ?? []).some((v) => v.directive === 'img-src'), 'the preview was not blocked');
    for (const v of win.__violations!) expect(v.directive).to.equal('img-src');
    await waitForElement(composer, 'button[type="button"]');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('locked-down page without object-src blob: (PDF notes)', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  it('blocks only the inline PDF, and still offers the links to open and download it', async () => {
    const win = await loadFrame('/test/fixtures/csp/pdf-strict.html');
    const note = widget(win, 'portal-note');
    await waitUntil(() => deepQueryAll(note, 'a[download]').length > 0 || win.__errors.length > 0, 'the PDF note never rendered', {
      timeout: 6000,
    });
    // A render that throws (e.g. a plain string given to the `<object data>` Trusted Types sink) shows here.
    expect(win.__errors).to.deep.equal([]);
    const download = deepQueryAll<HTMLAnchorElement>(note, 'a[download]')[0];
    expect(download.href).to.match(/^blob:/);
    await waitUntil(() => (win.__violations ?? []).length > 0, 'the inline PDF was not blocked');
    expect(win.__violations!.map((v) => v.directive)).to.deep.equal(['object-src']);
    expect(win.__errors).to.deep.equal([]);
  });
});
