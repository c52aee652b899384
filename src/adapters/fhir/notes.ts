/**
 * Clinical notes from US Core `DocumentReference` (category clinical-note) and
 * `DiagnosticReport.presentedForm` narratives. See docs/fhir-mapping.md.
 */
import { decodeBase64, decodeBase64Text } from '../../core/notes/text.js';
import { PortalError, isPortalError } from '../errors.js';
import type { Note, NoteContent, NoteQuery, NoteStatus, NoteSummary, NoteType, NoteVersion, Page } from '../types.js';
import { base64Size, isLinkType, isTextType, mediaTypeOf } from './attachment.js';
import type { BundlePage, SearchParams } from './client.js';
import { LOINC } from './codes.js';
import { isAboutPatient, mapEach, pageSize, type FhirContext } from './context.js';
import type { Attachment, CodeableConcept, DiagnosticReport, DocumentReference, Reference, Resource } from './fhir-types.js';
import { arr, codings, conceptText, date, hasCode, isObject, parseReference, str, time } from './reference.js';
import { cleanText, snippetOf } from './text.js';

export const NOTE_PROBLEMS = {
  empty: 'This note has no text to show. Ask your care team if you expected to see something here.',
  damaged: 'Part of this note could not be read because the file is damaged. Ask your care team for a copy.',
  characters: 'Part of this note uses characters that could not be read. Ask your care team for a copy.',
  unknownType: 'Part of this note is in a format that cannot be shown here.',
  unknownTypeLink: 'Part of this note is in a format that cannot be shown here. You can download it instead.',
  notLoaded: 'Part of this note could not be loaded. Please try again later.',
  elsewhere: 'Part of this note is kept in another system. Use the link to open it.',
} as const;

/** LOINC document types (US Core clinical note types and common narratives). */
const NOTE_TYPE_CODES: Record<Exclude<NoteType, 'other'>, string[]> = {
  progress: ['11506-3'],
  'discharge-summary': ['18842-5'],
  'history-and-physical': ['34117-2'],
  consult: ['11488-4'],
  procedure: ['28570-0'],
  imaging: ['18748-4'],
  lab: ['11502-2', '11526-1'],
  emergency: ['34111-5'],
  nursing: ['34746-8'],
};

const NOTE_TYPE_WORDS: [RegExp, NoteType][] = [
  [/discharge/i, 'discharge-summary'],
  [/history (and|&) physical|\bH ?& ?P\b/i, 'history-and-physical'],
  [/consult/i, 'consult'],
  [/procedure|operative/i, 'procedure'],
  [/imaging|radiology|x-?ray|\bCT\b|\bMRI\b|ultrasound/i, 'imaging'],
  [/laboratory|\blab\b|pathology/i, 'lab'],
  [/emergency|\bED\b/i, 'emergency'],
  [/nurs/i, 'nursing'],
  [/progress|office visit|clinic note/i, 'progress'],
];

export function noteTypeOf(type: CodeableConcept | undefined): NoteType {
  for (const c of codings(type)) {
    if (c.system !== LOINC || !c.code) continue;
    for (const [t, codes] of Object.entries(NOTE_TYPE_CODES)) if (codes.includes(c.code)) return t as NoteType;
  }
  const text = [isObject(type) ? type.text : undefined, ...codings(type).map((c) => c.display)].filter((s): s is string => typeof s === 'string').join(' ');
  for (const [re, t] of NOTE_TYPE_WORDS) if (re.test(text)) return t;
  return 'other';
}

function docStatusOf(doc: DocumentReference): NoteStatus {
  const replaces = arr<{ code?: string }>(doc.relatesTo).some((r) => isObject(r) && r.code === 'replaces');
  if (doc.docStatus === 'preliminary') return 'preliminary';
  if (doc.docStatus === 'amended' || replaces) return 'amended';
  return 'final';
}

function reportStatusOf(status: string | undefined): NoteStatus {
  if (status === 'preliminary' || status === 'partial' || status === 'registered') return 'preliminary';
  if (status === 'amended' || status === 'appended') return 'amended';
  if (status === 'corrected') return 'corrected';
  return 'final';
}

/** Never shown as a note: entered in error, or replaced by a newer version. */
export function isHiddenDocument(doc: DocumentReference): boolean {
  return doc.status === 'entered-in-error' || doc.docStatus === 'entered-in-error' || doc.status === 'superseded';
}

