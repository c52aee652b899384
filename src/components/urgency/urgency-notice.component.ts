import { msg, str } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { MessagingPolicy, PortalAdapter, RegionalNumbers } from '../../adapters/types.js';
import { compareUrgency } from '../../core/urgency/levels.js';
import type { UrgencyLevel, UrgencyResult } from '../../core/urgency/types.js';
import { getLocale } from '../../i18n/localization.js';
import { PortalElement } from '../shared/portal-element.js';
import type { PortalErrorDetail } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { dialable, isRegionCode, REGION_NUMBERS } from './regions.js';
import { styles } from './urgency-notice.styles.js';

/** Detail of `portal-urgency-acknowledged`. */
export interface UrgencyAcknowledgedDetail {
  level: UrgencyLevel;
  categories: string[];
  acknowledged: boolean;
}

/** Where the notice is shown; it changes the "do not wait" sentence. */
export type UrgencyNoticeContext = 'message' | 'appointment' | 'general';

/** Categories whose guidance adds a crisis line, and whose first appearance is announced even at the same level. */
const CRISIS_CATEGORIES = new Set(['self-harm', 'harm-others']);
/** How long after an escalation the live region is filled (it must exist, empty, before its text changes). */
const ANNOUNCE_DELAY_MS = 120;

const categoriesConverter = {
  fromAttribute: (value: string | null): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean),
  toAttribute: (value: string[]): string => value.join(' '),
};

interface Line {
  text: string;
  lead?: boolean;
}
interface Action {
  label: string;
  href: string;
  primary?: boolean;
}

const icon = (level: 'emergency' | 'urgent'): TemplateResult => html`<svg
  class="icon"
  part="icon"
  viewBox="0 0 24 24"
  aria-hidden="true"
  focusable="false"
  fill="currentColor"
>
  ${level === 'emergency'
    ? svg`<path d="M12 1.5 23 21.5H1L12 1.5Zm0 4.2L4.4 19.5h15.2L12 5.7Zm-1.2 4.3h2.4v5h-2.4v-5Zm0 6.2h2.4v2.3h-2.4v-2.3Z"/>`
    : svg`<path d="M12 2a10 10 0 1 1 0 20 10 10 0 0 1 0-20Zm0 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1 3h2v6h-2V7Zm0 8h2v2h-2v-2Z"/>`}
</svg>`;

/**
 * @tagname portal-urgency-notice
 * @summary Tells the patient, while they type, that what they describe should not wait for a reply:
 * call the emergency number (and a crisis line for self-harm), or call the clinic today.
 *
 * Announced once per escalation through a live region (assertive for emergencies, polite for
 * urgent), never on every keystroke or when the level stays the same or drops. Place it before
 * the send button so screen-reader users meet it first. Renders nothing for `routine`.
 *
 * Numbers come from, in order: the `numbers` property, the provider's config, the `region`
 * preset (`us`, `uk`, `es`), the adapter's messaging policy, then US defaults (911 / 988).
 *
 * @fires portal-urgency-acknowledged - The patient ticked or unticked "I am not having an emergency". detail: { level, categories, acknowledged }
 * @fires portal-error - Recording the acknowledgement through the adapter failed. detail: { kind, message, operation }
 *
 * @csspart base - The notice box.
 * @csspart icon - The warning icon (decorative; the title carries the meaning).
 * @csspart heading - The title line.
 * @csspart body - Title, guidance and actions.
 * @csspart actions - The row of call and text links.
 * @csspart call - Each `tel:`/`sms:` link.
 * @csspart control - The acknowledgement checkbox.
 * @csspart label - The acknowledgement label.
 * @csspart announcer - The visually hidden live region.
 *
 * @cssprop --portal-urgency-emergency-color - Text colour of the emergency notice.
 * @cssprop --portal-urgency-emergency-background - Background of the emergency notice.
 * @cssprop --portal-urgency-emergency-accent - Border, icon and main button colour of the emergency notice.
 * @cssprop --portal-urgency-urgent-color - Text colour of the urgent notice.
 * @cssprop --portal-urgency-urgent-background - Background of the urgent notice.
 * @cssprop --portal-urgency-urgent-accent - Border, icon and main button colour of the urgent notice.
 * @cssprop --portal-urgency-border-width - Width of the leading border.
 */
