import { expect } from '@open-wc/testing';
import { deepText, loadFrame, removeFrames, waitForElement, waitForText, type FixtureWindow } from './frame.js';

/**
 * The copy-paste page of docs/script-tag.md, served by the test server exactly as
 * written there except for the script address (the built bundle) and the FHIR base
 * URL (the embedded FHIR server at /fhir). See scripts/wtr-integration-plugins.mjs.
 */
const PAGE = '/__integration/script-tag-page.html';

interface Authorization {
  method: string;
  url: string;
  authorization: string | null;
}

async function fhirAuthorizations(): Promise<Authorization[]> {
  const response = await fetch('/__integration/fhir-authorizations');
  return (await response.json()) as Authorization[];
}

function recordErrors(win: FixtureWindow): void {
  win.__errors = [];
  win.addEventListener('error', (e) => win.__errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => win.__errors.push(String(e.reason)));
}

describe('docs/script-tag.md copy-paste page against the embedded FHIR server', function () {
  // The embedded FHIR server is slow on a busy machine; nothing here measures time.
  this.timeout(90000);
  afterEach(removeFrames);

  it('shows every widget for the patient, with the token from getAccessToken on every FHIR request', async () => {
    await fhirAuthorizations();
    const win = await loadFrame(PAGE, { width: 1200, height: 1600 });
    recordErrors(win);
    const doc = win.document;
    const tags = ['portal-results', 'portal-result-preferences', 'portal-notes', 'portal-messages', 'portal-appointment-request'];
    for (const tag of tags) expect(doc.querySelector(tag), `${tag} on the docs page`).to.exist;
    expect((doc.getElementById('portal') as HTMLElement & { getAccessToken?: unknown }).getAccessToken).to.be.a('function');

    await waitForText(doc.querySelector('portal-results')!, /A1c|Hemoglobin/, 'results never came from the FHIR server', 30000);
    await waitForText(doc.querySelector('portal-notes')!, 'My diabetes care plan', 'notes never came from the FHIR server', 30000);
    await waitForElement(doc.querySelector('portal-result-preferences')!, 'input, select', 30000);
    await waitForElement(doc.querySelector('portal-messages')!, 'button', 30000);
    await waitForElement(doc.querySelector('portal-appointment-request')!, 'textarea, input', 30000);
    for (const tag of tags) {
      expect(deepText(doc.querySelector(tag)!), `${tag} shows an error`).not.to.match(/There is a problem|could not (load|connect)/i);
    }

    const requests = await fhirAuthorizations();
    expect(requests.length, 'FHIR requests').to.be.greaterThan(0);
    const withoutToken = requests.filter((r) => !/^Bearer test-token-\d+$/.test(r.authorization ?? ''));
    expect(withoutToken, 'FHIR requests without the bearer token').to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});