function isHiddenReport(r: DiagnosticReport): boolean {
  return r.status === 'entered-in-error' || r.status === 'cancelled' || arr(r.presentedForm).length === 0;
}

function attachmentsOf(doc: DocumentReference): Attachment[] {
  return arr<{ attachment?: Attachment }>(doc.content)
    .map((c) => (isObject(c) ? c.attachment : undefined))
    .filter((a): a is Attachment => isObject(a));
}

function replacedIds(doc: DocumentReference): string[] {
  return arr<{ code?: string; target?: Reference }>(doc.relatesTo)
    .filter((r) => isObject(r) && r.code === 'replaces')
    .map((r) => parseReference(r.target))
    .filter((p) => p?.type === 'DocumentReference')
    .map((p) => p!.id);
}

/** An http(s) link for an attachment URL, absolute; undefined for anything else (javascript:, file:, …). */
function safeLink(ctx: FhirContext, url: string): string | undefined {
  const abs = ctx.client.absolute(url);
  return /^https?:\/\//i.test(abs) ? abs : undefined;
}

/** PDFs and images on the FHIR server up to this size are read with the token; larger ones stay links. */
const MAX_BINARY_BYTES = 20 * 1024 * 1024;

/**
 * Reads one attachment. Inline data is decoded (UTF-8 or the declared charset);
 * a URL on this server is fetched as a Binary when `fetchRemote` (with the token):
 * text is decoded, PDFs and images become `data:` URLs (falling back to a link when
 * the Binary cannot be read). Never throws: problems become `problem`.
 */
export async function readAttachment(ctx: FhirContext, att: Attachment, fetchRemote: boolean): Promise<NoteContent> {
  const declared = str(att.contentType);
  const media = mediaTypeOf(declared);
  const contentType = declared ?? 'application/octet-stream';
  const title = cleanText(att.title);
  const part: NoteContent = { contentType, ...(title ? { title } : {}) };
  if (typeof att.size === 'number' && att.size >= 0) part.size = att.size;
  const data = str(att.data);
  const url = str(att.url);

  if (data) {
    if (isTextType(media) || (!declared && url === undefined)) {
      const decoded = decodeBase64Text(data, declared ?? 'text/plain');
      if (!decoded.ok) {
        return { ...part, problem: decoded.reason === 'invalid-base64' ? NOTE_PROBLEMS.damaged : decoded.reason === 'empty' ? NOTE_PROBLEMS.empty : NOTE_PROBLEMS.characters };
      }
      if (!/\S/.test(decoded.text)) return { ...part, problem: NOTE_PROBLEMS.empty };
      if (!declared) return { ...part, contentType: 'text/plain', text: decoded.text, size: part.size ?? base64Size(data) };
      return { ...part, text: decoded.text, size: part.size ?? base64Size(data) };
    }
    if (!decodeBase64(data)) return { ...part, problem: NOTE_PROBLEMS.damaged };
    if (isLinkType(media)) return { ...part, url: `data:${media};base64,${data.replace(/\s+/g, '')}`, size: part.size ?? base64Size(data) };
    return { ...part, problem: NOTE_PROBLEMS.unknownType };
  }

  if (url) {
    const link = safeLink(ctx, url);
    if (isTextType(media) || !declared) {
      if (!ctx.client.isOnServer(url)) return link ? { ...part, url: link, problem: NOTE_PROBLEMS.elsewhere } : { ...part, problem: NOTE_PROBLEMS.notLoaded };
      if (!fetchRemote) return { ...part, ...(link ? { url: link } : {}) };
      return readBinary(ctx, url, part, declared);
    }
    if (isLinkType(media)) {
      // A PDF or image on this server usually needs the bearer token, which a plain link
      // cannot send: read it as a Binary (with the token) so the reader can show it.
      if (fetchRemote && ctx.client.isOnServer(url) && (part.size === undefined || part.size <= MAX_BINARY_BYTES)) {
        const fetched = await readBinary(ctx, url, part, declared);
        if (fetched.url && !fetched.problem) return fetched;
      }
      return link ? { ...part, url: link } : { ...part, problem: NOTE_PROBLEMS.notLoaded };
    }
    return link ? { ...part, url: link, problem: NOTE_PROBLEMS.unknownTypeLink } : { ...part, problem: NOTE_PROBLEMS.unknownType };
  }
  return { ...part, problem: NOTE_PROBLEMS.empty };
}