export class PortalUrgencyNotice extends PortalElement {
  static override styles = [baseStyles, styles];

  /** How urgent: `emergency`, `urgent` or `routine` (renders nothing). */
  @property({ reflect: true }) level: UrgencyLevel = 'routine';

  /** What was found (`self-harm`, `cardiac`, `overdose`…). Attribute: space- or comma-separated. */
  @property({ converter: categoriesConverter }) categories: string[] = [];

  /** A `classifyUrgency` result; sets `level` and `categories`. */
  @property({ attribute: false }) result?: UrgencyResult;

  /** Overrides for the numbers shown (any field of `RegionalNumbers`). */
  @property({ attribute: false }) numbers?: Partial<RegionalNumbers>;

  /** Preset numbers for a region: `us` (911/988), `uk` (999/111/Samaritans), `es` (112/024). */
  @property() region?: string;

  /** The clinic's phone for urgent guidance (otherwise from the adapter's messaging policy). */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

  /** Where the notice sits: `message` ("Do not wait for a reply."), `appointment`, or `general`. */
  @property() context: UrgencyNoticeContext = 'message';

  /** Emergency policy set by the host: when true, the patient must tick "I am not having an emergency". */
  @property({ type: Boolean, reflect: true, attribute: 'require-acknowledgement' }) requireAcknowledgement = false;

  @state() private ack = false;
  @state() private policy?: MessagingPolicy;
  @state() private announcement = '';
  @state() private announcedLevel: 'emergency' | 'urgent' = 'urgent';

  private announceKey = 0;
  private announcePending = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private previousLevel: UrgencyLevel = 'routine';
  private previousCrisis = false;
  private policyFor?: PortalAdapter;

