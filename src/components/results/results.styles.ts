import { css } from 'lit';

/**
 * Styles of `<portal-results>` (one rule a line: this sheet ships with the element).
 * Colour never carries meaning alone: flags have icons and words.
 */
export const resultsStyles = css`
  :host {
    --_band: var(--portal-results-band-color, light-dark(#cfe6d6, #1f4a2e));
    --_marker: var(--portal-results-marker-color, var(--_text));
    --_line: var(--portal-results-line-color, var(--_primary));
  }
  .base { max-width: var(--portal-results-max-width, 60rem); }
  .filters { display: flex; flex-wrap: wrap; gap: var(--_space-3); align-items: flex-end; margin-bottom: var(--_space-4); }
  .field { display: flex; flex-direction: column; gap: var(--_space-1); }
  .search { flex: 1 1 14rem; }
  .search input { width: 100%; }
  .check { flex-direction: row; align-items: center; gap: var(--_space-2); min-height: var(--_control-height); }
  .check label { font-weight: 400; }
  .summary, .group-meta, .badges { display: flex; flex-wrap: wrap; gap: var(--_space-2); }
  .summary { column-gap: var(--_space-4); }
  .group-meta { align-items: center; }
  .groups > * + * { margin-top: var(--_space-6); }
  /* Long histories: skip layout and paint of reports far off screen (still in the accessibility tree). */
  section.group { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
  @media print { section.group { content-visibility: visible; } }
  .group-header h3 { margin-bottom: var(--_space-1); }
  .reviewed { color: var(--_success); }
  .not-reviewed, .status { color: var(--_text-muted); }
  .status-preliminary, .status-corrected, .status-amended { color: var(--_warning); }
  .conclusion, .comment { border-left: 3px solid var(--_border); padding-left: var(--_space-3); margin-bottom: var(--_space-3); }
  .conclusion p, .comment p { margin-bottom: var(--_space-1); }
  .pre { white-space: pre-line; }
  ul.results { list-style: none; margin: var(--_space-3) 0 0; padding: 0; }
  ul.results > li + li { margin-top: var(--_space-3); }
  .result, .held { box-shadow: none; background: var(--_surface-raised); }
  .result.outside { border-left: 4px solid var(--_warning); }
  .result.critical { border-left: 4px solid var(--_danger); }
  .held { border-left: 4px solid var(--_info); }
  .result-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--_space-2); }
  .result-head h4, .plain { margin: 0; }
  h4:focus { outline: none; }
  h4:focus-visible { outline: var(--_focus-ring); }
  .badges { align-items: flex-start; }
  .flag { display: inline-flex; align-items: center; gap: var(--_space-1); font-weight: 600; white-space: nowrap; }
  .flag-icon { fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; flex: none; }
  .flag-normal { color: var(--_success); }
  .flag-low, .flag-high, .flag-abnormal { color: var(--_warning); }
  .flag-critical, .flag-critical-low, .flag-critical-high { color: var(--_danger); }
  .flag-unknown { color: var(--_text-muted); }
  .value-line { margin: var(--_space-2) 0; }
  .value { font-size: 1.375em; font-weight: 700; }
  .unit { font-size: 0.75em; font-weight: 400; }
  .value.text, .value.none { font-size: 1.125em; }
  table .value { font-size: 1em; }
  .range { margin-bottom: var(--_space-3); }
  .range-bar, .trend-chart { display: block; width: 100%; max-width: 24rem; }
  .range-bar { height: 1rem; margin-bottom: var(--_space-1); }
  .track { fill: var(--_border-subtle); }
  .band { fill: var(--_band); stroke: var(--_success); stroke-width: 0.3; }
  .marker { fill: var(--_marker); }
  .range-text { margin: 0 0 var(--_space-3); }
  .range-warning { color: var(--_text); font-style: italic; }
  table { border-collapse: collapse; margin-bottom: var(--_space-3); width: 100%; max-width: 36rem; }
  th, td { text-align: start; padding: var(--_space-1) var(--_space-2); border-bottom: 1px solid var(--_border-subtle); vertical-align: top; }
  caption { text-align: start; font-weight: 600; padding-bottom: var(--_space-1); }
  .support, .critical-box, .problem, .notice { margin: var(--_space-3) 0; }
  .support p:last-child, .critical-box p:last-child { margin-bottom: 0; }
  .phone { font-weight: 700; font-size: 1.125em; }
  .toggle, .actions { margin-top: var(--_space-2); }
  .detail, .explanation { margin-top: var(--_space-3); }
  .dates { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: var(--_space-2); margin: 0 0 var(--_space-3); }
  dt { font-weight: 600; }
  dd { margin: 0; }
  h5 { font-size: 1em; margin: 0 0 var(--_space-2); }
  .trend-chart { height: auto; border: 1px solid var(--_border-subtle); border-radius: var(--_radius-small); background: var(--_surface); }
  .trend-band { fill: var(--_band); }
  .trend-axis { stroke: var(--_border); }
  .trend-label { fill: var(--_text-muted); font-size: 10px; }
  .trend-line, .trend-point { fill: none; stroke: var(--_line); stroke-width: 2; }
  .trend-point { fill: var(--_surface); }
  .trend-point.current { fill: var(--_line); }
  summary { cursor: pointer; color: var(--_primary); font-weight: 600; min-height: 1.5rem; }
  [open] summary { margin-bottom: var(--_space-2); }
  .more { margin-top: var(--_space-4); }
  @media (forced-colors: active) {
    .track { fill: GrayText; }
    .band, .trend-band { fill: Canvas; stroke: CanvasText; stroke-width: 1; }
    .marker, .trend-point.current { fill: Highlight; }
    .trend-line, .trend-point, .trend-axis, .flag-icon { stroke: CanvasText; }
    .trend-label { fill: CanvasText; }
  }
`;
