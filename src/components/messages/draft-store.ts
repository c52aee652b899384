import type { MessageDraft, PortalAdapter } from '../../adapters/types.js';
import { LOCAL_DRAFT_PREFIX } from '../../core/messages/index.js';

/** A draft as the composer keeps it: the text fields plus the idempotency key of its next send. */
export interface SavedDraft {
  draft: MessageDraft;
  /** Kept with the draft so a retry after a reload still cannot send twice (local storage only). */
  idempotencyKey?: string;
  savedAt: string;
}

interface LocalRecord {
  v: 1;
  draft: MessageDraft;
  idempotencyKey?: string;
  savedAt: string;
}

function isLocalRecord(value: unknown): value is LocalRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<LocalRecord>;
  return r.v === 1 && typeof r.savedAt === 'string' && typeof r.draft === 'object' && r.draft !== null && typeof r.draft.body === 'string';
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): drafts then live only in memory.
    return undefined;
  }
}

/**
 * Where drafts live: the back end when the adapter supports drafts, otherwise
 * the browser's local storage under `portal-elements:draft:<key>`. Attachments
 * are never stored (too large, and files may be sensitive on a shared computer).
 */
export class DraftStore {
  constructor(readonly adapter: PortalAdapter) {}

  private get remote(): boolean {
    return this.adapter.capabilities.drafts && !!this.adapter.saveDraft && !!this.adapter.getDraft && !!this.adapter.deleteDraft;
  }

  async load(key: string): Promise<SavedDraft | undefined> {
    if (this.remote && this.adapter.getDraft) {
      const stored = await this.adapter.getDraft(key);
      return stored ? { draft: stored.draft, savedAt: stored.savedAt } : undefined;
    }
    const raw = storage()?.getItem(LOCAL_DRAFT_PREFIX + key);
    if (!raw) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      return isLocalRecord(parsed) ? { draft: parsed.draft, idempotencyKey: parsed.idempotencyKey, savedAt: parsed.savedAt } : undefined;
    } catch {
      return undefined;
    }
  }

  async save(key: string, draft: MessageDraft, idempotencyKey: string | undefined): Promise<void> {
    const { attachments: _files, ...text } = draft;
    if (this.remote && this.adapter.saveDraft) {
      await this.adapter.saveDraft(key, text);
      return;
    }
    const record: LocalRecord = { v: 1, draft: text, idempotencyKey, savedAt: new Date().toISOString() };
    try {
      storage()?.setItem(LOCAL_DRAFT_PREFIX + key, JSON.stringify(record));
    } catch {
      // Quota exceeded or storage blocked: the text stays on screen; nothing else to do.
    }
  }

  async remove(key: string): Promise<void> {
    if (this.remote && this.adapter.deleteDraft) {
      await this.adapter.deleteDraft(key);
      return;
    }
    storage()?.removeItem(LOCAL_DRAFT_PREFIX + key);
  }
}
