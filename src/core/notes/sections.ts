/**
 * Structure in plain-text notes: paragraphs and section headings such as
 * "Assessment and Plan". DOM-free and linear in the length of the text.
 */

export type NoteBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string };

/** Section names clinicians use, matched case-insensitively as a whole line or before a colon. */
const KNOWN_SECTIONS = [
  'chief complaint',
  'cc',
  'reason for visit',
  'reason for consultation',
  'history of present illness',
  'hpi',
  'interval history',
  'past medical history',
  'pmh',
  'past surgical history',
  'psh',
  'family history',
  'social history',
  'medications',
  'current medications',
  'allergies',
  'review of systems',
  'ros',
  'physical exam',
  'physical examination',
  'exam',
  'vital signs',
  'vitals',
  'subjective',
  'objective',
  'assessment',
  'plan',
  'assessment and plan',
  'assessment & plan',
  'assessment/plan',
  'a/p',
  'impression',
  'impression and plan',
  'findings',
  'results',
  'labs',
  'diagnosis',
  'diagnoses',
  'discharge diagnosis',
  'discharge diagnoses',
  'hospital course',
  'procedure',
  'procedures',
  'indication',
  'indications',
  'technique',
  'comparison',
  'recommendations',
  'discharge instructions',
  'instructions',
  'follow-up',
  'follow up',
  'patient instructions',
  'disposition',
  'summary',
  // Spanish notes.
  'motivo de consulta',
  'enfermedad actual',
  'antecedentes',
  'antecedentes personales',
  'medicamentos',
  'alergias',
  'examen físico',
  'exploración física',
  'evaluación',
  'evaluación y plan',
  'diagnóstico',
  'impresión',
  'plan de tratamiento',
  'indicaciones',
  'seguimiento',
];
const KNOWN = new Set(KNOWN_SECTIONS);

const MAX_HEADING_LENGTH = 60;

function isKnownSection(label: string): boolean {
  return KNOWN.has(label.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** A short line written in capitals ("PHYSICAL EXAM", "IMPRESSION:"), with at least three letters. */
function isCapitalsHeading(line: string): boolean {
  const label = line.replace(/:\s*$/, '').trim();
  if (label.length < 3 || label.length > MAX_HEADING_LENGTH) return false;
  if (!/^[\p{Lu}\p{N}][\p{Lu}\p{N} /&,()'-]*$/u.test(label)) return false;
  // A run of four capitals: "PLAN", "IMPRESSION"; not a list of abbreviations like "HTN, HLD, DM2".
  return /\p{Lu}{4,}/u.test(label);
}

/** A short line ending in a colon with no sentence punctuation ("Plan of care:"). */
function isColonHeading(line: string): boolean {
  if (!line.endsWith(':')) return false;
  const label = line.slice(0, -1).trim();
  return label.length > 0 && label.length <= 40 && /^\p{L}/u.test(label) && !/[.;!?:]/.test(label) && label.split(/\s+/).length <= 6;
}

/** The heading text of a line, or `undefined` when the line is not a heading. */
export function headingOfLine(line: string): string | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > MAX_HEADING_LENGTH + 1) return undefined;
  const label = trimmed.replace(/\s*:\s*$/, '').replace(/^#+\s*/, '');
  if (isKnownSection(label) || isCapitalsHeading(trimmed) || isColonHeading(trimmed) || /^#{1,6}\s+\S/.test(trimmed)) {
    return label;
  }
  return undefined;
}

/** "Plan: continue lisinopril" → heading "Plan" and text "continue lisinopril" (known section names only). */
function splitInlineHeading(line: string): { heading: string; rest: string } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_HEADING_LENGTH) return undefined;
  const label = line.slice(0, colon).trim();
  const rest = line.slice(colon + 1).trim();
  if (!rest || !isKnownSection(label)) return undefined;
  return { heading: label, rest };
}

/**
 * Splits plain note text into headings and paragraphs. Paragraphs are separated
 * by blank lines and keep their single line breaks (lists, vitals). A line is a
 * heading when it is a known section name, a short line in capitals, or a short
 * label ending in a colon; "Plan: text" on one line becomes a heading and a paragraph.
 */
export function splitNoteText(text: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = length;
    const line = text.slice(lineStart, lineEnd).replace(/\s+$/, '');
    lineStart = lineEnd + 1;
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = headingOfLine(line);
    if (heading !== undefined) {
      flush();
      blocks.push({ kind: 'heading', text: heading });
      continue;
    }
    const inline = paragraph.length === 0 ? splitInlineHeading(line) : undefined;
    if (inline) {
      blocks.push({ kind: 'heading', text: inline.heading });
      paragraph.push(inline.rest);
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks;
}

/**
 * Groups blocks into chunks of about `targetChars` characters (never splitting a
 * block), so a very long note can be rendered a chunk at a time without freezing.
 */
export function chunkBlocks<T extends { text: string }>(blocks: readonly T[], targetChars = 20_000): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const block of blocks) {
    if (current.length && size + block.text.length > targetChars) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += block.text.length;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/**
 * Splits very long paragraphs (a 1 MB note with no blank lines) at line or word
 * boundaries so no single block holds more than `maxChars` characters.
 */
export function splitLongBlocks(blocks: readonly NoteBlock[], maxChars = 20_000): NoteBlock[] {
  const out: NoteBlock[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.text.length <= maxChars) {
      out.push(block);
      continue;
    }
    let start = 0;
    const t = block.text;
    while (start < t.length) {
      let end = Math.min(start + maxChars, t.length);
      if (end < t.length) {
        const newline = t.lastIndexOf('\n', end);
        const space = t.lastIndexOf(' ', end);
        const cut = newline > start ? newline : space > start ? space : end;
        end = cut;
      }
      out.push({ kind: 'paragraph', text: t.slice(start, end).replace(/^[\n ]/, '') });
      start = end === start ? end + 1 : end;
    }
  }
  return out;
}
