import { expect, waitUntil } from '@open-wc/testing';
import type * as Library from '../../src/index.js';
import { deepText, loadFrame, removeFrames, waitForText, type FixtureWindow } from './frame.js';

interface TwoCopiesWindow extends FixtureWindow {
  PortalElements: typeof Library;
  __second?: typeof Library;
  __ready?: boolean;
}

const section = (win: Window, id: string) => win.document.getElementById(id)!;

describe('two copies of the library on one page (two vendors)', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  async function load(page = '/test/fixtures/integration/two-copies.html'): Promise<TwoCopiesWindow> {
    const win = (await loadFrame(page)) as TwoCopiesWindow;
    await waitUntil(() => win.__ready === true || win.__errors.length > 0, 'the second copy never loaded', { timeout: 10000 });
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    return win;
  }

  it('registers each element once, from the first copy, without throwing', async () => {
    const win = await load();
    const first = win.PortalElements;
    const second = win.__second!;
    expect(second.PortalNote).not.to.equal(first.PortalNote);
    expect(win.customElements.get('portal-note')).to.equal(first.PortalNote);
    expect(win.customElements.get('portal-provider')).to.equal(first.PortalProvider);
    // The second copy's defineElement is a no-op for taken tags, and does not throw.
    expect(() => second.defineElement('portal-note', second.PortalNote)).not.to.throw();
    expect(win.customElements.get('portal-note')).to.equal(first.PortalNote);
  });

  it('feeds each provider\u2019s subtree from its own adapter', async () => {
    const win = await load();
    await waitForText(section(win, 'vendor-a'), 'Vendor A: My diabetes care plan');
    await waitForText(section(win, 'vendor-b'), 'Vendor B: My diabetes care plan');
    expect(deepText(section(win, 'vendor-a'))).not.to.include('Vendor B');
    expect(deepText(section(win, 'vendor-b'))).not.to.include('Vendor A');
    await waitForText(section(win, 'vendor-a'), /A1c|Hemoglobin/);
    await waitForText(section(win, 'vendor-b'), /A1c|Hemoglobin/);
    expect(win.__errors).to.deep.equal([]);
  });

  it('explains an error thrown by the other copy\u2019s adapter as it explains its own', async () => {
    const win = await load();
    const a = section(win, 'missing-a');
    const b = section(win, 'missing-b');
    // The element class is vendor A's; vendor B's adapter throws vendor B's PortalError.
    await waitForText(a, 'We could not find this item');
    await waitForText(b, 'We could not find this item', 'a not-found from the other copy was not recognised');
    const text = (el: HTMLElement) => deepText(el).replace(/\s+/g, ' ').trim();
    expect(text(b)).to.equal(text(a));
  });
});

describe('two copies under Trusted Types', function () {
  this.timeout(20000);
  afterEach(removeFrames);

  it("work with 'allow-duplicates' (each copy of Lit creates its lit-html policy)", async () => {
    const win = (await loadFrame('/test/fixtures/csp/two-copies-allow-duplicates.html')) as TwoCopiesWindow;
    await waitUntil(() => win.__ready === true || win.__errors.length > 0, 'the second copy never loaded', { timeout: 10000 });
    await waitForText(section(win, 'vendor-a'), 'Vendor A: My diabetes care plan');
    await waitForText(section(win, 'vendor-b'), 'Vendor B: My diabetes care plan');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it("without 'allow-duplicates' the second copy cannot start (so the docs ask for it)", async () => {
    const win = (await loadFrame('/test/fixtures/csp/two-copies-no-duplicates.html')) as TwoCopiesWindow;
    await waitUntil(() => win.__errors.length > 0, 'the second copy started anyway', { timeout: 10000 });
    expect(win.__violations!.map((v) => v.directive)).to.include('trusted-types');
    // The first copy is unaffected: its elements are registered and usable.
    expect(win.customElements.get('portal-note')).to.equal(win.PortalElements.PortalNote);
  });
});
