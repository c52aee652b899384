import { defineElement } from '../shared/define.js';
import type { ComposeRequestDetail, PortalErrorDetail } from '../shared/events.js';
import { PortalNote, EXPLAIN_TERMS_STORAGE_KEY, type NoteOpenedDetail } from './note-reader.component.js';
import { PortalNotes, type NoteClosedDetail } from './notes.component.js';

export { PortalNote, PortalNotes, EXPLAIN_TERMS_STORAGE_KEY };
export type { NoteOpenedDetail, NoteClosedDetail, ComposeRequestDetail, PortalErrorDetail };
export { TRUSTED_TYPES_POLICY_NAME } from '../shared/trusted-types.js';

defineElement('portal-note', PortalNote);
defineElement('portal-notes', PortalNotes);

declare global {
  interface HTMLElementTagNameMap {
    'portal-notes': PortalNotes;
    'portal-note': PortalNote;
  }
  interface GlobalEventHandlersEventMap {
    'portal-note-opened': CustomEvent<NoteOpenedDetail>;
    'portal-note-closed': CustomEvent<NoteClosedDetail>;
  }
}