  /** True once the patient ticked "I am not having an emergency" for the current emergency. */
  get acknowledged(): boolean {
    return this.ack;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result') && this.result) {
      this.level = this.result.level;
      this.categories = [...new Set(this.result.matches.map((m) => m.category))];
    }
    if (changed.has('level') || changed.has('categories') || changed.has('result')) this.trackEscalation();
    if (this.level !== 'routine') this.loadPolicy();
  }

  protected override updated(): void {
    if (!this.announcePending) return;
    this.announcePending = false;
    clearTimeout(this.announceTimer);
    // The live region was just (re)inserted empty; fill it a moment later so it is announced once.
    this.announceTimer = setTimeout(() => {
      this.announcement = this.summary();
    }, ANNOUNCE_DELAY_MS);
  }

  private trackEscalation(): void {
    const level = this.level;
    const crisis = level === 'emergency' && this.categories.some((c) => CRISIS_CATEGORIES.has(c));
    const rose = compareUrgency(level, this.previousLevel) > 0;
    const escalated = rose || (crisis && !this.previousCrisis);
    if (level !== 'emergency' || rose) this.ack = false;
    if (escalated && level !== 'routine') {
      this.announceKey++;
      this.announcement = '';
      this.announcedLevel = level;
      this.announcePending = true;
    }
    if (level === 'routine') {
      clearTimeout(this.announceTimer);
      this.announcePending = false;
      this.announcement = '';
    }
    this.previousLevel = level;
    this.previousCrisis = crisis;
  }

  private loadPolicy(): void {
    const adapter = this.resolvedAdapter;
    if (!adapter || this.policyFor === adapter) return;
    this.policyFor = adapter;
    adapter.getMessagingPolicy().then(
      (policy) => {
        if (this.resolvedAdapter === adapter) this.policy = policy;
      },
      () => {
        // No policy: the notice still works with the region preset or US defaults.
      },
    );
  }

  /** The numbers in force, after presets, policy, provider config and the `numbers` property. */
  get resolvedNumbers(): RegionalNumbers {
    const region = this.region ?? this.config.region;
    const base: Partial<RegionalNumbers> = isRegionCode(region) ? REGION_NUMBERS[region] : (this.policy?.numbers ?? REGION_NUMBERS.us);
    const merged: Partial<RegionalNumbers> = { ...base, ...(this.config.numbers ?? {}), ...(this.numbers ?? {}) };
    return {
      ...merged,
      emergency: merged.emergency || REGION_NUMBERS.us.emergency,
      crisis: merged.crisis || REGION_NUMBERS.us.crisis,
    };
  }

  private get phone(): string {
    return this.clinicPhone || this.policy?.clinicPhone || '';
  }

  private crisisName(n: RegionalNumbers): string {
    const name = n.crisisName?.trim() ?? '';
    if (!name) return '';
    if (name === REGION_NUMBERS.us.crisisName) return msg('Suicide & Crisis Lifeline', { id: 'urgency.crisis.name.us' });
    return name.startsWith(n.crisis) ? name.slice(n.crisis.length).trim() : name;
  }

  private noWait(): string {
    if (this.context === 'appointment') return ' ' + msg('Do not wait for an appointment.', { id: 'urgency.noWait.appointment' });
    if (this.context === 'message') return ' ' + msg('Do not wait for a reply.', { id: 'urgency.noWait.message' });
    return '';
  }

  private crisisLine(n: RegionalNumbers): string {
    const name = this.crisisName(n);
    const suffix = name ? ` (${name})` : '';
    if (n.crisisText && n.crisisText === n.crisis) return msg(str`Call or text ${n.crisis}${suffix}.`, { id: 'urgency.crisis.callOrText' });
    if (n.crisisText) return msg(str`Call ${n.crisis} or text ${n.crisisText}${suffix}.`, { id: 'urgency.crisis.callAndText' });
    return msg(str`Call ${n.crisis}${suffix}.`, { id: 'urgency.crisis.call' });
  }

  private content(): { title: string; lines: Line[]; actions: Action[] } {
    const n = this.resolvedNumbers;
    const has = (c: string): boolean => this.categories.includes(c);
    const call = (number: string, primary = false): Action => ({
      label: msg(str`Call ${number}`, { id: 'urgency.link.call' }), href: `tel:${dialable(number)}`, primary,
    });

    if (this.level === 'urgent') {
      const lines: Line[] = [
        {
          text: this.phone
            ? msg(str`Call your clinic today at ${this.phone}.`, { id: 'urgency.urgent.callClinicAt' })
            : msg('Call your clinic today.', { id: 'urgency.urgent.callClinic' }),
          lead: true,
        },
      ];
      if (this.context === 'message') lines.push({ text: msg('A message may not be read in time.', { id: 'urgency.urgent.why' }) });
      if (n.advice) lines.push({ text: msg(str`You can also call ${n.advice} for medical advice.`, { id: 'urgency.urgent.advice' }) });
      lines.push({ text: msg(str`If it gets worse, call ${n.emergency}.`, { id: 'urgency.urgent.worse' }) });
      const actions: Action[] = [];
      if (this.phone) {
        actions.push({ label: msg(str`Call the clinic: ${this.phone}`, { id: 'urgency.link.callClinic' }), href: `tel:${dialable(this.phone)}`, primary: true });
      }
      if (n.advice) actions.push(call(n.advice, !this.phone));
      return { title: msg('This may need care today', { id: 'urgency.urgent.title' }), lines, actions };
    }

    const lines: Line[] = [];
    const actions: Action[] = [];
    const emergencyLine = msg(str`Call ${n.emergency} or go to the nearest emergency department now.`, { id: 'urgency.emergency.action' }) + this.noWait();
    const selfHarm = has('self-harm');
    if (selfHarm) {
      lines.push({ text: `${this.crisisLine(n)} ${msg('You can talk to someone now, any time.', { id: 'urgency.crisis.support' })}`, lead: true });
      if (n.crisis === '988' && getLocale() === 'es') lines.push({ text: msg('For help in Spanish, press 2.', { id: 'urgency.crisis.spanish988' }) });
      lines.push({ text: emergencyLine });
      actions.push(call(n.crisis, true));
      if (n.crisisText) actions.push({ label: msg(str`Text ${n.crisisText}`, { id: 'urgency.link.text' }), href: `sms:${dialable(n.crisisText)}` });
      actions.push(call(n.emergency));
    } else {
      lines.push({ text: emergencyLine, lead: true });
      actions.push(call(n.emergency, true));
    }
    if (has('harm-others')) {
      lines.push({
        text: msg(str`If you feel you might hurt someone, call ${n.crisis} to talk with someone now. If anyone is in danger, call ${n.emergency}.`, { id: 'urgency.harmOthers' }),
      });
      if (!selfHarm) actions.push(call(n.crisis));
    }
    if (has('overdose') && n.poison) {
      lines.push({ text: msg(str`For a poisoning or an overdose, you can also call Poison Control at ${n.poison}.`, { id: 'urgency.poison' }) });
      actions.push({ label: msg(str`Poison Control: ${n.poison}`, { id: 'urgency.link.poison' }), href: `tel:${dialable(n.poison)}` });
    }
    const title = selfHarm
      ? msg('Help is available right now', { id: 'urgency.crisis.title' })
      : msg('This may be an emergency', { id: 'urgency.emergency.title' });
    return { title, lines, actions };
  }

  /** The text announced once per escalation: the title and the guidance. */
  private summary(): string {
    if (this.level === 'routine') return '';
    const { title, lines } = this.content();
    return [`${title}.`, ...lines.map((l) => l.text)].join(' ');
  }

  private onAcknowledge(e: Event): void {
    this.ack = (e.target as HTMLInputElement).checked;
    const detail: UrgencyAcknowledgedDetail = { level: this.level, categories: [...this.categories], acknowledged: this.ack };
    this.emit<UrgencyAcknowledgedDetail>('portal-urgency-acknowledged', detail);
    const adapter = this.resolvedAdapter;
    if (this.ack && adapter?.recordEvent) {
      adapter
        .recordEvent({
          type: 'urgency-acknowledged',
          at: new Date().toISOString(),
          detail: { level: this.level, categories: this.categories.join(' '), context: this.context },
        })
        .catch((error: unknown) => {
          const kind = typeof error === 'object' && error && 'kind' in error ? String(error.kind) : 'unknown';
          const message = error instanceof Error ? error.message : String(error);
          this.emit<PortalErrorDetail>('portal-error', { kind, message, operation: 'recordEvent' });
        });
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (this.level !== 'emergency' && this.level !== 'urgent') return nothing;
    const level = this.level;
    const { title, lines, actions } = this.content();
    const assertive = this.announcedLevel === 'emergency';
    return html`
      <div part="base" class="notice ${level}">
        ${icon(level)}
        <div class="content" part="body">
          <strong class="title" part="heading">${title}</strong>
          ${lines.map((l) => html`<p class=${l.lead ? 'lead' : ''}>${l.text}</p>`)}
          ${actions.length
            ? html`<div class="actions" part="actions">
                ${actions.map((a) => html`<a class="button ${a.primary ? 'primary' : ''}" part="call" href=${a.href}>${a.label}</a>`)}
              </div>`
            : nothing}
          ${level === 'emergency' && this.requireAcknowledgement
            ? html`<div class="acknowledge">
                <input id="acknowledge" part="control" type="checkbox" .checked=${this.ack} @change=${this.onAcknowledge} />
                <label for="acknowledge" part="label">${msg('I am not having an emergency', { id: 'urgency.acknowledge' })}</label>
              </div>`
            : nothing}
        </div>
      </div>
      ${keyed(
        this.announceKey,
        html`<div
          class="visually-hidden"
          part="announcer"
          role=${assertive ? 'alert' : 'status'}
          aria-live=${assertive ? 'assertive' : 'polite'}
          aria-atomic="true"
        >${this.announcement}</div>`,
      )}
    `;
  }
}
