import { msg } from '@lit/localize';
import { type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { isPortalError, toPortalError } from '../../adapters/errors.js';
import type { PortalAdapter, ResultPreferences } from '../../adapters/types.js';
import { defaultResultPreferences } from '../../core/results/preferences.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { renderError, renderLoading, renderNotConfigured } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { LazyParts } from '../shared/lazy-parts.js';
import type { PreferencesForm } from './result-preferences-form.js';
import { preferencesStyles } from './result-preferences.styles.js';

export { defaultResultPreferences };

/** Detail of `portal-preferences-changed`. */
export interface PreferencesChangedDetail {
  preferences: ResultPreferences;
}

type View = { kind: 'edit'; preferences: ResultPreferences } | { kind: 'read-only'; preferences?: ResultPreferences };

const loadingChoices = (): TemplateResult => renderLoading(msg('Loading your result choices…', { id: 'results.prefs.loading' }));
const loadErrorTitle = (): string => msg('We could not load your result choices', { id: 'results.prefs.loadError' });

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
 * @csspart loading - Loading state.
 * @csspart not-configured - Shown when no adapter or provider is connected.
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

  /** The form and the read-only view load on demand (see result-preferences-form.ts). */
  private parts = new LazyParts(this);
  private form?: PreferencesForm;
  /** The choices the form starts from, kept until the form has loaded. */
  private startFrom?: ResultPreferences;

  private loaded = adapterTask<View, [boolean]>(
    this,
    async (adapter: PortalAdapter, [hasValue]) => {
      if (hasValue) return { kind: 'edit', preferences: structuredClone(this.value as ResultPreferences) };
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
        if (v.kind === 'edit' && !(this.value !== undefined && this.startFrom)) this.startEditing(v.preferences);
      },
      onError: (e) => this.emitError(e, 'getResultPreferences'),
    },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    void this.parts.load('resultPreferencesForm');
  }

  /** `updateComplete` also waits for the form while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.parts.settled();
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && this.value) this.startEditing(this.value);
  }

  private startEditing(p: ResultPreferences): void {
    this.startFrom = p;
    this.form?.start(p);
  }

  private emitError(e: unknown, operation: string): void {
    const err = toPortalError(e);
    this.emit<PortalErrorDetail>('portal-error', { kind: err.kind, message: err.message, operation });
  }

  override render() {
    if (this.value !== undefined) return this.renderView({ kind: 'edit', preferences: this.value });
    if (!this.resolvedAdapter) return renderNotConfigured();
    return this.loaded.render({
      initial: loadingChoices,
      pending: loadingChoices,
      error: (e) => renderError(e, () => void this.loaded.run(), loadErrorTitle()),
      complete: (v) => this.renderView(v),
    });
  }

  private renderView(v: View): TemplateResult {
    const view = this.parts.get('resultPreferencesForm');
    if (!view) {
      const error = this.parts.error('resultPreferencesForm');
      return error ? renderError(error, () => void this.parts.load('resultPreferencesForm'), loadErrorTitle()) : loadingChoices();
    }
    if (v.kind === 'read-only') return view.renderPolicy(v.preferences);
    if (!this.form) {
      this.form = new view.PreferencesForm(this, {
        changed: (preferences) => this.emit<PreferencesChangedDetail>('portal-preferences-changed', { preferences }),
        failed: (e, operation) => this.emitError(e, operation),
      });
      if (this.startFrom) this.form.start(this.startFrom);
    }
    return this.form.render();
  }
}