async function readBinary(ctx: FhirContext, url: string, part: NoteContent, declared: string | undefined): Promise<NoteContent> {
  try {
    const res = await ctx.client.request('GET', ctx.client.cursorUrl(url));
    const binary = res.body as { resourceType?: string; data?: unknown; contentType?: unknown } | undefined;
    if (binary?.resourceType !== 'Binary' || typeof binary.data !== 'string') return { ...part, problem: NOTE_PROBLEMS.notLoaded };
    const type = str(binary.contentType) ?? declared ?? 'text/plain';
    const resolved = await readAttachment(ctx, { contentType: declared && !str(binary.contentType) ? declared : type, data: binary.data, title: part.title, size: part.size }, false);
    return resolved;
  } catch {
    return { ...part, problem: NOTE_PROBLEMS.notLoaded };
  }
}

/** The summary's problem: the note has nothing readable at all. */
function summaryProblem(parts: NoteContent[]): string | undefined {
  if (parts.length === 0) return NOTE_PROBLEMS.empty;
  if (parts.every((p) => p.problem)) return parts[0].problem;
  return undefined;
}

/** A stable key for an attachment's content, to drop narratives that duplicate a document. */
function contentKey(ctx: FhirContext, att: Attachment): string | undefined {
  const url = str(att.url);
  if (url) return `url:${ctx.client.absolute(url)}`;
  const data = str(att.data)?.replace(/\s+/g, '');
  if (!data) return undefined;
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data.charCodeAt(i), 0x01000193);
  return `data:${data.length}:${(h >>> 0).toString(16)}`;
}

interface MappedNote {
  summary: NoteSummary;
  attachments: Attachment[];
  source: 'document' | 'report';
  /** Documents this one replaces. */
  replaces: string[];
  /** DiagnosticReports this document presents (context.related). */
  related: string[];
}

async function mapDocument(ctx: FhirContext, doc: DocumentReference): Promise<MappedNote> {
  const attachments = attachmentsOf(doc);
  const parts = await Promise.all(attachments.map((a) => readAttachment(ctx, a, false)));
  const firstText = parts.find((p) => typeof p.text === 'string');
  const typeLabel = conceptText(doc.type);
  const title = cleanText(doc.description) ?? typeLabel ?? attachments.map((a) => cleanText(a.title)).find(Boolean) ?? 'Clinical note';
  const context = isObject(doc.context) ? doc.context : undefined;
  const replaces = replacedIds(doc);
  const summary: NoteSummary = {
    id: doc.id!,
    title,
    type: noteTypeOf(doc.type),
    status: docStatusOf(doc),
  };
  if (typeLabel) summary.typeLabel = typeLabel;
  const author = arr<Reference>(doc.author).map((r) => ctx.resolver.person(r)).find(Boolean);
  if (author) summary.author = author;
  const when = date(doc.date) ?? date(context?.period?.start) ?? attachments.map((a) => date(a.creation)).find(Boolean);
  if (when) summary.date = when;
  const encounter = arr<Reference>(context?.encounter).map((e) => cleanText(e?.display)).find(Boolean) ?? conceptText(context?.practiceSetting);
  if (encounter) summary.encounter = encounter;
  const location = conceptText(context?.facilityType);
  if (location) summary.location = location;
  const snippet = firstText?.text ? snippetOf(firstText.text, mediaTypeOf(firstText.contentType)) : cleanText(doc.description, 200);
  if (snippet && snippet !== title) summary.snippet = snippet;
  if (replaces.length) summary.versions = replaces.length;
  const problem = summaryProblem(parts);
  if (problem) summary.problem = problem;
  const related = arr<Reference>(context?.related)
    .map((r) => parseReference(r))
    .filter((p) => p?.type === 'DiagnosticReport')
    .map((p) => p!.id);
  return { summary, attachments, source: 'document', replaces, related };
}

function reportNoteType(r: DiagnosticReport): NoteType {
  if (hasCode(r.category, ['RAD', 'RX', 'CT', 'MR', 'US', 'NMR', 'CUS', 'VUS', 'XRC']) || hasCode(r.category, ['LP29684-5'])) return 'imaging';
  if (hasCode(r.category, ['LAB', 'PAT', 'SP', 'CH', 'HM', 'MB', 'CP', 'GE'])) return 'lab';
  const t = noteTypeOf(r.code);
  return t;
}

