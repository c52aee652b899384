import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPortalError, toPortalError } from '../../adapters/errors.js';
import type {
  NotifyChannel,
  PortalAdapter,
  ReleaseMode,
  ResultCategory,
  ResultPreferences,
  ResultReleasePolicyInfo,
} from '../../adapters/types.js';
import { clampHoldDays } from '../../core/results/release.js';
import { formatDate } from '../../i18n/format.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { errorMessage, renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { preferencesStyles } from './result-preferences.styles.js';

/** Detail of `portal-preferences-changed`. */
export interface PreferencesChangedDetail {
  preferences: ResultPreferences;
}

export const RESULT_CATEGORIES: readonly ResultCategory[] = ['lab', 'imaging', 'pathology', 'genetic'];
const ALL_CHANNELS: readonly NotifyChannel[] = ['portal', 'email', 'sms'];

/** Limits used when the clinic states none. */
export const DEFAULT_POLICY: ResultReleasePolicyInfo = { minHoldDays: 1, maxHoldDays: 14, channels: [...ALL_CHANNELS] };

/** Everyone starts with results shown as soon as they are ready. */
export function defaultResultPreferences(policy: ResultReleasePolicyInfo = DEFAULT_POLICY): ResultPreferences {
  const holdDays = clampHoldDays(3, policy);
  const pref = { mode: 'immediate' as const, holdDays };
  return { categories: { lab: { ...pref }, imaging: { ...pref }, pathology: { ...pref }, genetic: { ...pref } }, notify: ['portal'], policy };
}

type View = { kind: 'edit'; preferences: ResultPreferences } | { kind: 'read-only'; preferences?: ResultPreferences };
type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

function categoryLabel(c: ResultCategory): string {
  switch (c) {
    case 'lab':
      return msg('Lab tests', { id: 'results.prefs.cat.lab' });
    case 'imaging':
      return msg('Imaging (X-rays and scans)', { id: 'results.prefs.cat.imaging' });
    case 'pathology':
      return msg('Pathology (biopsy and tissue tests)', { id: 'results.prefs.cat.pathology' });
    case 'genetic':
    default:
      return msg('Genetic tests', { id: 'results.prefs.cat.genetic' });
  }
}

function channelLabel(c: NotifyChannel): string {
  switch (c) {
    case 'portal':
      return msg('A message in the portal', { id: 'results.prefs.ch.portal' });
    case 'email':
      return msg('Email', { id: 'results.prefs.ch.email' });
    case 'sms':
    default:
      return msg('Text message', { id: 'results.prefs.ch.sms' });
  }
}

function copyPrefs(p: ResultPreferences): ResultPreferences {
  return structuredClone(p);
}

/**
 * @tagname portal-result-preferences
 * @summary The patient's own choices for how test results are released to them:
 * per category, as soon as ready (the default) or abnormal results held until a
 * clinician reviews them or a number of days pass; and how to be told. Works
 * before a test is ordered (`value` + `no-save`).
 *
 * @fires portal-preferences-changed - Choices were saved, or (with `no-save`) changed to a valid set. detail: `{ preferences }`
 * @fires portal-error - Preferences could not be loaded or saved. detail: `{ kind, message, operation }`
 *
 * @csspart base - The wrapper.
 * @csspart category - One category's fieldset.
 * @csspart control - A radio, checkbox or number input.
 * @csspart hint - Help text under a control.
 * @csspart error - A field error or the error summary.
 * @csspart actions - The save button row.
 * @csspart policy - The clinic's policy (read-only view).
 *
 * @cssprop --portal-result-preferences-max-width - Maximum width of the form.
 */
export class PortalResultPreferences extends PortalElement {
  static override styles = [baseStyles, preferencesStyles];

  /**
   * Preferences to start from. When set, the element shows them instead of loading
   * from the adapter (for ordering flows, or when the host already has them).
   */
  @property({ attribute: false }) value?: ResultPreferences;

