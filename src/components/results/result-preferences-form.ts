/**
 * The body of `<portal-result-preferences>`, loaded on demand: the choices form
 * (validation, error summary, saving) and the read-only view of the clinic's
 * policy. The element keeps its properties, loading, events and styles; this
 * module keeps the patient's draft and renders it.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toPortalError } from '../../adapters/errors.js';
import type { NotifyChannel, PortalAdapter, ReleaseMode, ResultCategory, ResultPreferences, ResultReleasePolicyInfo } from '../../adapters/types.js';
import { effectiveReleasePolicy, RESULT_CATEGORIES } from '../../core/results/preferences.js';
import { clampHoldDays } from '../../core/results/release.js';
import { formatDate } from '../../i18n/format.js';
import { errorMessage, renderLoading } from '../shared/states.js';

/** What the form needs from its element. */
export interface PreferencesFormHost extends ReactiveControllerHost {
  readonly noSave: boolean;
  readonly resolvedAdapter: PortalAdapter | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** How the form tells its element what happened (the element emits the events). */
export interface PreferencesFormEvents {
  /** Emit `portal-preferences-changed`. */
  changed(preferences: ResultPreferences): void;
  /** Emit `portal-error`. */
  failed(error: unknown, operation: string): void;
}

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

function describeCategory(p: ResultPreferences, c: ResultCategory): string {
  const pref = p.categories?.[c];
  if (!pref || pref.mode !== 'hold-abnormal') return msg('shown as soon as they are ready', { id: 'results.prefs.desc.immediate' });
  const days = pref.holdDays;
  return msg(str`abnormal results wait up to ${days} days for your care team to review them`, { id: 'results.prefs.desc.hold' });
}

/** The clinic's policy and the patient's current choices, when they cannot be changed online. */
export function renderPolicy(p: ResultPreferences | undefined): TemplateResult {
  const desc = p?.policy?.description;
  return html`<section class="base policy" part="base policy" aria-labelledby="policy-title">
    <h3 id="policy-title">${msg('How your clinic shares test results', { id: 'results.prefs.policyTitle' })}</h3>
    ${desc
      ? html`<p>${desc}</p>`
      : html`<p>${msg('Your results appear in the portal as soon as they are ready, often before your care team has seen them.', { id: 'results.prefs.policyDefault' })}</p>`}
    ${p
      ? html`<ul>
          ${RESULT_CATEGORIES.map((c) => html`<li><strong>${categoryLabel(c)}:</strong> ${describeCategory(p, c)}</li>`)}
        </ul>
        ${p.notify?.length
          ? html`<p>${msg('You are told about new results by:', { id: 'results.prefs.notifiedBy' })} ${p.notify.map(channelLabel).join(', ')}</p>`
          : nothing}`
      : nothing}
    <p class="hint">${msg('You cannot change these choices online. If you would like a different choice, contact your clinic.', { id: 'results.prefs.readOnlyHint' })}</p>
  </section>`;
}

/** The patient's draft choices, their validation and saving. */
export class PreferencesForm {
  /** The choices being edited (undefined until the element has some to start from). */
  draft?: ResultPreferences;
  private holdText: Partial<Record<ResultCategory, string>> = {};
  private errors: Partial<Record<ResultCategory, string>> = {};
  private saveState: SaveState = 'idle';
  private saveError?: unknown;
  private showSummary = false;

  constructor(
    private readonly host: PreferencesFormHost,
    private readonly events: PreferencesFormEvents,
  ) {}

