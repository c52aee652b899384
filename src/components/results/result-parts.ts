/**
 * Small render functions the results element is built from: flag badges, values
 * and the range bar. Each visual has a text equivalent: a flag is never colour
 * alone, a bar always comes with a sentence (and a trend chart, in
 * result-detail.ts, with a table).
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Comparator, ReferenceRange, ResultFlag, ResultStatus, ResultValue } from '../../adapters/types.js';
import { placeOnRange, type RangePlacement } from '../../core/results/range.js';
import { getLocale } from '../../i18n/localization.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the lab wrote it: keep its decimals (up to 4), localised. The
 * formatter is cached per locale: building an `Intl.NumberFormat` per value made
 * a 500-result list several times slower.
 */
export function formatValueNumber(n: number): string {
  const locale = getLocale();
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 4 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** The patient-facing word for a flag. */
export function flagLabel(flag: ResultFlag): string {
  switch (flag) {
    case 'normal':
      return msg('In range', { id: 'results.flag.normal' });
    case 'low':
      return msg('Low', { id: 'results.flag.low' });
    case 'high':
      return msg('High', { id: 'results.flag.high' });
    case 'critical-low':
      return msg('Very low', { id: 'results.flag.criticalLow' });
    case 'critical-high':
      return msg('Very high', { id: 'results.flag.criticalHigh' });
    case 'abnormal':
      return msg('Outside the range', { id: 'results.flag.abnormal' });
    case 'critical':
      return msg('Needs prompt attention', { id: 'results.flag.critical' });
    case 'unknown':
    default:
      return msg('Not flagged', { id: 'results.flag.unknown' });
  }
}

/** One sentence on what the flag means, for the supportive message. */
export function flagMeaning(flag: ResultFlag): string {
  switch (flag) {
    case 'low':
    case 'critical-low':
      return msg('This result is lower than the standard range.', { id: 'results.meaning.low' });
    case 'high':
    case 'critical-high':
      return msg('This result is higher than the standard range.', { id: 'results.meaning.high' });
    default:
      return msg('This result is different from what the lab usually expects.', { id: 'results.meaning.abnormal' });
  }
}

const ICON_PATHS: Record<ResultFlag, string> = {
  normal: 'M3 8.5l3 3 7-7',
  low: 'M8 2v11M3.5 8.5L8 13l4.5-4.5',
  high: 'M8 14V3M3.5 7.5L8 3l4.5 4.5',
  'critical-low': 'M8 1v9M4 6l4 4 4-4M4 11l4 4 4-4',
  'critical-high': 'M8 15V6M4 10l4-4 4 4M4 5l4-4 4 4',
  abnormal: 'M8 2.5v7M8 12.5v1',
  critical: 'M8 2.5v7M8 12.5v1M1.5 14.5h13L8 1.5z',
  unknown: 'M3 8h10',
};

/** The flag as an icon plus text; the icon is decorative, the text carries the meaning. */
export function renderFlag(flag: ResultFlag): TemplateResult {
  return html`<span class="flag flag-${flag}" part="flag">
    <svg class="flag-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d=${ICON_PATHS[flag] ?? ICON_PATHS.unknown}></path></svg>
    <span>${flagLabel(flag)}</span>
  </span>`;
}

/** A status that deserves a badge (final results get none). */
export function statusLabel(status: ResultStatus): string | undefined {
  switch (status) {
    case 'preliminary':
      return msg('Preliminary: may change', { id: 'results.status.preliminary' });
    case 'corrected':
      return msg('Corrected', { id: 'results.status.corrected' });
    case 'amended':
      return msg('Updated', { id: 'results.status.amended' });
    case 'cancelled':
      return msg('Cancelled', { id: 'results.status.cancelled' });
    case 'registered':
      return msg('Waiting for the result', { id: 'results.status.registered' });
    default:
      return undefined;
  }
}

function comparatorWords(c: Comparator): string {
  switch (c) {
    case '<':
      return msg('less than', { id: 'results.cmp.lt' });
    case '<=':
      return msg('at most', { id: 'results.cmp.le' });
    case '>':
      return msg('more than', { id: 'results.cmp.gt' });
    case '>=':
    default:
      return msg('at least', { id: 'results.cmp.ge' });
  }
}

/** Value as plain text for sentences and tables ("less than 0.5 ng/mL", "Positive"). */
export function valueText(value: ResultValue | undefined): string {
  if (!value) return msg('No value', { id: 'results.noValue' });
  if (value.kind !== 'quantity') return value.text;
  if (!Number.isFinite(value.value)) return msg('No value', { id: 'results.noValue' });
  const n = formatValueNumber(value.value);
  const withUnit = value.unit && value.unit !== '1' ? `${n} ${displayUnit(value.unit)}` : n;
  return value.comparator ? `${comparatorWords(value.comparator)} ${withUnit}` : withUnit;
}

/** UCUM annotations such as `{creat}` and `[IU]` read better without their brackets. */
export function displayUnit(unit: string | undefined): string {
  if (!unit || unit === '1') return '';
  return unit.replace(/\{([^}]*)\}/g, (_m, inner: string) => (inner === '1.73_m2' ? '1.73 m²' : '')).replace(/\[([^\]]*)\]/g, '$1').replace(/10\*(\d+)/g, '10^$1').trim();
}