  /** Do not save through the adapter: only emit `portal-preferences-changed` on every valid change. */
  @property({ type: Boolean, reflect: true, attribute: 'no-save' }) noSave = false;

  @state() private draft?: ResultPreferences;
  @state() private holdText: Partial<Record<ResultCategory, string>> = {};
  @state() private errors: Partial<Record<ResultCategory, string>> = {};
  @state() private saveState: SaveState = 'idle';
  @state() private saveError?: unknown;
  @state() private showSummary = false;

  private loaded = adapterTask<View, [boolean]>(
    this,
    async (adapter: PortalAdapter, [hasValue]) => {
      if (hasValue) return { kind: 'edit', preferences: copyPrefs(this.value as ResultPreferences) };
      const mode = adapter.capabilities.resultPreferences;
      if (mode === 'none') {
        if (this.noSave) return { kind: 'edit', preferences: defaultResultPreferences() };
        return { kind: 'read-only' };
      }
      let prefs: ResultPreferences | undefined;
      try {
        prefs = await adapter.getResultPreferences();
      } catch (e) {
        if (isPortalError(e) && e.kind === 'unsupported') return this.noSave ? { kind: 'edit', preferences: defaultResultPreferences() } : { kind: 'read-only' };
        throw e;
      }
      if (mode === 'read-only' && !this.noSave) return { kind: 'read-only', preferences: prefs };
      return { kind: 'edit', preferences: prefs };
    },
    () => [this.value !== undefined],
    {
      onComplete: (v) => {
        // With `value`, the draft already came from it; never reset the patient's edits.
        if (v.kind === 'edit' && !(this.value !== undefined && this.draft)) this.startEditing(v.preferences);
      },
      onError: (e) => this.emitError(e, 'getResultPreferences'),
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.value) this.startEditing(this.value);
  }

  private startEditing(p: ResultPreferences): void {
    const policy = this.policyOf(p);
    const prefs = copyPrefs(p);
    for (const c of RESULT_CATEGORIES) {
      const cur = prefs.categories?.[c];
      prefs.categories = { ...prefs.categories, [c]: { mode: cur?.mode === 'hold-abnormal' ? 'hold-abnormal' : 'immediate', holdDays: clampHoldDays(cur?.holdDays ?? 3, policy) } };
    }
    prefs.notify = (prefs.notify ?? []).filter((ch) => policy.channels.includes(ch));
    this.draft = prefs;
    this.holdText = Object.fromEntries(RESULT_CATEGORIES.map((c) => [c, String(prefs.categories[c].holdDays)]));
    this.errors = {};
    this.showSummary = false;
  }

  private policyOf(p?: ResultPreferences): ResultReleasePolicyInfo {
    const pol = p?.policy;
    if (!pol) return DEFAULT_POLICY;
    const min = Number.isFinite(pol.minHoldDays) ? Math.max(0, Math.round(pol.minHoldDays)) : DEFAULT_POLICY.minHoldDays;
    const max = Number.isFinite(pol.maxHoldDays) ? Math.max(min, Math.round(pol.maxHoldDays)) : Math.max(min, DEFAULT_POLICY.maxHoldDays);
    const channels = Array.isArray(pol.channels) && pol.channels.length ? pol.channels : [...ALL_CHANNELS];
    return { ...pol, minHoldDays: min, maxHoldDays: max, channels };
  }

  private emitError(e: unknown, operation: string): void {
    const err = toPortalError(e);
    this.emit<PortalErrorDetail>('portal-error', { kind: err.kind, message: err.message, operation });
  }

  override render() {
    if (this.value !== undefined) return this.renderForm();
    if (!this.resolvedAdapter) return renderNotConfigured();
    return this.loaded.render({
      initial: () => renderLoading(msg('Loading your result choices…', { id: 'results.prefs.loading' })),
      pending: () => renderLoading(msg('Loading your result choices…', { id: 'results.prefs.loading' })),
      error: (e) => renderError(e, () => void this.loaded.run(), msg('We could not load your result choices', { id: 'results.prefs.loadError' })),
      complete: (v) => (v.kind === 'read-only' ? this.renderReadOnly(v.preferences) : this.renderForm()),
    });
  }

