import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isPortalError, toPortalError } from '../../adapters/errors.js';
import type { LabResult, MessagingPolicy, Page, PortalAdapter, ResultPreferences } from '../../adapters/types.js';
import type { ExplanationEntry, ExplanationText } from '../../core/results/explanation-index.js';
import { loadExplanation } from '../../core/results/explanation-texts.js';
import { resultIsCritical } from '../../core/results/flags.js';
import {
  dedupeResults,
  filterResults,
  groupResultsByReport,
  resultDate,
  summarizeResults,
  type ResultFilter,
  type ResultGroup,
  type ResultSummary,
} from '../../core/results/group.js';
import { decideResultRelease, type ReleaseDecision } from '../../core/results/release.js';
import { formatDate, formatShortDate, isoAttr } from '../../i18n/format.js';
import { getLocale } from '../../i18n/localization.js';
import { adapterTask } from '../shared/adapter-task.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { PortalElement } from '../shared/portal-element.js';
import { renderEmpty, renderError, renderLoading, renderNotConfigured, renderWarnings } from '../shared/states.js';
import { baseStyles } from '../shared/styles.js';
import { LazyParts } from '../shared/lazy-parts.js';
import type * as ResultCard from './result-card.js';
import { resultsStyles } from './results.styles.js';

/** Detail of `portal-result-opened` and `portal-held-result-revealed`. */
export interface ResultEventDetail {
  id: string;
}

/** What the element loads before it shows anything (results never flash before the hold is known). */
interface ResultsData {
  page: Page<LabResult>;
  preferences?: ResultPreferences;
  /** The preferences could not be read (results outside the range are then held). */
  preferencesUnavailable: boolean;
}

type ResultCardModule = typeof ResultCard;

const PAGE_SIZE = 200;
/** Results rendered in the first frame; the rest follow in chunks on the next frames, so long histories appear at once. */
const FIRST_CHUNK = 60;
const NEXT_CHUNK = 120;

/** Plain-language name of a test in the current language, if we know the test. */
function plainName(entry: ExplanationEntry | undefined): string | undefined {
  if (!entry) return undefined;
  return getLocale() === 'es' ? entry.name.es : entry.name.en;
}

function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** "2 of 9 outside the standard range" (or "None of 9 …"). */
function outsideLine(s: ResultSummary): string {
  return s.outside === 0
    ? msg(str`None of ${s.total} outside the standard range`, { id: 'results.summaryNone' })
    : msg(str`${s.outside} of ${s.total} outside the standard range`, { id: 'results.summary' });
}

/** The patient's choices can hold results (so held cards and notices will be needed). */
function canHold(prefs: ResultPreferences | Error | undefined): boolean {
  if (prefs instanceof Error) return !(isPortalError(prefs) && prefs.kind === 'unsupported');
  return Object.values(prefs?.categories ?? {}).some((c) => c?.mode === 'hold-abnormal');
}

/**
 * @tagname portal-results
 * @summary Test results grouped by report, with flags, range bars, trends,
 * plain-language explanations, supportive messages for results outside the range,
 * and results held under the patient's own delivery preferences.
 *
 * @fires portal-result-opened - The patient expanded a result's details. detail: `{ id }`
 * @fires portal-held-result-revealed - The patient chose "Show it now" on a held result. detail: `{ id }`
 * @fires portal-compose-request - The patient asked to message the care team about a result. detail: `ComposeRequestDetail`
 * @fires portal-error - Results could not be loaded. detail: `{ kind, message, operation }`
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart filters - The search and filter controls.
 * @csspart summary - The summary line ("2 of 14 outside the standard range").
 * @csspart group - One report (panel).
 * @csspart header - A report's heading, date and summary.
 * @csspart result - One result card.
 * @csspart flag - A flag (icon and text).
 * @csspart range - A range bar and its sentence.
 * @csspart support - The supportive message next to a result outside the range.
 * @csspart critical - The "contact your care team now" message for a critical value.
 * @csspart held - The calm card that stands in for a held result.
 * @csspart actions - Rows of buttons.
 * @csspart trend-chart - A trend chart.
 * @csspart trend-table - A trend's data table.
 * @csspart loading - Loading state.
 * @csspart error - Error state.
 * @csspart empty - Empty state.
 * @csspart warnings - Records that could not be shown, listed under the results.
 * @csspart not-configured - Shown when no adapter or provider is connected.
 *
 * @cssprop --portal-results-band-color - Fill of the standard-range band.
 * @cssprop --portal-results-marker-color - The value marker on range bars.
 * @cssprop --portal-results-line-color - The trend line.
 * @cssprop --portal-results-max-width - Maximum width of the element's content.
 */
