/** Pure rules for secure messages: validation, routing suggestions, attachment checks, keys. DOM-free. */
export * from './validate.js';
export * from './routing.js';
export * from './attachments.js';
export * from './idempotency.js';