  // ------------------------------------------------------------------ read-only

  private renderReadOnly(p: ResultPreferences | undefined): TemplateResult {
    const desc = p?.policy?.description;
    return html`<section class="base policy" part="base policy" aria-labelledby="policy-title">
      <h3 id="policy-title">${msg('How your clinic shares test results', { id: 'results.prefs.policyTitle' })}</h3>
      ${desc
        ? html`<p>${desc}</p>`
        : html`<p>${msg('Your results appear in the portal as soon as they are ready, often before your care team has seen them.', { id: 'results.prefs.policyDefault' })}</p>`}
      ${p
        ? html`<ul>
            ${RESULT_CATEGORIES.map((c) => html`<li><strong>${categoryLabel(c)}:</strong> ${this.describeCategory(p, c)}</li>`)}
          </ul>
          ${p.notify?.length
            ? html`<p>${msg('You are told about new results by:', { id: 'results.prefs.notifiedBy' })} ${p.notify.map(channelLabel).join(', ')}</p>`
            : nothing}`
        : nothing}
      <p class="hint">${msg('You cannot change these choices online. If you would like a different choice, contact your clinic.', { id: 'results.prefs.readOnlyHint' })}</p>
    </section>`;
  }

  private describeCategory(p: ResultPreferences, c: ResultCategory): string {
    const pref = p.categories?.[c];
    if (!pref || pref.mode !== 'hold-abnormal') return msg('shown as soon as they are ready', { id: 'results.prefs.desc.immediate' });
    const days = pref.holdDays;
    return msg(str`abnormal results wait up to ${days} days for your care team to review them`, { id: 'results.prefs.desc.hold' });
  }

  // ------------------------------------------------------------------ form

