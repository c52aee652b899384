/** DOM-free result logic: release policy, range placement, grouping, explanations. */
export { decideResultRelease, clampHoldDays, releaseStart } from './release.js';
export type { ReleaseDecision, ReleaseOptions, ReleaseReason, ReleaseState } from './release.js';
export { placeOnRange, relationToRange, unitsMatch, normalizeUnit } from './range.js';
export type { RangePlacement, RangeScale, RangeNoScale, RangeRelation, RangeShape } from './range.js';
export { isOutsideRange, isCritical, resultIsOutsideRange, resultIsCritical, resultFlagUnknown } from './flags.js';
export { dedupeResults, groupResultsByReport, summarizeResults, filterResults, resultDate, foldText } from './group.js';
export type { ResultGroup, ResultSummary, ResultFilter } from './group.js';
export { trendSeries } from './trend.js';
export type { TrendPoint, TrendSeries } from './trend.js';
export { EXPLANATION_INDEX, findExplanation, explanationFor, explanationEntry, loadExplanation, loadExplanationTexts } from './explanations.js';
export type { ExplanationEntry, ExplanationText, ExplanationKind, ExplanationLocale } from './explanations.js';
export { computeFlag, combineFlags, parseRangeText } from './flag.js';
export type { RangeFlag, FlagSeverity, FlaggableValue, FlaggableRange, ParsedRange } from './flag.js';