async function mapReport(ctx: FhirContext, r: DiagnosticReport): Promise<MappedNote> {
  const attachments = arr<Attachment>(r.presentedForm).filter((x) => isObject(x));
  const parts = await Promise.all(attachments.map((a) => readAttachment(ctx, a, false)));
  const firstText = parts.find((p) => typeof p.text === 'string');
  const typeLabel = conceptText(r.code);
  const summary: NoteSummary = {
    id: r.id!,
    title: typeLabel ?? attachments.map((a) => cleanText(a.title)).find(Boolean) ?? 'Report',
    type: reportNoteType(r),
    status: reportStatusOf(r.status),
  };
  if (typeLabel) summary.typeLabel = typeLabel;
  const author = [...arr<Reference>(r.resultsInterpreter), ...arr<Reference>(r.performer)].map((x) => ctx.resolver.person(x)).find(Boolean);
  if (author) summary.author = author;
  const when = date(r.effectiveDateTime) ?? date(r.effectivePeriod?.start) ?? date(r.issued);
  if (when) summary.date = when;
  const encounter = cleanText(r.encounter?.display);
  if (encounter) summary.encounter = encounter;
  const snippet = firstText?.text ? snippetOf(firstText.text, mediaTypeOf(firstText.contentType)) : cleanText(r.conclusion, 200);
  if (snippet) summary.snippet = snippet;
  const problem = summaryProblem(parts);
  if (problem) summary.problem = problem;
  return { summary, attachments, source: 'report', replaces: [], related: [] };
}

// ---------------------------------------------------------------- listing

interface NotesCursor {
  documents?: string;
  reports?: string;
}

function readCursor(cursor: string): NotesCursor {
  if (cursor.startsWith('{')) {
    try {
      const parsed = JSON.parse(cursor) as unknown;
      if (isObject(parsed)) {
        const c: NotesCursor = {};
        if (typeof parsed.documents === 'string') c.documents = parsed.documents;
        if (typeof parsed.reports === 'string') c.reports = parsed.reports;
        if (c.documents || c.reports) return c;
      }
    } catch {
      // fall through to the error below
    }
    throw new PortalError('invalid', 'The notes cursor is not one this adapter handed out.');
  }
  return { documents: cursor };
}

function writeCursor(c: NotesCursor): string | undefined {
  if (!c.documents && !c.reports) return undefined;
  if (c.documents && !c.reports) return c.documents;
  return JSON.stringify(c);
}

function dateParams(query: NoteQuery): SearchParams {
  const p: SearchParams = [];
  if (query.from) p.push(['date', `ge${query.from}`]);
  if (query.to) p.push(['date', `le${query.to}`]);
  return p;
}