/** The value as it appears large on the card: symbol comparator with a spoken equivalent. */
export function renderValue(value: ResultValue | undefined): TemplateResult {
  if (!value) return html`<span class="value none">${msg('No value', { id: 'results.noValue' })}</span>`;
  if (value.kind !== 'quantity') return html`<span class="value text">${value.text}</span>`;
  if (!Number.isFinite(value.value)) return html`<span class="value none">${msg('No value', { id: 'results.noValue' })}</span>`;
  const unit = displayUnit(value.unit);
  return html`<span class="value">${value.comparator
      ? html`<span aria-hidden="true">${value.comparator.replace('<=', '≤').replace('>=', '≥')}</span><span class="visually-hidden">${comparatorWords(value.comparator)} </span>`
      : nothing}<span class="number">${formatValueNumber(value.value)}</span>${unit ? html` <span class="unit">${unit}</span>` : nothing}</span>`;
}

/** The range in words ("70 to 99 mg/dL", "less than 200 mg/dL", "Negative"). */
export function rangeText(range: ReferenceRange | undefined, fallbackUnit?: string): string | undefined {
  if (!range) return undefined;
  const low = typeof range.low === 'number' && Number.isFinite(range.low) ? range.low : undefined;
  const high = typeof range.high === 'number' && Number.isFinite(range.high) ? range.high : undefined;
  const unit = displayUnit(range.unit ?? fallbackUnit);
  const u = unit ? ` ${unit}` : '';
  let text: string | undefined;
  if (low !== undefined && high !== undefined) {
    const a = formatValueNumber(low);
    const b = formatValueNumber(high);
    text = msg(str`${a} to ${b}${u}`, { id: 'results.range.between' });
  } else if (low !== undefined) {
    const a = formatValueNumber(low);
    text = msg(str`${a}${u} or more`, { id: 'results.range.atLeast' });
  } else if (high !== undefined) {
    const b = formatValueNumber(high);
    text = msg(str`${b}${u} or less`, { id: 'results.range.atMost' });
  } else if (range.text?.trim()) {
    text = range.text.trim();
  }
  if (!text) return undefined;
  return range.appliesTo ? `${text} (${range.appliesTo})` : text;
}

/** The sentence that says what the bar shows, or why there is no bar. */
function placementSentence(p: RangePlacement, range: ReferenceRange | undefined, value: ResultValue | undefined): string | undefined {
  const r = rangeText(range, value?.kind === 'quantity' ? value.unit : undefined);
  switch (p.kind) {
    case 'scale': {
      const v = valueText(value);
      if (p.relation === 'below') return msg(str`Your result, ${v}, is below the standard range of ${r ?? ''}.`, { id: 'results.bar.below' });
      if (p.relation === 'above') return msg(str`Your result, ${v}, is above the standard range of ${r ?? ''}.`, { id: 'results.bar.above' });
      if (p.relation === 'within') return msg(str`Your result, ${v}, is within the standard range of ${r ?? ''}.`, { id: 'results.bar.within' });
      return msg(str`Your result is ${v}. The standard range is ${r ?? ''}.`, { id: 'results.bar.unknown' });
    }
    case 'text-only':
      return msg(str`Standard range: ${p.text}`, { id: 'results.bar.textOnly' });
    case 'unit-mismatch': {
      const a = displayUnit(p.valueUnit);
      const b = displayUnit(p.rangeUnit);
      return msg(str`The result (${a}) and the standard range (${b}) use different units, so we cannot show where your result falls. The standard range is ${r ?? ''}.`, {
        id: 'results.bar.unitMismatch',
      });
    }
    case 'invalid-range':
      return msg('The standard range from the lab looks wrong, so we cannot show where your result falls. Ask your care team what it means.', { id: 'results.bar.invalid' });
    case 'no-range':
      return value?.kind === 'quantity' ? msg('The lab did not give a standard range for this test.', { id: 'results.bar.noRange' }) : undefined;
    case 'not-numeric':
    default:
      return r ? msg(str`Standard range: ${r}`, { id: 'results.bar.textOnly' }) : undefined;
  }
}

/**
 * The range bar: the standard range as a band, the value as a marker, and the same
 * information as a sentence. Nothing is drawn when the data cannot support it.
 */
export function renderRangeBar(value: ResultValue | undefined, range: ReferenceRange | undefined): TemplateResult | typeof nothing {
  const p = placeOnRange(value, range);
  const sentence = placementSentence(p, range, value);
  if (p.kind !== 'scale') {
    return sentence ? html`<p class="range-text ${p.kind === 'unit-mismatch' || p.kind === 'invalid-range' ? 'range-warning' : ''}" part="range">${sentence}</p>` : nothing;
  }
  const x = (f: number): number => Math.round(f * 1000) / 10;
  const bandX = x(p.bandStart);
  const bandW = Math.max(0.5, x(p.bandEnd) - bandX);
  const markerX = Math.min(99, Math.max(0, x(p.marker) - 0.75));
  return html`<div class="range" part="range">
    <svg class="range-bar relation-${p.relation}" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="track" x="0" y="4" width="100" height="4" rx="1"></rect><rect class="band" x=${bandX} y="3" width=${bandW} height="6"></rect><rect class="marker" x=${markerX} y="0" width="1.5" height="12"></rect></svg>
    <p class="range-text">${sentence}</p>
  </div>`;
}
