/**
 * The "More about this result" panel of `<portal-results>`, loaded on demand the
 * first time a patient opens one: dates, the trend chart with its table, and the
 * plain-language explanation. Render functions only; state and styles stay on
 * the element.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { LabResult, ReferenceRange } from '../../adapters/types.js';
import type { ExplanationEntry, ExplanationText } from '../../core/results/explanation-index.js';
import { trendSeries, type TrendPoint } from '../../core/results/trend.js';
import { formatDateTime, formatShortDate, isoAttr } from '../../i18n/format.js';
import { displayUnit, flagLabel, formatValueNumber } from './result-parts.js';

/** What the element knows about one open detail panel. */
export interface DetailState {
  /** The test the explanation is about (the result's own, or its first component's). */
  explained?: ExplanationEntry;
  /** The explanation text, once asked for. */
  text?: ExplanationText | 'loading' | 'missing';
  /** The trend's data table is shown. */
  tableOpen: boolean;
  onToggleTable: () => void;
  /** The patient opened "What is this test?". */
  onExplain: () => void;
}

/** The panel's content. `id` is the result's id made safe for element ids. */
export function renderResultDetail(r: LabResult, id: string, s: DetailState): TemplateResult {
  return html`
    <dl class="dates">
      ${r.collectedAt
        ? html`<div><dt>${msg('Sample collected', { id: 'results.collected' })}</dt><dd><time datetime=${isoAttr(r.collectedAt)}>${formatDateTime(r.collectedAt)}</time></dd></div>`
        : nothing}
      ${r.resultedAt
        ? html`<div><dt>${msg('Result ready', { id: 'results.resulted' })}</dt><dd><time datetime=${isoAttr(r.resultedAt)}>${formatDateTime(r.resultedAt)}</time></dd></div>`
        : nothing}
      ${r.range?.appliesTo ? html`<div><dt>${msg('Range applies to', { id: 'results.appliesTo' })}</dt><dd>${r.range.appliesTo}</dd></div>` : nothing}
    </dl>
    ${renderTrend(r, id, s)}
    ${renderExplanation(s)}
  `;
}

function renderTrend(r: LabResult, id: string, s: DetailState): TemplateResult | typeof nothing {
  const series = trendSeries(r);
  if (series.points.length < 2) return nothing;
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const n = series.points.length;
  const name = r.name;
  const from = formatShortDate(first.date);
  const to = formatShortDate(last.date);
  const label = msg(str`Chart of your ${name} results: ${n} results from ${from} to ${to}. The shaded band is the standard range.`, { id: 'results.trend.label' });
  const unit = r.value?.kind === 'quantity' ? r.value.unit : undefined;
  return html`<section class="trend">
    <h5 id=${`tr-${id}`}>${msg('Your results over time', { id: 'results.trend.title' })}</h5>
    ${renderTrendChart(series.points, r.range, label)}
    <button type="button" class="link" aria-expanded=${s.tableOpen ? 'true' : 'false'} aria-controls=${`tt-${id}`} @click=${s.onToggleTable}>
      ${s.tableOpen ? msg('Hide the table', { id: 'results.trend.hideTable' }) : msg('Show the numbers as a table', { id: 'results.trend.showTable' })}
    </button>
    <div id=${`tt-${id}`} ?hidden=${!s.tableOpen}>
      ${s.tableOpen ? renderTrendTable(series.points, msg(str`${name} results over time`, { id: 'results.trend.caption' }), unit) : nothing}
    </div>
    ${series.leftOut > 0
      ? html`<p class="hint">${msg(str`${series.leftOut} earlier results used a different unit and are not shown.`, { id: 'results.trend.leftOut' })}</p>`
      : nothing}
  </section>`;
}

function renderExplanation(s: DetailState): TemplateResult {
  const target = s.explained;
  if (!target) {
    return html`<p class="hint">${msg('Your care team can explain what this test measures and what your result means for you.', { id: 'results.explain.none' })}</p>`;
  }
  const text = s.text;
  return html`<details class="explanation" @toggle=${(e: Event) => {
    if ((e.target as HTMLDetailsElement).open) s.onExplain();
  }}>
    <summary>${msg('What is this test?', { id: 'results.explain.title' })}</summary>
    ${text === undefined || text === 'loading'
      ? html`<p class="muted">${msg('Loading…', { id: 'common.loading' })}</p>`
      : text === 'missing'
        ? html`<p>${msg('We do not have an explanation of this test yet. Your care team can tell you more.', { id: 'results.explain.missing' })}</p>`
        : html`
            <p>${text.what}</p>
            <p><strong>${target.kind === 'presence'
              ? msg('If it is found', { id: 'results.explain.found' })
              : msg('If it is high', { id: 'results.explain.high' })}</strong></p>
            <p>${text.high}</p>
            ${text.low
              ? html`<p><strong>${msg('If it is low', { id: 'results.explain.low' })}</strong></p><p>${text.low}</p>`
              : nothing}
            <p class="hint">${msg('These are general facts, not advice about your own result. Your care team knows your health and can tell you what this result means for you.', {
              id: 'results.explain.askTeam',
            })}</p>
          `}
  </details>`;
}