function matchesQuery(s: NoteSummary, query: NoteQuery): boolean {
  if (query.type && s.type !== query.type) return false;
  if (query.author) {
    const a = query.author.toLowerCase();
    if (!s.author || !(s.author.id === query.author || s.author.name.toLowerCase().includes(a))) return false;
  }
  if (query.text) {
    const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
    const hay = [s.title, s.snippet, s.author?.name, s.typeLabel, s.encounter].filter(Boolean).join(' ').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** Report narratives are lab/imaging/other notes; skip them when another type was asked for. */
function reportsWanted(type: NoteType | undefined): boolean {
  return type === undefined || type === 'lab' || type === 'imaging' || type === 'other';
}

export async function listNotes(ctx: FhirContext, query: NoteQuery = {}): Promise<Page<NoteSummary>> {
  const count = pageSize(query.pageSize);
  const cursor = query.cursor ? readCursor(query.cursor) : undefined;
  const sort = query.sort === 'oldest' ? 'date' : '-date';
  const { client } = ctx;

  let documents: Promise<BundlePage<DocumentReference> | undefined> = Promise.resolve(undefined);
  if (!cursor || cursor.documents) {
    const params: SearchParams = [
      ['patient', ctx.patientId],
      ['category', 'clinical-note'],
      ['_count', String(count)],
      ['_sort', sort],
      ['_include', 'DocumentReference:author'],
      ...dateParams(query),
    ];
    if (query.type && query.type !== 'other') params.push(['type', NOTE_TYPE_CODES[query.type].map((c) => `${LOINC}|${c}`).join(',')]);
    const first = cursor?.documents ? client.page<DocumentReference>(cursor.documents, 'DocumentReference') : client.search<DocumentReference>('DocumentReference', params);
    documents = first.then((p) => client.skipEmptyPages(p, 'DocumentReference', (d) => !isHiddenDocument(d)));
  }
  let reports: Promise<BundlePage<DiagnosticReport> | undefined> = Promise.resolve(undefined);
  const warnings: string[] = [];
  if ((!cursor || cursor.reports) && reportsWanted(query.type)) {
    const params: SearchParams = [['patient', ctx.patientId], ['_count', String(count)], ['_sort', sort], ...dateParams(query)];
    const first = cursor?.reports ? client.page<DiagnosticReport>(cursor.reports, 'DiagnosticReport') : client.search<DiagnosticReport>('DiagnosticReport', params);
    reports = first
      .then((p) => client.skipEmptyPages(p, 'DiagnosticReport', (r) => !isHiddenReport(r), 3))
      .catch((e: unknown) => {
        // Notes still work when reports cannot be read (for example no access to DiagnosticReport).
        if (isPortalError(e) && (e.kind === 'auth' || e.kind === 'timeout' || e.kind === 'offline')) throw e;
        warnings.push('Some reports could not be loaded, so they are not in this list.');
        return undefined;
      });
  }
  const [docPage, reportPage] = await Promise.all([documents, reports]);

  ctx.resolver.add(docPage?.included ?? []);
  ctx.resolver.add(reportPage?.included ?? []);
  const docs = (docPage?.matches ?? []).filter((d) => !isHiddenDocument(d) && isAboutPatient(ctx, d.subject));
  const reps = (reportPage?.matches ?? []).filter((r) => !isHiddenReport(r) && isAboutPatient(ctx, r.subject));
  await ctx.resolver.resolve([
    ...docs.flatMap((d) => arr<Reference>(d.author).slice(0, 1)),
    ...reps.flatMap((r) => [...arr<Reference>(r.resultsInterpreter), ...arr<Reference>(r.performer)].slice(0, 1)),
  ]);

  const mapped = [...(await mapEach(docs, (d) => mapDocument(ctx, d), warnings, 'note')), ...(await mapEach(reps, (r) => mapReport(ctx, r), warnings, 'report'))];

  // A replaced note is history only, even when the server did not mark it superseded.
  const replaced = new Set(mapped.flatMap((m) => m.replaces));
  const presented = new Set(mapped.flatMap((m) => m.related));
  const documentContent = new Set(mapped.filter((m) => m.source === 'document').flatMap((m) => m.attachments.map((a) => contentKey(ctx, a)).filter(Boolean)));
  const items = mapped
    .filter((m) => !(m.source === 'document' && replaced.has(m.summary.id)))
    .filter((m) => {
      if (m.source !== 'report') return true;
      if (presented.has(m.summary.id)) return false;
      const keys = m.attachments.map((a) => contentKey(ctx, a));
      return !(keys.length > 0 && keys.every((k) => k && documentContent.has(k)));
    })
    .map((m) => m.summary)
    .filter((s) => matchesQuery(s, query));
  items.sort((a, b) => (query.sort === 'oldest' ? time(a.date) - time(b.date) : time(b.date) - time(a.date)));

  const page: Page<NoteSummary> = { items };
  const next = writeCursor({ documents: docPage?.next, reports: reportPage?.next });
  if (next) page.next = next;
  const allWarnings = [...(docPage?.warnings ?? []), ...(reportPage?.warnings ?? []), ...warnings];
  if (allWarnings.length) page.warnings = [...new Set(allWarnings)];
  return page;
}

// ---------------------------------------------------------------- one note

function belongsToPatient(ctx: FhirContext, subject: Reference | undefined): boolean {
  return isAboutPatient(ctx, subject);
}

const NOT_FOUND = 'This note is not available.';

/** The current version of a superseded document: the one whose relatesTo replaces it. */
async function replacementOf(ctx: FhirContext, id: string, depth = 0): Promise<DocumentReference | undefined> {
  if (depth > 5) return undefined;
  const page = await ctx.client
    .search<DocumentReference>('DocumentReference', [['patient', ctx.patientId], ['relatesto', `DocumentReference/${id}`]])
    .catch(() => undefined);
  const candidates = (page?.matches ?? []).filter((d) => d.status !== 'entered-in-error' && d.docStatus !== 'entered-in-error' && replacedIds(d).includes(id));
  const current = candidates.find((d) => d.status !== 'superseded');
  if (current) return current;
  for (const c of candidates) {
    const newer = await replacementOf(ctx, c.id!, depth + 1);
    if (newer) return newer;
  }
  return undefined;
}

async function historyOf(ctx: FhirContext, doc: DocumentReference): Promise<NoteVersion[]> {
  const versions: NoteVersion[] = [];
  const seen = new Set<string>([doc.id!]);
  let queue = replacedIds(doc);
  while (queue.length > 0 && seen.size < 20) {
    const ids = queue.filter((id) => !seen.has(id));
    ids.forEach((id) => seen.add(id));
    const olds = await Promise.all(ids.map((id) => ctx.client.read<DocumentReference>('DocumentReference', id).catch(() => undefined)));
    queue = [];
    for (const old of olds) {
      if (!old || old.status === 'entered-in-error' || old.docStatus === 'entered-in-error' || !belongsToPatient(ctx, old.subject)) continue;
      await ctx.resolver.resolve(arr<Reference>(old.author).slice(0, 1));
      const v: NoteVersion = { id: old.id!, status: old.docStatus === 'preliminary' ? 'preliminary' : old.docStatus === 'amended' ? 'amended' : 'final' };
      const title = cleanText(old.description) ?? conceptText(old.type);
      if (title) v.title = title;
      const when = date(old.date);
      if (when) v.date = when;
      const author = arr<Reference>(old.author).map((r) => ctx.resolver.person(r)).find(Boolean);
      if (author) v.author = author;
      versions.push(v);
      queue.push(...replacedIds(old));
    }
  }
  return versions.sort((a, b) => time(b.date) - time(a.date));
}

async function readOrUndefined<T extends Resource>(ctx: FhirContext, type: T['resourceType'], id: string): Promise<T | undefined> {
  try {
    return await ctx.client.read<T>(type, id);
  } catch (e) {
    if (isPortalError(e) && e.kind === 'not-found') return undefined;
    throw e;
  }
}

export async function getNote(ctx: FhirContext, id: string): Promise<Note> {
  let doc = await readOrUndefined<DocumentReference>(ctx, 'DocumentReference', id);
  if (doc) {
    if (doc.status === 'entered-in-error' || doc.docStatus === 'entered-in-error' || !belongsToPatient(ctx, doc.subject)) {
      throw new PortalError('not-found', NOT_FOUND);
    }
    if (doc.status === 'superseded') {
      // A replaced note is shown only as the history of the note that replaced it.
      doc = await replacementOf(ctx, id);
      if (!doc) throw new PortalError('not-found', `${NOT_FOUND} A newer version replaced it.`);
    }
    await ctx.resolver.resolve(arr<Reference>(doc.author).slice(0, 1));
    const mapped = await mapDocument(ctx, doc);
    const content = await Promise.all(mapped.attachments.map((a) => readAttachment(ctx, a, true)));
    const history = await historyOf(ctx, doc);
    const note: Note = { ...mapped.summary, content, history, versions: history.length || undefined };
    if (!note.versions) delete note.versions;
    const problem = summaryProblem(content);
    if (problem) note.problem = problem;
    else delete note.problem;
    return note;
  }
  const report = await readOrUndefined<DiagnosticReport>(ctx, 'DiagnosticReport', id);
  if (!report || isHiddenReport(report) || !belongsToPatient(ctx, report.subject)) throw new PortalError('not-found', NOT_FOUND);
  await ctx.resolver.resolve([...arr<Reference>(report.resultsInterpreter), ...arr<Reference>(report.performer)].slice(0, 1));
  const mapped = await mapReport(ctx, report);
  const content = await Promise.all(mapped.attachments.map((a) => readAttachment(ctx, a, true)));
  const note: Note = { ...mapped.summary, content, history: [] };
  const problem = summaryProblem(content);
  if (problem) note.problem = problem;
  else delete note.problem;
  return note;
}