export class PortalResults extends PortalElement {
  static override styles = [baseStyles, resultsStyles];

  /** The clock used by the release policy (defaults to the real time). Set it for demos and tests. */
  @property({ attribute: false }) now?: Date;

  /** Only load results of this category (`lab`, `imaging`, `pathology`, `genetic`). */
  @property() category?: LabResult['category'];

  /** Longest hold, in hours, for a critical value a clinician has not reviewed. */
  @property({ type: Number, attribute: 'critical-hold-hours' }) criticalHoldHours = 24;

  @state() private filter: ResultFilter = {};
  @state() private revealed = new Set<string>();
  @state() private expanded = new Set<string>();
  @state() private tables = new Set<string>();
  @state() private extra: LabResult[] = [];
  @state() private nextCursor?: string;
  @state() private loadingMore = false;
  @state() private moreError?: unknown;
  @state() private explanations = new Map<string, ExplanationText | 'loading' | 'missing'>();
  @state() private announcement = '';
  @state() private policy?: MessagingPolicy;
  /** How many results are rendered so far (grows frame by frame up to all). */
  @state() private renderLimit = FIRST_CHUNK;

  private chunkFrame?: number;
  private pendingChunks = false;

  private announceTimer?: ReturnType<typeof setTimeout>;
  /** When the data arrived: the release policy's clock unless `now` is set. */
  private loadedAt = new Date();
  /** Derived, per-load data (deduped list and release decisions), rebuilt only when its inputs change. */
  private derived?: { data: ResultsData; extra: LabResult[]; now: number; criticalHoldHours: number; all: LabResult[]; decisions: Map<string, ReleaseDecision> };
  private policyRequestedFor?: PortalAdapter;
  private focusAfterRender?: string;
  /** The explanation index, held cards and the detail panel load on demand. */
  private parts = new LazyParts(this);

  private data = adapterTask<ResultsData, [LabResult['category'] | undefined]>(
    this,
    async (adapter, [category]) => {
      const wantPrefs = adapter.capabilities.resultPreferences !== 'none';
      const list = adapter.listResults({ pageSize: PAGE_SIZE, ...(category ? { category } : {}) });
      const prefsRead = wantPrefs
        ? adapter.getResultPreferences().then(
            (p): ResultPreferences | Error => p,
            (e: unknown): Error => toPortalError(e),
          )
        : Promise.resolve(undefined);
      // The parts the first screen needs load alongside the data (a failed part degrades on its own, never the list).
      const [page, prefs] = await Promise.all([
        list,
        prefsRead,
        this.parts.load('explanationIndex'),
        prefsRead.then((p) => (canHold(p) ? this.parts.load('heldResult') : undefined)),
        this.parts.load('resultCard'),
      ]);
      const unavailable = prefs instanceof Error && !(isPortalError(prefs) && prefs.kind === 'unsupported');
      return { page, preferences: prefs instanceof Error ? undefined : prefs, preferencesUnavailable: unavailable };
    },
    () => [this.category],
    {
      onComplete: (d) => {
        this.loadedAt = new Date();
        this.renderLimit = FIRST_CHUNK;
        this.extra = [];
        this.nextCursor = d.page.next;
        this.moreError = undefined;
      },
      onError: (e) => this.emitError(e, 'listResults'),
    },
  );

