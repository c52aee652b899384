/** Urgency detection: does a patient message describe something that must not wait for a reply? */
export { classifyUrgency, compareUrgency, maxUrgency } from './classify.js';
export type {
  ClassifyUrgencyOptions, UrgencyCategory, UrgencyLevel, UrgencyMatch, UrgencyResult, UrgencyRule, UrgencyRulePack,
} from './types.js';
