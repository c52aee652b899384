/** Checks on a message before it is sent. Pure; the element turns codes into words. */

/** Default longest body, in characters, when the policy and the element set none. */
export const DEFAULT_MAX_BODY_LENGTH = 4000;
/** Longest subject, in characters. */
export const MAX_SUBJECT_LENGTH = 150;

export type DraftField = 'recipient' | 'subject' | 'body';

export type DraftIssueCode = 'recipient-missing' | 'subject-missing' | 'subject-too-long' | 'body-empty' | 'body-too-long';

export interface DraftIssue {
  field: DraftField;
  code: DraftIssueCode;
  /** For `*-too-long`: how many characters over the limit. */
  over?: number;
}

export interface DraftFields {
  recipientId: string;
  subject: string;
  body: string;
}

export interface DraftRules {
  /** Longest body, in characters. */
  maxLength: number;
  /** A reply inside a thread needs no recipient or subject. */
  reply?: boolean;
}

/**
 * Length as JavaScript, the HTML `maxlength` attribute and most back ends count it
 * (UTF-16 code units). Counting the way the server does means a message the
 * counter accepts is never refused on sending.
 */
export function characterCount(text: string): number {
  return text.length;
}

/** Issues in the order the fields appear on screen (recipient, subject, body); empty when the draft can be sent. */
export function validateDraft(fields: DraftFields, rules: DraftRules): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (!rules.reply) {
    if (!fields.recipientId.trim()) issues.push({ field: 'recipient', code: 'recipient-missing' });
    const subject = fields.subject.trim();
    if (!subject) issues.push({ field: 'subject', code: 'subject-missing' });
    else if (characterCount(subject) > MAX_SUBJECT_LENGTH) {
      issues.push({ field: 'subject', code: 'subject-too-long', over: characterCount(subject) - MAX_SUBJECT_LENGTH });
    }
  }
  if (!fields.body.trim()) issues.push({ field: 'body', code: 'body-empty' });
  else {
    const length = characterCount(fields.body);
    if (length > rules.maxLength) issues.push({ field: 'body', code: 'body-too-long', over: length - rules.maxLength });
  }
  return issues;
}

export type LengthBand = 'ok' | 'near' | 'over';

/**
 * Where a length sits against its limit: `near` in the last 10% (at least the last
 * 50 characters), `over` past it. A counter announces only when the band changes.
 */
export function lengthBand(length: number, max: number): LengthBand {
  if (length > max) return 'over';
  const margin = Math.max(50, Math.ceil(max * 0.1));
  return max - length <= margin ? 'near' : 'ok';
}
