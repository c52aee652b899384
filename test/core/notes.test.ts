import { expect } from '@open-wc/testing';
import {
  ABBREVIATIONS,
  abbreviationExplanation,
  abbreviationMeanings,
  buildAbbreviationDictionary,
  chunkBlocks,
  createAbbreviationDictionary,
  decodeBase64Text,
  findAbbreviations,
  findSearchRanges,
  foldForSearch,
  headingOfLine,
  isSafeContentUrl,
  matchAbbreviations,
  noteContentKind,
  normalizeNoteText,
  parseDataUrl,
  rtfToText,
  segmentText,
  splitLongBlocks,
  splitNoteText,
} from '../../src/core/notes/index.js';

const found = (text: string, firstOnly = false) => findAbbreviations(text, { firstOnly }).map((m) => `${text.slice(m.start, m.end)}=${m.entry.abbr}`);

describe('core/notes: abbreviations', () => {
  it('ships at least 150 abbreviations, each explained in English and Spanish', () => {
    expect(ABBREVIATIONS.length).to.be.at.least(150);
    for (const a of ABBREVIATIONS) {
      expect(a.explain.en, a.abbr).to.be.a('string').and.not.empty;
      expect(a.explain.es, a.abbr).to.be.a('string').and.not.empty;
      expect(a.expansions.length, a.abbr).to.be.at.least(1);
      if (a.ambiguous) expect(a.expansions.length, a.abbr).to.be.at.least(2);
    }
    expect(new Set(ABBREVIATIONS.map((a) => a.abbr)).size).to.equal(ABBREVIATIONS.length);
  });

  const cases: [string, string[]][] = [
    ['Pt with SOB and CP.', ['SOB=SOB', 'CP=CP']],
    ['She was sob and happy.', []], // case-sensitive: "sob" is a word
    ['We went to the US. The US showed a cyst.', ['US=US', 'US=US']],
    ['Take metformin bid and BID.', ['bid=BID', 'BID=BID']], // case-insensitive entry
    ['N/V/D for 2 days, N/V today.', ['N/V/D=N/V/D', 'N/V=N/V']],
    ['A&O x3, cough x3 days', ['A&O=A&O', 'x3=x', 'x3=x']],
    ['Tylenol q6h prn', ['q6h=q', 'prn=PRN']],
    ['h/o HTN/HLD, s/p CABG', ['h/o=h/o', 'HTN=HTN', 'HLD=HLD', 's/p=s/p']],
    ['w/ food, w/o food', ['w/=w/', 'w/o=w/o']],
    ['post-MI care; X-ray clear', ['MI=MI']],
    ['HAPPY HAPPINESS', []], // never inside a longer word
    ['DM2 and T2DM', ['DM2=DM2', 'T2DM=T2DM']],
    ['', []],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(expected)} in ${JSON.stringify(text)}`, () => {
      expect(found(text)).to.deep.equal(expected);
    });
  }

  it('reports only the first occurrence when asked', () => {
    expect(found('SOB, then SOB again, HTN', true)).to.deep.equal(['SOB=SOB', 'HTN=HTN']);
  });

  it('explains in the reader’s language and lists every meaning of ambiguous ones', () => {
    const cp = ABBREVIATIONS.find((a) => a.abbr === 'CP')!;
    expect(abbreviationMeanings(cp, 'en')).to.deep.equal(['chest pain', 'cerebral palsy']);
    expect(abbreviationMeanings(cp, 'es-MX')).to.deep.equal(['dolor de pecho', 'parálisis cerebral']);
    expect(abbreviationExplanation(cp, 'es')).to.contain('depende del contexto');
  });

  it('matches with a dictionary passed in, the way the reader uses the list it loads on demand', () => {
    const text = 'Pt with SOB, N/V and HTN/HLD; q6h prn.';
    const shipped = buildAbbreviationDictionary(ABBREVIATIONS);
    const show = (dict: Parameters<typeof matchAbbreviations>[1]) =>
      matchAbbreviations(text, dict).map((m) => `${text.slice(m.start, m.end)}=${m.entry.abbr}`);
    // The shipped list passed in finds exactly what the synchronous default finds.
    expect(show(shipped)).to.deep.equal(findAbbreviations(text).map((m) => `${text.slice(m.start, m.end)}=${m.entry.abbr}`));
    expect(show(shipped)).to.deep.equal(['SOB=SOB', 'N/V=N/V', 'HTN=HTN', 'HLD=HLD', 'q6h=q', 'prn=PRN']);
    // Another list finds only its own entries.
    const sob = ABBREVIATIONS.find((a) => a.abbr === 'SOB')!;
    expect(show(buildAbbreviationDictionary([sob]))).to.deep.equal(['SOB=SOB']);
    expect(show(buildAbbreviationDictionary([]))).to.deep.equal([]);
    expect(findAbbreviations(text, {}, createAbbreviationDictionary([sob])).map((m) => m.entry.abbr)).to.deep.equal(['SOB']);
    // Options work the same way.
    expect(matchAbbreviations('SOB SOB SOB', shipped, { firstOnly: true })).to.have.length(1);
    expect(matchAbbreviations('SOB HTN CP', shipped, { limit: 2 })).to.have.length(2);
  });

  it('scans a 1 MB note in one linear pass', () => {
    const text = 'Pt c/o SOB and CP, HTN stable, f/u 2 wks. '.repeat(25_000);
    expect(text.length).to.be.greaterThan(1_000_000);
    expect(findAbbreviations(text).length).to.equal(25_000 * 5);
    expect(findAbbreviations(text, { firstOnly: true }).length).to.equal(5);
  });
});

describe('core/notes: sections and paragraphs', () => {
  const headings: [string, string | undefined][] = [
    ['Assessment and Plan', 'Assessment and Plan'],
    ['ASSESSMENT AND PLAN:', 'ASSESSMENT AND PLAN'],
    ['HPI', 'HPI'],
    ['Physical exam:', 'Physical exam'],
    ['Plan of care:', 'Plan of care'],
    ['## Medications', 'Medications'],
    ['Evaluación y plan', 'Evaluación y plan'],
    ['HTN, HLD, DM2', undefined],
    ['BP 120/80', undefined],
    ['The patient said: I feel better.', undefined],
    ['Patient is doing well today.', undefined],
  ];
  for (const [line, expected] of headings) {
    it(`${JSON.stringify(line)} → ${JSON.stringify(expected)}`, () => {
      expect(headingOfLine(line)).to.equal(expected);
    });
  }

  it('splits headings, inline headings and paragraphs', () => {
    expect(splitNoteText('SUBJECTIVE\nFeels well.\nSleeping better.\n\n\nPlan: continue meds.\nRecheck in 3 months.')).to.deep.equal([
      { kind: 'heading', text: 'SUBJECTIVE' },
      { kind: 'paragraph', text: 'Feels well.\nSleeping better.' },
      { kind: 'heading', text: 'Plan' },
      { kind: 'paragraph', text: 'continue meds.\nRecheck in 3 months.' },
    ]);
  });

  it('does not turn "Note: …" into a heading', () => {
    expect(splitNoteText('Note: fasting labs.')).to.deep.equal([{ kind: 'paragraph', text: 'Note: fasting labs.' }]);
  });

  it('chunks long text without splitting blocks, and splits a giant paragraph at spaces', () => {
    const long = splitLongBlocks([{ kind: 'paragraph', text: 'word '.repeat(10_000).trim() }], 1000);
    expect(long.length).to.be.greaterThan(45);
    for (const b of long) expect(b.text.length).to.be.at.most(1000);
    expect(long.map((b) => b.text).join(' ')).to.equal('word '.repeat(10_000).trim());
    const chunks = chunkBlocks(long, 5000);
    expect(chunks.flat()).to.have.length(long.length);
    for (const c of chunks) expect(c.reduce((n, b) => n + b.text.length, 0)).to.be.at.most(5000);
  });
});

describe('core/notes: RTF', () => {
  const cases: [string, string, string][] = [
    ['paragraphs and tabs', '{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 Line one\\par Line two\\tab end}', 'Line one\nLine two\tend'],
    ['code-page escapes', "{\\rtf1\\ansi\\ansicpg1252 Caf\\'e9 se\\'f1ora}", 'Café señora'],
    ['Unicode with fallback', '{\\rtf1\\uc1 Sue\\u241?o \\u-10179?\\u-8704?}', 'Sueño 😀'],
    ['ignorable destinations and fields', '{\\rtf1{\\*\\generator Word;}{\\info{\\author X}}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt Link}} text}', 'Link text'],
    ['escaped braces and backslash', '{\\rtf1 a \\{b\\} c\\\\d}', 'a {b} c\\d'],
    ['unbalanced braces', '{\\rtf1 open {\\b bold', 'open bold'],
    ['not RTF at all', 'plain text', 'plain text'],
  ];
  for (const [name, rtf, text] of cases) {
    it(name, () => {
      expect(rtfToText(rtf)).to.equal(text);
    });
  }
});

describe('core/notes: decoding and normalising', () => {
  it('decodes UTF-8 base64 with accents, emoji and CJK', () => {
    const text = 'Señora 😊 患者';
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    expect(decodeBase64Text(b64)).to.deep.equal({ ok: true, text });
  });
  const bad: [string, string, string][] = [
    ['invalid characters', '!!!not base64', 'invalid-base64'],
    ['impossible length', 'abcde', 'invalid-base64'],
    ['empty', '', 'empty'],
    ['invalid UTF-8', btoa('\xff\xfe\xfd'), 'invalid-text'],
  ];
  for (const [name, data, reason] of bad) {
    it(`reports ${name}`, () => {
      expect(decodeBase64Text(data, 'text/plain; charset=utf-8')).to.deep.equal({ ok: false, reason });
    });
  }
  it('honours a declared charset', () => {
    expect(decodeBase64Text(btoa('caf\xe9'), 'text/plain; charset=ISO-8859-1')).to.deep.equal({ ok: true, text: 'café' });
  });
  it('normalises line breaks, controls and composed characters', () => {
    expect(normalizeNoteText('\r\n\r\nA\u0000B\r\ne\u0301  \r\n')).to.equal('AB\né');
  });
});

describe('core/notes: search ranges', () => {
  it('finds words ignoring case and accents, with offsets in the original text', () => {
    const text = 'Café, cafe and CAFÉ.';
    expect(findSearchRanges(text, 'cafe').map((r) => text.slice(r.start, r.end))).to.deep.equal(['Café', 'cafe', 'CAFÉ']);
  });
  it('keeps the length of the text when folding', () => {
    const text = 'İstanbul ß 😊 Ñ';
    expect(foldForSearch(text).length).to.equal(text.length);
  });
  it('merges overlapping words', () => {
    expect(findSearchRanges('blood pressure', 'blood pressure')).to.deep.equal([
      { start: 0, end: 5 },
      { start: 6, end: 14 },
    ]);
  });
  it('segments text into runs, highlights and abbreviations', () => {
    const text = 'SOB with fever';
    const segments = segmentText(text.length, findAbbreviations(text), findSearchRanges(text, 'ob fev'));
    expect(segments.map((s) => (s.kind === 'abbr' ? `[${s.runs.map((r) => (r.mark ? `<${text.slice(r.start, r.end)}>` : text.slice(r.start, r.end))).join('')}]` : s.mark ? `<${text.slice(s.start, s.end)}>` : text.slice(s.start, s.end))).join('')).to.equal(
      '[S<OB>] with <fev>er',
    );
  });
});

describe('core/notes: content types and URLs', () => {
  const kinds: [string | undefined, string][] = [
    ['text/html; charset=utf-8', 'html'],
    ['TEXT/PLAIN', 'text'],
    [undefined, 'text'],
    ['application/rtf', 'rtf'],
    ['application/pdf', 'pdf'],
    ['image/png', 'image'],
    ['image/svg+xml', 'unknown'],
    ['application/x-dicom', 'unknown'],
  ];
  for (const [type, kind] of kinds) {
    it(`${type} → ${kind}`, () => expect(noteContentKind(type)).to.equal(kind));
  }
  const urls: [string, boolean][] = [
    ['https://files.example.org/a.pdf', true],
    ['/Binary/123', true],
    ['blob:https://portal.example/abc', true],
    ['javascript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['data:application/pdf;base64,AAAA', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
  ];
  for (const [url, safe] of urls) {
    it(`${JSON.stringify(url)} is ${safe ? 'safe' : 'refused'}`, () => expect(isSafeContentUrl(url)).to.equal(safe));
  }
  it('parses base64 data URLs', () => {
    const parsed = parseDataUrl('data:application/pdf;base64,JVBERi0=')!;
    expect(parsed.mimeType).to.equal('application/pdf');
    expect(new TextDecoder().decode(parsed.bytes)).to.equal('%PDF-');
    expect(parseDataUrl('data:application/pdf;base64,%%%')).to.equal(undefined);
    expect(parseDataUrl('https://x')).to.equal(undefined);
  });
});
