import { msg } from '@lit/localize';
import type { NoteType } from '../../adapters/types.js';

/** Every note type, in the order the type filter lists them. */
export const NOTE_TYPES: readonly NoteType[] = [
  'progress',
  'history-and-physical',
  'consult',
  'discharge-summary',
  'procedure',
  'imaging',
  'lab',
  'emergency',
  'nursing',
  'other',
];

/** A patient-facing, localised name for a note type. */
export function noteTypeLabel(type: string, sourceLabel?: string): string {
  switch (type) {
    case 'progress':
      return msg('Progress note', { id: 'notes.type.progress' });
    case 'discharge-summary':
      return msg('Discharge summary', { id: 'notes.type.discharge-summary' });
    case 'history-and-physical':
      return msg('History and physical', { id: 'notes.type.history-and-physical' });
    case 'consult':
      return msg('Consultation note', { id: 'notes.type.consult' });
    case 'procedure':
      return msg('Procedure note', { id: 'notes.type.procedure' });
    case 'imaging':
      return msg('Imaging report', { id: 'notes.type.imaging' });
    case 'lab':
      return msg('Lab report', { id: 'notes.type.lab' });
    case 'emergency':
      return msg('Emergency visit note', { id: 'notes.type.emergency' });
    case 'nursing':
      return msg('Nursing note', { id: 'notes.type.nursing' });
    default:
      return sourceLabel?.trim() || msg('Other note', { id: 'notes.type.other' });
  }
}

/** Badge text for a status that needs one (`final` needs none). */
export function noteStatusLabel(status: string): string | undefined {
  switch (status) {
    case 'preliminary':
      return msg('Preliminary', { id: 'notes.status.preliminary' });
    case 'amended':
      return msg('Amended', { id: 'notes.status.amended' });
    case 'corrected':
      return msg('Corrected', { id: 'notes.status.corrected' });
    default:
      return undefined;
  }
}

/** A sentence explaining what a status means for the reader. */
export function noteStatusExplanation(status: string): string | undefined {
  switch (status) {
    case 'preliminary':
      return msg('This note is not final yet. Your care team may still add to it or change it.', { id: 'notes.status.preliminary.explain' });
    case 'amended':
      return msg('This note was changed after it was first signed. You can read the earlier versions below.', { id: 'notes.status.amended.explain' });
    case 'corrected':
      return msg('This note was corrected after it was first signed. You can read the earlier versions below.', { id: 'notes.status.corrected.explain' });
    default:
      return undefined;
  }
}

/** "Untitled note" when the record has no title. */
export function noteTitle(title: string | undefined): string {
  return title?.trim() || msg('Untitled note', { id: 'notes.untitled' });
}
