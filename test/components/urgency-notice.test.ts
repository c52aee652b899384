import { emergencyNumberFor } from '../../src/components/urgency/regions.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { classifyUrgency } from '../../src/core/urgency/index.js';
import '../../src/components/urgency/urgency-notice.js';
import { REGION_NUMBERS, type PortalUrgencyNotice, type UrgencyAcknowledgedDetail } from '../../src/components/urgency/urgency-notice.js';
import { setLocale } from '../../src/i18n/localization.js';

const root = (el: PortalUrgencyNotice): ShadowRoot => el.shadowRoot!;
const text = (el: PortalUrgencyNotice): string => (root(el).querySelector('[part~=base]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const links = (el: PortalUrgencyNotice): string[] => [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
const announcer = (el: PortalUrgencyNotice): HTMLElement | null => root(el).querySelector('[part=announcer]');
const announced = async (el: PortalUrgencyNotice): Promise<void> => {
  await waitUntil(() => (announcer(el)?.textContent ?? '').trim().length > 0, 'live region never filled');
};

/** Counts announcements: each live-region node that ever receives text counts once. */
function countAnnouncements(el: PortalUrgencyNotice): { count: () => number; roles: string[]; stop: () => void } {
  const seen = new Set<Element>();
  const roles: string[] = [];
  const check = (): void => {
    for (const node of root(el).querySelectorAll('[part=announcer]')) {
      if (!seen.has(node) && (node.textContent ?? '').trim()) {
        seen.add(node);
        roles.push(node.getAttribute('role') ?? '');
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(root(el), { subtree: true, childList: true, characterData: true });
  return { count: () => (check(), seen.size), roles, stop: () => observer.disconnect() };
}

describe('<portal-urgency-notice>', () => {
  afterEach(async () => {
    await setLocale('en');
  });

  it('renders nothing for routine messages: no box, no empty live region', async () => {
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice level="routine"></portal-urgency-notice>`);
    expect(root(el).querySelector('[part~=base]')).to.equal(null);
    expect(root(el).querySelector('[role=alert], [role=status], [aria-live]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('tells the patient to call 911 now for an emergency, with a tel: link, and announces it as an alert', async () => {
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice level="emergency" categories="cardiac"></portal-urgency-notice>`);
    expect(text(el)).to.contain('This may be an emergency');
    expect(text(el)).to.contain('Call 911 or go to the nearest emergency department now. Do not wait for a reply.');
    expect(links(el)).to.include('tel:911');
    await announced(el);
    expect(announcer(el)!.getAttribute('role')).to.equal('alert');
    expect(announcer(el)!.textContent).to.contain('Call 911');
    await expect(el).to.be.accessible();
  });

  it('offers the 988 crisis line, kindly, for self-harm', async () => {
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice></portal-urgency-notice>`);
    el.result = classifyUrgency('I have been thinking about ending my life');
    await el.updateComplete;
    expect(el.level).to.equal('emergency');
    expect(el.categories).to.include('self-harm');
    expect(text(el)).to.contain('Help is available right now');
    expect(text(el)).to.contain('Call or text 988 (Suicide & Crisis Lifeline). You can talk to someone now, any time.');
    expect(text(el)).to.contain('Call 911 or go to the nearest emergency department now.');
    expect(links(el)).to.include.members(['tel:988', 'sms:988', 'tel:911']);
    await expect(el).to.be.accessible();
  });

  it('adds the crisis line for thoughts of harming others and Poison Control for an overdose', async () => {
    const el = await fixture<PortalUrgencyNotice>(
      html`<portal-urgency-notice level="emergency" .categories=${['harm-others', 'overdose']}></portal-urgency-notice>`,
    );
    expect(text(el)).to.contain('If you feel you might hurt someone, call 988');
    expect(text(el)).to.contain('Poison Control at 1-800-222-1222');
    expect(links(el)).to.include('tel:18002221222');
    await expect(el).to.be.accessible();
  });

  it('asks to call the clinic today for urgent messages, with the clinic number as a link, announced politely', async () => {
    const el = await fixture<PortalUrgencyNotice>(
      html`<portal-urgency-notice level="urgent" categories="fever" clinic-phone="(555) 010-2000"></portal-urgency-notice>`,
    );
    expect(text(el)).to.contain('This may need care today');
    expect(text(el)).to.contain('Call your clinic today at (555) 010-2000.');
    expect(text(el)).to.contain('If it gets worse, call 911.');
    expect(links(el)).to.deep.equal(['tel:5550102000']);
    await announced(el);
    expect(announcer(el)!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('reads the clinic phone and numbers from the adapter messaging policy', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    const policy = await adapter.getMessagingPolicy();
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice level="urgent" .adapter=${adapter}></portal-urgency-notice>`);
    await waitUntil(() => text(el).includes(policy.clinicPhone), 'policy phone not shown');
    expect(links(el)[0]).to.equal(`tel:${policy.clinicPhone.replace(/[^0-9]/g, '')}`);
  });

  it('uses UK numbers with region="uk": 999, NHS 111 and Samaritans 116 123', async () => {
    const emergency = await fixture<PortalUrgencyNotice>(
      html`<portal-urgency-notice region="uk" level="emergency" categories="self-harm"></portal-urgency-notice>`,
    );
    expect(text(emergency)).to.contain('Call 116 123 (Samaritans).');
    expect(text(emergency)).to.contain('Call 999 or go to the nearest emergency department now.');
    expect(text(emergency)).not.to.contain('911');
    expect(links(emergency)).to.include.members(['tel:116123', 'tel:999']);
    await expect(emergency).to.be.accessible();

    const urgent = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice region="uk" level="urgent"></portal-urgency-notice>`);
    expect(text(urgent)).to.contain('You can also call 111 for medical advice.');
    expect(links(urgent)).to.include('tel:111');
    expect(REGION_NUMBERS.uk.emergency).to.equal('999');
  });

  it('lets the numbers property override any preset', async () => {
    const el = await fixture<PortalUrgencyNotice>(
      html`<portal-urgency-notice region="es" level="emergency" .numbers=${{ emergency: '061' }}></portal-urgency-notice>`,
    );
    expect(text(el)).to.contain('Call 061 or go to the nearest emergency department now.');
  });

  it('speaks Spanish', async () => {
    await setLocale('es');
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice level="emergency" categories="self-harm"></portal-urgency-notice>`);
    expect(text(el)).to.contain('Llame al 911 o vaya a la sala de emergencias más cercana ahora. No espere una respuesta.');
    expect(text(el)).to.contain('Llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis).');
    expect(text(el)).to.contain('Para recibir ayuda en español, marque 2.');
    await expect(el).to.be.accessible();
  });

  it('announces once per escalation: never when the level stays the same or goes down', async () => {
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice></portal-urgency-notice>`);
    const counter = countAnnouncements(el);
    const step = async (level: PortalUrgencyNotice['level'], categories: string[]): Promise<void> => {
      el.level = level;
      el.categories = categories;
      await el.updateComplete;
      await aTimeout(200);
    };
    await step('urgent', ['fever']); // up: 1
    await step('urgent', ['fever', 'infection']); // same level: 0
    await step('emergency', ['cardiac']); // up: 2
    await step('emergency', ['cardiac', 'breathing']); // same level: 0
    await step('emergency', ['cardiac', 'breathing', 'self-harm']); // a crisis line appears: 3
    await step('urgent', ['fever']); // down: 0
    await step('routine', []); // down: 0
    await step('emergency', ['stroke']); // up again: 4
    counter.stop();
    expect(counter.count()).to.equal(4);
    expect(counter.roles).to.deep.equal(['status', 'alert', 'alert', 'alert']);
  });

  it('requires an explicit acknowledgement when the host asks, and records it through the adapter', async () => {
    const adapter = new MemoryAdapter(undefined, { latencyMs: 0 });
    const el = await fixture<PortalUrgencyNotice>(
      html`<portal-urgency-notice level="emergency" categories="cardiac" require-acknowledgement .adapter=${adapter}></portal-urgency-notice>`,
    );
    const box = root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(root(el).querySelector('label')!.textContent).to.contain('I am not having an emergency');
    expect(el.acknowledged).to.equal(false);
    await expect(el).to.be.accessible();

    const event = oneEvent(el, 'portal-urgency-acknowledged');
    box.click();
    const { detail } = (await event) as CustomEvent<UrgencyAcknowledgedDetail>;
    expect(detail).to.deep.equal({ level: 'emergency', categories: ['cardiac'], acknowledged: true });
    expect(el.acknowledged).to.equal(true);
    await waitUntil(() => adapter.auditLog.length > 0, 'no audit record');
    const record = adapter.auditLog[0];
    expect(record.type).to.equal('urgency-acknowledged');
    expect(record.detail).to.include({ level: 'emergency', categories: 'cardiac' });
    expect(Number.isNaN(Date.parse(record.at))).to.equal(false);

    // A new escalation asks again.
    el.level = 'urgent';
    await el.updateComplete;
    el.level = 'emergency';
    await el.updateComplete;
    expect(el.acknowledged).to.equal(false);
  });

  it('only warns (no checkbox) when acknowledgement is not required', async () => {
    const el = await fixture<PortalUrgencyNotice>(html`<portal-urgency-notice level="emergency"></portal-urgency-notice>`);
    expect(root(el).querySelector('input')).to.equal(null);
  });
});

describe('emergencyNumberFor (the number a widget prints when the notice cannot show)', () => {
  it('takes the page numbers, then the region preset, then the clinic policy, then 911', () => {
    expect(emergencyNumberFor({ numbers: { emergency: '000' }, region: 'uk' }, { emergency: '112' })).to.equal('000');
    expect(emergencyNumberFor({ region: 'uk' }, { emergency: '112' })).to.equal('999');
    expect(emergencyNumberFor({ region: 'mars' }, { emergency: '112' })).to.equal('112');
    expect(emergencyNumberFor({})).to.equal('911');
  });
});