/** Chart geometry for a trend, in a 300×120 box with room for value and date labels. */
function trendGeometry(points: readonly TrendPoint[], low?: number, high?: number) {
  const values = points.map((p) => p.value);
  const bounds = [...values, ...(low !== undefined ? [low] : []), ...(high !== undefined ? [high] : [])];
  let min = Math.min(...bounds);
  let max = Math.max(...bounds);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.1;
  min -= pad;
  max += pad;
  const left = 44;
  const right = 290;
  const top = 8;
  const bottom = 96;
  const times = points.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const xOf = (i: number): number => (t1 === t0 ? (left + right) / 2 : left + ((times[i] - t0) / (t1 - t0)) * (right - left));
  const yOf = (v: number): number => bottom - ((v - min) / (max - min)) * (bottom - top);
  return { xOf, yOf, top, bottom, left, right, min, max };
}

/**
 * A small trend chart with the standard range as a band, the highest and lowest
 * values on the left and the first and last dates below. One image for screen
 * readers (its label summarises it); the table carries the numbers.
 */
function renderTrendChart(points: readonly TrendPoint[], range: ReferenceRange | undefined, label: string): TemplateResult {
  const low = typeof range?.low === 'number' && Number.isFinite(range.low) ? range.low : undefined;
  const high = typeof range?.high === 'number' && Number.isFinite(range.high) ? range.high : undefined;
  const g = trendGeometry(points, low, high);
  const bandTop = Math.max(g.top, high !== undefined ? g.yOf(high) : g.top);
  const bandBottom = Math.min(g.bottom, low !== undefined ? g.yOf(low) : g.bottom);
  const hasBand = low !== undefined || high !== undefined;
  const coords = points.map((p, i) => `${g.xOf(i).toFixed(1)},${g.yOf(p.value).toFixed(1)}`).join(' ');
  const values = points.map((p) => p.value);
  const vMax = Math.max(...values);
  const vMin = Math.min(...values);
  const first = points[0];
  const last = points[points.length - 1];
  return html`<svg class="trend-chart" viewBox="0 0 300 120" role="img" aria-label=${label} part="trend-chart">
    ${hasBand ? svg`<rect class="trend-band" x=${g.left} y=${bandTop} width=${g.right - g.left} height=${Math.max(1, bandBottom - bandTop)}></rect>` : nothing}
    <line class="trend-axis" x1=${g.left} y1=${g.bottom} x2=${g.right} y2=${g.bottom}></line>
    <text class="trend-label" x=${g.left - 4} y=${g.yOf(vMax) + 4} text-anchor="end">${formatValueNumber(vMax)}</text>
    ${vMin !== vMax ? svg`<text class="trend-label" x=${g.left - 4} y=${g.yOf(vMin) + 4} text-anchor="end">${formatValueNumber(vMin)}</text>` : nothing}
    <text class="trend-label" x=${g.left} y="114" text-anchor="start">${formatShortDate(first.date)}</text>
    ${points.length > 1 ? svg`<text class="trend-label" x=${g.right} y="114" text-anchor="end">${formatShortDate(last.date)}</text>` : nothing}
    <polyline class="trend-line" points=${coords}></polyline>
    ${points.map((p, i) =>
      p.current
        ? svg`<rect class="trend-point current" x=${g.xOf(i) - 4} y=${g.yOf(p.value) - 4} width="8" height="8"></rect>`
        : svg`<circle class="trend-point" cx=${g.xOf(i)} cy=${g.yOf(p.value)} r="3.5"></circle>`,
    )}
  </svg>`;
}

/** The data-table alternative of a trend. */
function renderTrendTable(points: readonly TrendPoint[], caption: string, unit: string | undefined): TemplateResult {
  const u = displayUnit(unit);
  return html`<table class="trend-table" part="trend-table">
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Date', { id: 'results.trend.date' })}</th>
        <th scope="col">${msg('Result', { id: 'results.trend.value' })}</th>
        <th scope="col">${msg('Flag', { id: 'results.trend.flag' })}</th>
      </tr>
    </thead>
    <tbody>
      ${[...points].reverse().map(
        (p) => html`<tr>
          <td><time datetime=${isoAttr(p.date)}>${formatShortDate(p.date)}</time>${p.current ? html` <span class="muted">(${msg('this result', { id: 'results.trend.thisResult' })})</span>` : nothing}</td>
          <td>${formatValueNumber(p.value)}${u ? ` ${u}` : ''}</td>
          <td>${flagLabel(p.flag)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
