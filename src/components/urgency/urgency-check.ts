/**
 * What the urgency engine download brings: the engine itself and
 * `<portal-urgency-notice>`, which a form shows only once the engine has found
 * something. Loaded through `loadUrgencyEngine()` (`urgency-engine.ts`).
 */
import './urgency-notice.js';

export * from '../../core/urgency/index.js';
