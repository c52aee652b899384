/** Idempotency keys and draft storage keys. Pure apart from the random source. */

/** A fresh idempotency key for one draft: created once, reused on every retry of that draft. */
export function createIdempotencyKey(random: () => number = Math.random): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (random === Math.random && typeof c?.randomUUID === 'function') return `msg-${c.randomUUID()}`;
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(random() * 16).toString(16);
  return `msg-${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The key a draft is kept under: one per thread for replies, one per preset
 * recipient for new messages, and one for a general new message. A `scope`
 * (for example the patient's id) keeps drafts of different people apart on a
 * shared computer.
 */
export function draftKey(context: { threadId?: string; recipientId?: string; scope?: string }): string {
  const base = context.threadId ? `thread:${context.threadId}` : context.recipientId ? `new:${context.recipientId}` : 'new';
  return context.scope ? `${context.scope}:${base}` : base;
}

/** Prefix of drafts kept in the browser's local storage. */
export const LOCAL_DRAFT_PREFIX = 'portal-elements:draft:';