  /** `updateComplete` also waits for parts still loading, so it means "showing everything asked for". */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.parts.settled();
    return this.isUpdatePending ? this.getUpdateComplete() : done;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    if (this.chunkFrame !== undefined) cancelAnimationFrame(this.chunkFrame);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingChunks && this.chunkFrame === undefined) {
      this.chunkFrame = requestAnimationFrame(() => {
        this.chunkFrame = undefined;
        this.renderLimit += NEXT_CHUNK;
      });
    }
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusAfterRender}`);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private emitError(e: unknown, operation: string): void {
    const err = toPortalError(e);
    this.emit<PortalErrorDetail>('portal-error', { kind: err.kind, message: err.message, operation });
  }

  /** The clinic phone for critical values: loaded once, only when a critical value is shown. */
  private ensurePolicy(): void {
    const adapter = this.resolvedAdapter;
    if (!adapter || this.policyRequestedFor === adapter) return;
    this.policyRequestedFor = adapter;
    adapter.getMessagingPolicy().then(
      (p) => {
        if (this.resolvedAdapter === adapter) this.policy = p;
      },
      () => {
        // Without a policy the critical message still says to call the clinic.
      },
    );
  }

  /** The explanation entry for a result, once the index has loaded. */
  private explanationOf(r: LabResult): ExplanationEntry | undefined {
    return this.parts.get('explanationIndex')?.explanationFor(r);
  }

  /** Plain-language names, so a search for "blood sugar" finds Glucose. */
  private readonly plainNames = (r: LabResult): string[] => {
    const e = this.explanationOf(r);
    return e ? [e.name.en, e.name.es] : [];
  };

  private get clock(): Date {
    return this.now ?? this.loadedAt;
  }

  private derive(d: ResultsData): { all: LabResult[]; decisions: Map<string, ReleaseDecision> } {
    const now = this.clock.getTime();
    const c = this.derived;
    if (c && c.data === d && c.extra === this.extra && c.now === now && c.criticalHoldHours === this.criticalHoldHours) return c;
    const all = dedupeResults([...d.page.items, ...this.extra]);
    const decisions = new Map<string, ReleaseDecision>();
    const options = { criticalHoldHours: this.criticalHoldHours, preferencesUnavailable: d.preferencesUnavailable };
    for (const r of all) decisions.set(r.id, decideResultRelease(r, d.preferences, new Date(now), options));
    this.derived = { data: d, extra: this.extra, now, criticalHoldHours: this.criticalHoldHours, all, decisions };
    return this.derived;
  }

  // ------------------------------------------------------------------ render

  override render() {
    if (!this.resolvedAdapter) return renderNotConfigured();
    return html`<div class="base" part="base">
      ${this.data.render({
        initial: () => renderLoading(msg('Loading your results…', { id: 'results.loading' })),
        pending: () => this.data.value ? this.renderData(this.data.value) : renderLoading(msg('Loading your results…', { id: 'results.loading' })),
        complete: (d) => this.renderData(d),
        error: (e) => renderError(e, () => void this.data.run(), msg('We could not load your results', { id: 'results.errorTitle' })),
      })}
    </div>`;
  }

  private renderData(d: ResultsData): TemplateResult {
    const { all, decisions } = this.derive(d);
    if (all.length === 0) {
      return html`${renderWarnings(d.page.warnings)}
      ${renderEmpty(
        msg('You have no test results yet.', { id: 'results.empty' }),
        msg('When your results are ready, they will appear here.', { id: 'results.emptyDetail' }),
      )}`;
    }
    const isHeld = (r: LabResult): boolean => decisions.get(r.id)?.state === 'held' && !this.revealed.has(r.id);
    const card = this.parts.get('resultCard');
    const allGroups = groupResultsByReport(all);
    const filtered = filterResults(all, this.filter, this.plainNames);
    const groups = groupResultsByReport(filtered);
    const shown = filtered.filter((r) => !isHeld(r));
    const heldCount = filtered.length - shown.length;
    if (shown.some((r) => resultIsCritical(r))) this.ensurePolicy();

    return html`
      ${renderWarnings(d.page.warnings)}
      ${this.renderFilters(allGroups)}
      ${this.renderSummary(shown, heldCount, filtered.length)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${groups.length === 0
        ? renderEmpty(
            msg('No results match your search.', { id: 'results.noMatch' }),
            msg('Try other words, or clear the filters.', { id: 'results.noMatchDetail' }),
          )
        : card
          ? this.renderGroups(groups, decisions, isHeld, card)
          : this.renderPartMissing('resultCard')}
      ${this.renderMore()}
    `;
  }

  private renderGroups(groups: ResultGroup[], decisions: Map<string, ReleaseDecision>, isHeld: (r: LabResult) => boolean, card: ResultCardModule): TemplateResult {
    const visible = this.visibleGroups(groups);
    return html`<div class="groups" aria-busy=${this.pendingChunks ? 'true' : 'false'}>${visible.map((g) => this.renderGroup(g, decisions, isHeld, card))}</div>`;
  }

  /** Whole groups up to `renderLimit` results (always at least one group); notes whether more remain. */
  private visibleGroups(groups: ResultGroup[]): ResultGroup[] {
    const out: ResultGroup[] = [];
    let count = 0;
    for (const g of groups) {
      if (out.length > 0 && count + g.results.length > this.renderLimit) break;
      out.push(g);
      count += g.results.length;
    }
    this.pendingChunks = out.length < groups.length;
    return out;
  }

  private renderFilters(groups: ResultGroup[]): TemplateResult {
    const f = this.filter;
    const names = [...new Set(groups.map((g) => g.name))];
    const active = Boolean(f.text || f.outsideOnly || f.from || f.to || f.panel);
    return html`<form class="filters" part="filters" role="search" aria-label=${msg('Find results', { id: 'results.filters' })} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field search">
        <label for="q">${msg('Search your results', { id: 'results.search' })}</label>
        <input id="q" type="search" .value=${f.text ?? ''} autocomplete="off" @input=${(e: Event) => this.setFilter({ text: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="panel">${msg('Test or panel', { id: 'results.panel' })}</label>
        <select id="panel" @change=${(e: Event) => this.setFilter({ panel: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="" ?selected=${!f.panel}>${msg('All tests', { id: 'results.panelAll' })}</option>
          ${names.map((name) => html`<option value=${name} ?selected=${f.panel === name}>${name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="from">${msg('From', { id: 'results.from' })}</label>
        <input id="from" type="date" .value=${f.from ?? ''} max=${f.to ?? ''} @change=${(e: Event) => this.setFilter({ from: (e.target as HTMLInputElement).value || undefined })} />
      </div>
      <div class="field">
        <label for="to">${msg('To', { id: 'results.to' })}</label>
        <input id="to" type="date" .value=${f.to ?? ''} min=${f.from ?? ''} @change=${(e: Event) => this.setFilter({ to: (e.target as HTMLInputElement).value || undefined })} />
      </div>
      <div class="field check">
        <input id="outside" type="checkbox" .checked=${Boolean(f.outsideOnly)} @change=${(e: Event) => this.setFilter({ outsideOnly: (e.target as HTMLInputElement).checked })} />
        <label for="outside">${msg('Only results outside the standard range', { id: 'results.outsideOnly' })}</label>
      </div>
      ${active ? html`<button type="button" class="link" @click=${this.clearFilters}>${msg('Clear filters', { id: 'results.clearFilters' })}</button>` : nothing}
    </form>`;
  }

  private setFilter(change: Partial<ResultFilter>): void {
    this.filter = { ...this.filter, ...change };
    this.renderLimit = FIRST_CHUNK;
    this.scheduleAnnouncement();
  }

  private clearFilters(): void {
    this.filter = {};
    this.renderLimit = FIRST_CHUNK;
    this.scheduleAnnouncement();
  }

  /** One polite announcement after the patient stops changing filters (not one per keystroke). */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const d = this.data.value;
      if (!d) return;
      const { all } = this.derive(d);
      const n = filterResults(all, this.filter, this.plainNames).length;
      this.announcement =
        n === 1 ? msg('1 result shown', { id: 'results.shownOne' }) : msg(str`${n} results shown`, { id: 'results.shownMany' });
    }, 600);
  }

  private renderSummary(shown: LabResult[], held: number, total: number): TemplateResult | typeof nothing {
    if (total === 0) return nothing;
    const s = summarizeResults(shown);
    const line = s.total === 0 ? nothing : outsideLine(s);
    return html`<p class="summary" part="summary">
      <strong>${line}</strong>
      ${held > 0
        ? html`<span class="held-count">${held === 1
            ? msg('1 result is waiting for you below.', { id: 'results.heldOne' })
            : msg(str`${held} results are waiting for you below.`, { id: 'results.heldMany' })}</span>`
        : nothing}
    </p>`;
  }

  private renderGroup(g: ResultGroup, decisions: Map<string, ReleaseDecision>, isHeld: (r: LabResult) => boolean, card: ResultCardModule): TemplateResult {
    const headingId = `g-${safeId(g.id)}`;
    const visible = g.results.filter((r) => !isHeld(r));
    const s = summarizeResults(visible);
    const report = g.report;
    return html`<section class="group card" part="group">
      <header class="group-header" part="header">
        <h3 id=${headingId}>${g.name}</h3>
        <p class="group-meta muted">
          ${g.date ? html`<time datetime=${isoAttr(g.date)}>${formatDate(g.date)}</time>` : nothing}
          ${report?.reviewed
            ? html`<span class="badge reviewed">${report.reviewedAt
                ? msg(str`Reviewed by your care team on ${formatShortDate(report.reviewedAt)}`, { id: 'results.reviewedOn' })
                : msg('Reviewed by your care team', { id: 'results.reviewed' })}</span>`
            : report
              ? html`<span class="badge not-reviewed">${msg('Not yet reviewed by your care team', { id: 'results.notReviewed' })}</span>`
              : nothing}
        </p>
        ${g.results.length > 1 && s.total > 0
          ? html`<p class="group-summary">${outsideLine(s)}</p>`
          : nothing}
        ${report?.conclusion
          ? html`<div class="conclusion"><p><strong>${msg('Note from your care team', { id: 'results.conclusion' })}</strong></p><p class="pre">${report.conclusion}</p></div>`
          : nothing}
      </header>
      <ul class="results" role="list">
        ${g.results.map((r) => html`<li>${isHeld(r) ? this.renderHeld(r, decisions.get(r.id)!) : this.renderResult(r, decisions.get(r.id), card)}</li>`)}
      </ul>
    </section>`;
  }

  // ------------------------------------------------------------------ held

  private renderHeld(r: LabResult, d: ReleaseDecision): TemplateResult {
    const id = safeId(r.id);
    if (d.critical) this.ensurePolicy();
    const view = this.parts.get('heldResult');
    if (view) {
      return view.renderHeldCard(r, d, id, { phone: this.policy?.clinicPhone, onReveal: () => void this.reveal(r), onCompose: () => this.requestCompose(r) });
    }
    // Until the card's module arrives: the name only, never the value.
    return html`<article class="held card" part="held" aria-labelledby=${`h-${id}`}>
      <h4 id=${`h-${id}`}>${r.name}</h4>
      ${this.renderPartMissing('heldResult')}
    </article>`;
  }

  /** Loading, or why a part could not be loaded with "Try again". */
  private renderPartMissing(name: 'heldResult' | 'resultDetail' | 'resultCard'): TemplateResult {
    const error = this.parts.error(name);
    return error ? renderError(error, () => void this.parts.load(name)) : renderLoading();
  }

  private async reveal(r: LabResult): Promise<void> {
    this.revealed = new Set(this.revealed).add(r.id);
    this.focusAfterRender = `t-${safeId(r.id)}`;
    this.emit<ResultEventDetail>('portal-held-result-revealed', { id: r.id });
    const adapter = this.resolvedAdapter;
    if (adapter?.recordEvent && adapter.capabilities.audit) {
      try {
        await adapter.recordEvent({
          type: 'held-result-revealed',
          at: new Date().toISOString(),
          reference: { type: 'result', id: r.id, display: r.name },
        });
      } catch (e) {
        // Showing the result is the patient's right; a failed audit write must not undo it.
        this.emitError(e, 'recordEvent');
      }
    }
  }

  private requestCompose(r: LabResult): void {
    const when = formatShortDate(r.collectedAt ?? resultDate(r));
    const name = r.name;
    const detail: ComposeRequestDetail = {
      topic: 'test-result',
      subject: msg(str`Question about my ${name} result`, { id: 'results.compose.subject' }),
      body: when
        ? msg(str`I have a question about my ${name} result from ${when}.`, { id: 'results.compose.bodyDate' })
        : msg(str`I have a question about my ${name} result.`, { id: 'results.compose.body' }),
      reference: { type: 'result', id: r.id, display: name },
    };
    this.emit<ComposeRequestDetail>('portal-compose-request', detail, { cancelable: true });
  }

  // ------------------------------------------------------------------ one result

  private renderResult(r: LabResult, d: ReleaseDecision | undefined, card: ResultCardModule): TemplateResult {
    const entry = this.explanationOf(r);
    const open = this.expanded.has(r.id);
    const revealed = this.revealed.has(r.id);
    return card.renderResultCard(r, {
      id: safeId(r.id),
      plain: plainName(entry),
      notice: revealed || d?.state === 'shown-with-notice' ? (this.parts.get('heldResult')?.renderReleaseNotice(d, revealed) ?? nothing) : nothing,
      phone: this.policy?.clinicPhone,
      emergency: this.config.numbers?.emergency ?? this.policy?.numbers?.emergency,
      open,
      detail: open ? this.renderDetail(r, entry) : nothing,
      onToggle: () => this.toggleDetail(r),
      onCompose: () => this.requestCompose(r),
    });
  }

  private toggleDetail(r: LabResult): void {
    const next = new Set(this.expanded);
    if (next.has(r.id)) {
      next.delete(r.id);
    } else {
      next.add(r.id);
      this.emit<ResultEventDetail>('portal-result-opened', { id: r.id });
    }
    this.expanded = next;
  }

  private renderDetail(r: LabResult, entry: ExplanationEntry | undefined): TemplateResult {
    const view = this.parts.get('resultDetail');
    if (!view) return this.renderPartMissing('resultDetail');
    const index = this.parts.get('explanationIndex');
    const explained = entry ?? r.components?.map((c) => index?.findExplanation(c, r.report?.name)).find((x) => x);
    return view.renderResultDetail(r, safeId(r.id), {
      explained,
      text: explained && this.explanations.get(`${getLocale()}:${explained.key}`),
      tableOpen: this.tables.has(r.id),
      onToggleTable: () => this.toggleTable(r.id),
      onExplain: () => void (explained && this.loadExplanationFor(explained.key)),
    });
  }

  private toggleTable(id: string): void {
    const next = new Set(this.tables);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.tables = next;
  }

  private async loadExplanationFor(key: string): Promise<void> {
    const locale = getLocale();
    const cacheKey = `${locale}:${key}`;
    const current = this.explanations.get(cacheKey);
    if (current !== undefined && current !== 'missing') return;
    this.explanations = new Map(this.explanations).set(cacheKey, 'loading');
    let text: ExplanationText | undefined;
    try {
      text = await loadExplanation(key, locale);
    } catch {
      text = undefined;
    }
    this.explanations = new Map(this.explanations).set(cacheKey, text ?? 'missing');
  }

  // ------------------------------------------------------------------ paging

  private renderMore(): TemplateResult | typeof nothing {
    if (!this.nextCursor) return nothing;
    return html`<div class="more">
      ${this.moreError ? renderError(this.moreError, undefined, msg('We could not load more results', { id: 'results.moreError' })) : nothing}
      <button type="button" ?disabled=${this.loadingMore} @click=${() => void this.loadMore()}>
        ${this.loadingMore ? msg('Loading…', { id: 'common.loading' }) : msg('Show older results', { id: 'results.more' })}
      </button>
    </div>`;
  }

  private async loadMore(): Promise<void> {
    const adapter = this.resolvedAdapter;
    if (!adapter || !this.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    try {
      const page = await adapter.listResults({ cursor: this.nextCursor, pageSize: PAGE_SIZE, ...(this.category ? { category: this.category } : {}) });
      this.extra = [...this.extra, ...page.items];
      this.nextCursor = page.next;
    } catch (e) {
      this.moreError = toPortalError(e);
      this.emitError(e, 'listResults');
    } finally {
      this.loadingMore = false;
    }
  }
}
