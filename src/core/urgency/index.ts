/** Urgency detection: does a patient message describe something that must not wait for a reply? */
export { classifyUrgency } from './classify.js';
export { compareUrgency, maxUrgency } from './levels.js';
export type {
  ClassifyUrgencyOptions, UrgencyCategory, UrgencyLevel, UrgencyMatch, UrgencyResult, UrgencyRule, UrgencyRulePack,
} from './types.js';