  private renderForm(): TemplateResult {
    const p = this.draft;
    if (!p) return renderLoading();
    const policy = this.policyOf(p);
    const errorList = RESULT_CATEGORIES.filter((c) => this.errors[c]);
    return html`<form class="base" part="base" novalidate @submit=${this.onSubmit}>
      <p class="intro">${msg('Choose when new test results appear for you in the portal. Results in the standard range always appear as soon as they are ready.', { id: 'results.prefs.intro' })}</p>
      ${this.showSummary && errorList.length
        ? html`<div class="callout danger error-summary" role="alert" part="error" tabindex="-1" id="error-summary">
            <p><strong>${msg('There is a problem', { id: 'results.prefs.problem' })}</strong></p>
            <ul>
              ${errorList.map((c) => html`<li><a href=${`#days-${c}`} @click=${(e: Event) => this.focusField(e, c)}>${categoryLabel(c)}: ${this.errors[c]}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      ${RESULT_CATEGORIES.map((c) => this.renderCategory(p, c, policy))}
      ${this.renderNotify(p, policy)}
      ${this.noSave ? nothing : this.renderSave()}
    </form>`;
  }

  private renderCategory(p: ResultPreferences, c: ResultCategory, policy: ResultReleasePolicyInfo): TemplateResult {
    const pref = p.categories[c];
    const hold = pref.mode === 'hold-abnormal';
    const err = this.errors[c];
    const min = policy.minHoldDays;
    const max = policy.maxHoldDays;
    return html`<fieldset class="category" part="category">
      <legend>${categoryLabel(c)}</legend>
      <div class="choice">
        <input part="control" type="radio" id=${`now-${c}`} name=${`mode-${c}`} value="immediate" .checked=${!hold} aria-describedby=${`now-${c}-hint`} @change=${() => this.setMode(c, 'immediate')} />
        <div>
          <label for=${`now-${c}`}>${msg('Show results as soon as they are ready', { id: 'results.prefs.immediate' })}</label>
          <p class="hint" id=${`now-${c}-hint`} part="hint">${msg('You may see a result before your care team has looked at it.', { id: 'results.prefs.immediateHint' })}</p>
        </div>
      </div>
      <div class="choice">
        <input part="control" type="radio" id=${`hold-${c}`} name=${`mode-${c}`} value="hold-abnormal" .checked=${hold} aria-describedby=${`hold-${c}-hint`} @change=${() => this.setMode(c, 'hold-abnormal')} />
        <div>
          <label for=${`hold-${c}`}>${msg('Wait to show abnormal results until my care team has reviewed them', { id: 'results.prefs.hold' })}</label>
          <p class="hint" id=${`hold-${c}-hint`} part="hint">${msg('Your care team will contact you about them first. You can still choose to see a waiting result at any time.', { id: 'results.prefs.holdHint' })}</p>
        </div>
      </div>
      ${hold
        ? html`<div class="days">
            <label for=${`days-${c}`}>${msg('Most days to wait', { id: 'results.prefs.days' })}</label>
            <p class="hint" id=${`days-${c}-hint`} part="hint">${msg(str`From ${min} to ${max} days. After that, the result appears even if no one has reviewed it yet.`, { id: 'results.prefs.daysHint' })}</p>
            ${err ? html`<p class="field-error" id=${`days-${c}-error`} part="error"><span class="visually-hidden">${msg('Error:', { id: 'results.prefs.errorPrefix' })} </span>${err}</p>` : nothing}
            <input
              part="control"
              id=${`days-${c}`}
              type="number"
              inputmode="numeric"
              min=${min}
              max=${max}
              step="1"
              .value=${this.holdText[c] ?? String(pref.holdDays)}
              aria-invalid=${err ? 'true' : 'false'}
              aria-describedby=${err ? `days-${c}-hint days-${c}-error` : `days-${c}-hint`}
              @input=${(e: Event) => this.setDays(c, (e.target as HTMLInputElement).value)}
              @change=${() => this.validate(c)}
            />
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderNotify(p: ResultPreferences, policy: ResultReleasePolicyInfo): TemplateResult {
    return html`<fieldset class="category" part="category">
      <legend>${msg('How should we tell you that new results are ready?', { id: 'results.prefs.notify' })}</legend>
      <p class="hint" part="hint">${msg('Choose all that you want.', { id: 'results.prefs.notifyHint' })}</p>
      ${policy.channels.map(
        (ch) => html`<div class="choice">
          <input part="control" type="checkbox" id=${`ch-${ch}`} .checked=${p.notify.includes(ch)} @change=${(e: Event) => this.setChannel(ch, (e.target as HTMLInputElement).checked)} />
          <label for=${`ch-${ch}`}>${channelLabel(ch)}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderSave(): TemplateResult {
    const updated = this.draft?.updatedAt;
    return html`<div class="row actions" part="actions">
        <button type="submit" class="primary" aria-disabled=${this.saveState === 'saving' ? 'true' : 'false'}>
          ${this.saveState === 'saving' ? msg('Saving…', { id: 'results.prefs.saving' }) : msg('Save my choices', { id: 'results.prefs.save' })}
        </button>
      </div>
      <div role="status" class="save-status">
        ${this.saveState === 'saved'
          ? html`<p class="callout success">${msg('Your choices are saved.', { id: 'results.prefs.saved' })}${updated ? html` <span class="muted">${formatDate(updated)}</span>` : nothing}</p>`
          : nothing}
      </div>
      ${this.saveState === 'failed'
        ? html`<div class="callout danger" role="alert" part="error">
            <p><strong>${msg('Your choices were not saved', { id: 'results.prefs.saveFailed' })}</strong></p>
            <p>${errorMessage(this.saveError)}</p>
            <p>${msg('Your choices are still here. Please try saving again.', { id: 'results.prefs.keptChoices' })}</p>
          </div>`
        : nothing}`;
  }

  private focusField(e: Event, c: ResultCategory): void {
    e.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#days-${c}`)?.focus();
  }

  private update_(change: (p: ResultPreferences) => void): void {
    if (!this.draft) return;
    const next = copyPrefs(this.draft);
    change(next);
    this.draft = next;
    if (this.saveState === 'saved' || this.saveState === 'failed') this.saveState = 'idle';
    if (this.noSave) this.emitIfValid();
  }

  private setMode(c: ResultCategory, mode: ReleaseMode): void {
    this.update_((p) => {
      p.categories[c] = { ...p.categories[c], mode };
    });
    if (mode === 'immediate') this.errors = { ...this.errors, [c]: undefined };
    else this.validate(c);
  }

  private setDays(c: ResultCategory, text: string): void {
    this.holdText = { ...this.holdText, [c]: text };
    const n = Number(text);
    if (this.errors[c] || this.showSummary) this.validate(c);
    this.update_((p) => {
      if (text.trim() !== '' && Number.isInteger(n)) p.categories[c] = { ...p.categories[c], holdDays: n };
    });
  }

  private setChannel(ch: NotifyChannel, on: boolean): void {
    this.update_((p) => {
      p.notify = on ? [...new Set([...p.notify, ch])] : p.notify.filter((x) => x !== ch);
    });
  }

  /** Checks one category's days; returns the error text or undefined. */
  private validate(c: ResultCategory): string | undefined {
    const p = this.draft;
    if (!p) return undefined;
    let err: string | undefined;
    if (p.categories[c].mode === 'hold-abnormal') {
      const policy = this.policyOf(p);
      const text = (this.holdText[c] ?? '').trim();
      const n = Number(text);
      const min = policy.minHoldDays;
      const max = policy.maxHoldDays;
      if (text === '') err = msg('Enter how many days to wait', { id: 'results.prefs.err.empty' });
      else if (!Number.isInteger(n)) err = msg('Enter a whole number of days, like 3', { id: 'results.prefs.err.whole' });
      else if (n < min || n > max) err = msg(str`Enter a number from ${min} to ${max}`, { id: 'results.prefs.err.range' });
    }
    this.errors = { ...this.errors, [c]: err };
    return err;
  }

  private validateAll(): boolean {
    let ok = true;
    for (const c of RESULT_CATEGORIES) if (this.validate(c)) ok = false;
    return ok;
  }

  private emitIfValid(): void {
    const valid = RESULT_CATEGORIES.every((c) => {
      const p = this.draft!.categories[c];
      if (p.mode !== 'hold-abnormal') return true;
      const text = (this.holdText[c] ?? '').trim();
      const n = Number(text);
      const pol = this.policyOf(this.draft);
      return text !== '' && Number.isInteger(n) && n >= pol.minHoldDays && n <= pol.maxHoldDays;
    });
    if (valid) this.emit<PreferencesChangedDetail>('portal-preferences-changed', { preferences: copyPrefs(this.draft!) });
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    // aria-disabled (not disabled) while saving keeps focus on the button.
    if (!this.draft || this.saveState === 'saving') return;
    if (!this.validateAll()) {
      this.showSummary = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.showSummary = false;
    if (this.noSave) {
      this.emitIfValid();
      return;
    }
    const adapter = this.resolvedAdapter;
    if (!adapter) return;
    this.saveState = 'saving';
    this.saveError = undefined;
    const toSave = copyPrefs(this.draft);
    delete toSave.policy;
    try {
      const saved = await adapter.saveResultPreferences(toSave);
      const merged: ResultPreferences = { ...saved, policy: saved.policy ?? this.draft.policy };
      this.startEditing(merged);
      this.saveState = 'saved';
      this.emit<PreferencesChangedDetail>('portal-preferences-changed', { preferences: copyPrefs(merged) });
      if (adapter.recordEvent && adapter.capabilities.audit) {
        adapter
          .recordEvent({ type: 'preferences-changed', at: new Date().toISOString() })
          .catch((err: unknown) => this.emitError(err, 'recordEvent'));
      }
    } catch (err) {
      this.saveState = 'failed';
      this.saveError = toPortalError(err);
      this.emitError(err, 'saveResultPreferences');
    }
  }
}