  /** Starts editing `p` (the element re-renders on its own). */
  start(p: ResultPreferences): void {
    const policy = effectiveReleasePolicy(p);
    const prefs = structuredClone(p);
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

  render(): TemplateResult {
    const p = this.draft;
    if (!p) return renderLoading();
    const policy = effectiveReleasePolicy(p);
    const errorList = RESULT_CATEGORIES.filter((c) => this.errors[c]);
    return html`<form class="base" part="base" novalidate @submit=${(e: Event) => void this.onSubmit(e)}>
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
      ${this.host.noSave ? nothing : this.renderSave()}
    </form>`;
  }

  private renderCategory(p: ResultPreferences, c: ResultCategory, policy: ResultReleasePolicyInfo): TemplateResult {
    const hold = p.categories[c].mode === 'hold-abnormal';
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
              .value=${this.holdText[c] ?? String(p.categories[c].holdDays)}
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
    this.host.renderRoot.querySelector<HTMLInputElement>(`#days-${c}`)?.focus();
  }

  private change(edit: (p: ResultPreferences) => void): void {
    if (!this.draft) return;
    const next = structuredClone(this.draft);
    edit(next);
    this.draft = next;
    if (this.saveState === 'saved' || this.saveState === 'failed') this.saveState = 'idle';
    this.host.requestUpdate();
    if (this.host.noSave) this.emitIfValid();
  }

  private setMode(c: ResultCategory, mode: ReleaseMode): void {
    this.change((p) => {
      p.categories[c] = { ...p.categories[c], mode };
    });
    if (mode === 'immediate') this.errors = { ...this.errors, [c]: undefined };
    else this.validate(c);
  }

  private setDays(c: ResultCategory, text: string): void {
    this.holdText = { ...this.holdText, [c]: text };
    const n = Number(text);
    if (this.errors[c] || this.showSummary) this.validate(c);
    this.change((p) => {
      if (text.trim() !== '' && Number.isInteger(n)) p.categories[c] = { ...p.categories[c], holdDays: n };
    });
  }

  private setChannel(ch: NotifyChannel, on: boolean): void {
    this.change((p) => {
      p.notify = on ? [...new Set([...p.notify, ch])] : p.notify.filter((x) => x !== ch);
    });
  }

  /** Why one category's days are not acceptable, if they are not. */
  private problem(c: ResultCategory): string | undefined {
    const p = this.draft;
    if (p?.categories[c].mode !== 'hold-abnormal') return undefined;
    const { minHoldDays: min, maxHoldDays: max } = effectiveReleasePolicy(p);
    const text = (this.holdText[c] ?? '').trim();
    const n = Number(text);
    if (text === '') return msg('Enter how many days to wait', { id: 'results.prefs.err.empty' });
    if (!Number.isInteger(n)) return msg('Enter a whole number of days, like 3', { id: 'results.prefs.err.whole' });
    if (n < min || n > max) return msg(str`Enter a number from ${min} to ${max}`, { id: 'results.prefs.err.range' });
    return undefined;
  }

  /** Checks one category's days and shows (or clears) its error; returns the error. */
  private validate(c: ResultCategory): string | undefined {
    const err = this.problem(c);
    this.errors = { ...this.errors, [c]: err };
    this.host.requestUpdate();
    return err;
  }

  private emitIfValid(): void {
    if (this.draft && RESULT_CATEGORIES.every((c) => !this.problem(c))) this.events.changed(structuredClone(this.draft));
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    // aria-disabled (not disabled) while saving keeps focus on the button.
    if (!this.draft || this.saveState === 'saving') return;
    const invalid = RESULT_CATEGORIES.map((c) => this.validate(c)).some(Boolean);
    if (invalid) {
      this.showSummary = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    this.showSummary = false;
    if (this.host.noSave) {
      this.emitIfValid();
      return;
    }
    const adapter = this.host.resolvedAdapter;
    if (!adapter) return;
    this.saveState = 'saving';
    this.saveError = undefined;
    this.host.requestUpdate();
    const toSave = structuredClone(this.draft);
    delete toSave.policy;
    try {
      const saved = await adapter.saveResultPreferences(toSave);
      const merged: ResultPreferences = { ...saved, policy: saved.policy ?? this.draft.policy };
      this.start(merged);
      this.saveState = 'saved';
      this.events.changed(structuredClone(merged));
      if (adapter.recordEvent && adapter.capabilities.audit) {
        adapter
          .recordEvent({ type: 'preferences-changed', at: new Date().toISOString() })
          .catch((err: unknown) => this.events.failed(err, 'recordEvent'));
      }
    } catch (err) {
      this.saveState = 'failed';
      this.saveError = toPortalError(err);
      this.events.failed(err, 'saveResultPreferences');
    }
    this.host.requestUpdate();
  }
}
