/**
 * `portal-elements/core`: DOM-free clinical logic — urgency detection, result
 * interpretation and release policy, note decoding, reply-time expectations,
 * message and appointment validation. Runs in Node, workers and browsers.
 */
export * from './urgency/index.js';
export * from './results/index.js';
export * from './notes/index.js';
export * from './reply-time/index.js';
export * from './messages/index.js';
export * from './appointments/index.js';
export * from './time/index.js';
