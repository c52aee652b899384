/**
 * `classifyUrgency`: finds symptoms in a patient message that should not wait
 * for a reply, in English and Spanish. Pure and synchronous; no network, no
 * model. It supports clinical judgement and never replaces it.
 *
 * Pipeline: tokenize (offsets kept) → numeric detectors → one pass of context
 * triggers (negation, history, hypotheticals, idioms) → one pass of `with`
 * partner patterns → one pass of rule patterns through an index keyed by first
 * word, each finding checked in context as it is found (a category and level
 * is no longer searched once it has its findings). Work per token is bounded,
 * so long input without punctuation stays linear.
 */
import { CLAUSE_JOINERS, CLAUSE_SUBJECTS, CONTEXT_EN, CONTEXT_ES, QUESTION_OPENERS } from './negation.js';
import { DETECTOR_TAGS, detect } from './detectors.js';
import { Lexicon } from './lexicon.js';
import { compareUrgency, maxUrgency } from './levels.js';
import { normalizeWord, tokenize, type Sentence, type Token } from './normalize.js';
import {
  compilePattern, firstKeys, idMask, matchAt, matchSteps, tokenIn, type CompiledPattern, type IdMask, type MatchableToken, type MatchStep,
} from './pattern.js';
import { rulesEn } from './rules.en.js';
import { rulesEs } from './rules.es.js';
import type {
  ClassifyUrgencyOptions, ContextKind, ContextTriggers, RuleContext, UrgencyLevel, UrgencyMatch, UrgencyResult,
  UrgencyRule, UrgencyRulePack,
} from './types.js';

const PRE_NEG = 1;
const POST_NEG = 2;
const HYPO = 4;
const HIST = 8;
const CURRENT = 16;
const FIG = 32;
const TERM = 64;
const BLOCK = 128;
const PSEUDO = 256;
const RECUR = 512;

/** How far (in tokens) each kind of trigger reaches. */
const NEG_WINDOW_EN = 6;
const NEG_WINDOW_ES = 4;
const POST_WINDOW = 10;
const HYPO_WINDOW = 10;
const HIST_WINDOW = 10;
const FIG_BEFORE = 5;
const FIG_AFTER = 6;
const NEAR = 12;
const MAX_MATCHES_PER_CATEGORY = 10;

const KIND_ORDER: readonly ContextKind[] = [
  'pseudo', 'pre-negation', 'post-negation', 'hypothetical', 'history', 'current', 'recurrence', 'figurative', 'terminator',
];
const KIND_FLAG: Readonly<Record<ContextKind, number>> = {
  'pseudo': PSEUDO, 'pre-negation': PRE_NEG, 'post-negation': POST_NEG, 'hypothetical': HYPO, 'history': HIST,
  'current': CURRENT, 'recurrence': RECUR, 'figurative': FIG, 'terminator': TERM,
};

interface Entry {
  steps: readonly MatchStep[];
  group: number;
  /**
   * When the first element is single-word: the ids that the first token of the next required
   * element must offer (its words and the first words of its multi-word choices).
   */
  second?: IdMask;
  /** With `second`: a number also satisfies that element. */
  secondNumber: boolean;
  /** With `second`: that element starts 1 to 1 + `reach` tokens after the first (gaps and optional elements between). */
  reach: number;
  /** Position in its set (for the per-message viability table). */
  idx: number;
  /** The required elements after the first: ids a token must offer (single words and first words of multi-word choices). */
  need: readonly { ids: readonly number[]; anyNumber: boolean }[];
}

/** Which rule-word ids occur anywhere in the message, and whether it has a number. */
interface Presence {
  ids: Uint8Array;
  number: boolean;
}

/** No token index reaches this (a small integer, so index arithmetic stays in integers). */
const MAX_INDEX = 0x3fffffff;

/** Patterns indexed by the ids their first element accepts. */
class PatternSet {
  private readonly index = new Map<number, Entry[]>();
  private readonly numeric: Entry[] = [];
  /**
   * The entries to try from a token, in index order and each once, per id list (a word's id list
   * is one shared array, so this is computed once per word, not once per token).
   */
  private readonly candidates = new WeakMap<readonly number[], readonly Entry[]>();
  /** The same for number tokens, which also try the patterns that start with `#`. */
  private readonly numberCandidates = new WeakMap<readonly number[], readonly Entry[]>();

  private count = 0;

  add(patterns: readonly CompiledPattern[], group: number): void {
    for (const pattern of patterns) {
      const next = nextTokenFilter(pattern);
      const entry: Entry = {
        steps: matchSteps(pattern), group, second: next?.ids, secondNumber: next?.anyNumber ?? false, reach: next?.reach ?? 0,
        idx: this.count++, need: requiredAfterFirst(pattern),
      };
      const { ids, anyNumber } = firstKeys(pattern);
      for (const id of ids) {
        const list = this.index.get(id);
        if (list) list.push(entry);
        else this.index.set(id, [entry]);
      }
      if (anyNumber) this.numeric.push(entry);
    }
  }

  /** Appends (group, start, end) triples for every match in [from, to) to `out`; returns `out`. */
  run(tokens: readonly MatchableToken[], sentences: readonly Sentence[], out: number[], from = 0, to = MAX_INDEX, presence?: Presence): number[] {
    this.each(tokens, sentences, (group, s, e) => {
      out.push(group);
      out.push(s);
      out.push(e);
    }, from, to, undefined, presence);
    return out;
  }

  /**
   * Calls `onHit(group, start, end)` for every match in token order (and, from one token, in
   * index order). Patterns whose group is marked in `closed` are not tried; `onHit` may mark more.
   */
  each(
    tokens: readonly MatchableToken[], sentences: readonly Sentence[], onHit: (group: number, s: number, e: number) => void,
    from = 0, to = MAX_INDEX, closed?: Uint8Array, presence?: Presence,
  ): void {
    // Per message, per entry: 0 unknown, 1 every required word occurs somewhere, -1 one never occurs (cannot match).
    const viable = presence ? new Int8Array(this.count) : undefined;
    for (const sentence of sentences) {
      const first = Math.max(sentence.first, from);
      const end = Math.min(sentence.end, to);
      for (let i = first; i < end; i++) {
        const t = tokens[i];
        if (!t) continue;
        const list = this.entriesFor(t);
        for (let k = 0; k < list.length; k++) {
          const entry = list[k];
          if (!entry || (closed && closed[entry.group] === 1)) continue;
          if (viable && presence) {
            let v = viable[entry.idx] ?? 0;
            if (v === 0) {
              v = canOccur(entry, presence) ? 1 : -1;
              viable[entry.idx] = v;
            }
            if (v < 0) continue;
          }
          const e = tryEntry(entry, tokens, i, end);
          if (e > i) onHit(entry.group, i, e);
        }
      }
    }
  }

  private entriesFor(t: MatchableToken): readonly Entry[] {
    const cache = t.isNumber ? this.numberCandidates : this.candidates;
    let list = cache.get(t.ids);
    if (!list) {
      const seen = new Set<Entry>();
      const out: Entry[] = [];
      const addAll = (entries: readonly Entry[]): void => {
        for (const entry of entries) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          out.push(entry);
        }
      };
      for (const id of t.ids) addAll(this.index.get(id) ?? []);
      if (t.isNumber) addAll(this.numeric);
      cache.set(t.ids, out);
      list = out;
    }
    return list;
  }
}

/**
 * A cheap necessary condition for a match: when the first element has no multi-word choices,
 * the next required element starts between 1 and 1 + `reach` tokens later (gaps and optional
 * elements in between), and its first token offers one of its single-word ids, the first word of
 * one of its multi-word choices, or (when it accepts numbers) a number. When no token in that
 * window does, the pattern cannot match and the full match need not run.
 */
function nextTokenFilter(p: CompiledPattern): { ids: IdMask; anyNumber: boolean; reach: number } | undefined {
  const a = p[0];
  if (a?.kind !== 'el' || a.seqs.length) return undefined;
  let reach = 0;
  for (let k = 1; k < p.length; k++) {
    const b = p[k];
    if (!b) return undefined;
    if (b.kind === 'gap') {
      reach += b.max;
    } else if (b.optional) {
      let widest = 1;
      for (const seq of b.seqs) widest = Math.max(widest, seq.length);
      reach += widest;
    } else {
      const ids = new Set(b.ids);
      for (const seq of b.seqs) for (const id of seq[0] ?? []) ids.add(id);
      return { ids: idMask(ids), anyNumber: b.anyNumber, reach };
    }
  }
  return undefined;
}

/** The required elements after the first, as id lists (a necessary condition for a match). */
function requiredAfterFirst(p: CompiledPattern): { ids: number[]; anyNumber: boolean }[] {
  const out: { ids: number[]; anyNumber: boolean }[] = [];
  for (let k = 1; k < p.length; k++) {
    const n = p[k];
    if (!n || n.kind !== 'el' || n.optional) continue;
    const ids = new Set(n.ids);
    for (const seq of n.seqs) for (const id of seq[0] ?? []) ids.add(id);
    out.push({ ids: [...ids], anyNumber: n.anyNumber });
  }
  return out;
}

/** Does every required element of the entry have a word somewhere in the message? */
function canOccur(entry: Entry, presence: Presence): boolean {
  for (const need of entry.need) {
    if (need.anyNumber && presence.number) continue;
    let found = false;
    for (const id of need.ids) {
      if (presence.ids[id] === 1) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** The end of the entry's match at token `i`, or -1. */
function tryEntry(entry: Entry, tokens: readonly MatchableToken[], i: number, end: number): number {
  const second = entry.second;
  if (second) {
    const last = Math.min(i + 1 + entry.reach, end - 1);
    let ok = false;
    for (let j = i + 1; j <= last && !ok; j++) {
      const t = tokens[j];
      ok = !!t && ((entry.secondNumber && t.isNumber) || tokenIn(second, t));
    }
    if (!ok) return -1;
  }
  return matchAt(entry.steps, tokens, i, end);
}

interface CompiledRule {
  rule: UrgencyRule;
  /** `category/level`, the key of the per-category cap. */
  key: string;
  ctx: Required<RuleContext>;
  hasWith: boolean;
  unless?: PatternSet;
  notAfter?: ReadonlySet<number>;
  notBefore?: ReadonlySet<number>;
}

interface Engine {
  lexicon: Lexicon;
  aliases: ReadonlyMap<string, string>;
  rules: CompiledRule[];
  /** Rule `match` patterns (group = rule index × 2). */
  patterns: PatternSet;
  /** Rule `with` patterns (group = rule index × 2 + 1). */
  partners: PatternSet;
  /** Per cap key (`category/level`), the indexes of the rules that share it. */
  rulesByKey: ReadonlyMap<string, readonly number[]>;
  triggers: PatternSet;
  subjects: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  tagIds: ReadonlyMap<string, number>;
  /**
   * A word's ids plus detector tags, per word id list and tag list, so every tagged token of a
   * kind shares one array (the pattern sets cache their candidates per array).
   */
  tagged: WeakMap<readonly number[], Map<string, readonly number[]>>;
}

function compileEngine(packs: readonly UrgencyRulePack[], contexts: readonly ContextTriggers[]): Engine {
  const lexicon = new Lexicon();
  const termMap = new Map<string, readonly string[]>();
  const aliases = new Map<string, string>();
  for (const pack of packs) {
    for (const [name, words] of Object.entries(pack.terms)) {
      if (termMap.has(name)) throw new Error(`Term class $${name} defined twice`);
      termMap.set(name, words);
    }
    for (const [from, to] of Object.entries(pack.aliases)) aliases.set(normalizeWord(from), normalizeWord(to));
  }
  const compiler = { lexicon, terms: termMap };
  const compileAll = (list: readonly string[]): CompiledPattern[] => list.flatMap((p) => compilePattern(p, compiler));
  const wordSet = (list?: readonly string[]): ReadonlySet<number> | undefined =>
    list ? new Set(list.map((w) => lexicon.exactId(normalizeWord(w)))) : undefined;

  const patterns = new PatternSet();
  const partners = new PatternSet();
  const rules: CompiledRule[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const idx = rules.length;
      patterns.add(compileAll(rule.match), idx * 2);
      if (rule.with) partners.add(compileAll(rule.with), idx * 2 + 1);
      let unless: PatternSet | undefined;
      if (rule.unless) {
        unless = new PatternSet();
        unless.add(compileAll(rule.unless), 0);
      }
      rules.push({
        rule,
        key: `${rule.category}/${rule.level}`,
        hasWith: !!rule.with,
        unless,
        notAfter: wordSet(rule.notAfter),
        notBefore: wordSet(rule.notBefore),
        ctx: {
          negation: rule.context?.negation ?? true,
          hypothetical: rule.context?.hypothetical ?? true,
          history: rule.context?.history ?? true,
          idiom: rule.context?.idiom ?? false,
          question: rule.context?.question ?? rule.level === 'urgent',
        },
      });
    }
  }
  const triggers = new PatternSet();
  for (const ctx of contexts) {
    for (const kind of KIND_ORDER) triggers.add(compileAll(ctx[kind]), KIND_ORDER.indexOf(kind));
  }
  const tagIds = new Map<string, number>(DETECTOR_TAGS.map((t) => [t, lexicon.exactId(t)]));
  return {
    lexicon, aliases, rules, patterns, partners, triggers, tagIds, tagged: new WeakMap(),
    rulesByKey: groupByKey(rules),
    subjects: new Set(CLAUSE_SUBJECTS.map(normalizeWord)),
    joiners: new Set(CLAUSE_JOINERS.map(normalizeWord)),
    openers: new Set(QUESTION_OPENERS.map(normalizeWord)),
  };
}

function groupByKey(rules: readonly CompiledRule[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  rules.forEach((cr, idx) => {
    const list = out.get(cr.key);
    if (list) list.push(idx);
    else out.set(cr.key, [idx]);
  });
  return out;
}

let engine: Engine | undefined;
function getEngine(): Engine {
  engine ??= compileEngine([rulesEn, rulesEs], [CONTEXT_EN, CONTEXT_ES]);
  return engine;
}

/** Laughter and joke markers: they make an idiom of a phrase anywhere in their sentence ("my heart skipped a beat when I saw the bill lol"). */
const LAUGHTER = new Set(['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'jk', 'jaja', 'jajaja', 'jeje', 'jiji', '😂', '🤣', '😅', '😆', '😜', '🙃']);

/** Idiom markers that qualify only what follows them ("almost had a heart attack"), never what came before ("…hurt my son, I almost hit him"). */
const BEFORE_ONLY_FIGURATIVE = new Set(['almost', 'nearly', 'practically', 'casi', 'me', 'have', 'dar']);

const SPANISH_HINTS = new Set(['el', 'la', 'los', 'las', 'de', 'que', 'y', 'mi', 'me', 'es', 'en', 'tengo', 'con', 'por', 'una', 'un', 'se', 'le', 'muy', 'esta', 'estoy', 'del', 'al', 'pero', 'hace', 'desde']);
const ENGLISH_HINTS = new Set(['the', 'and', 'my', 'is', 'i', 'to', 'of', 'it', 'have', 'in', 'a', 'im', 'with', 'for', 'has', 'was', 'been', 'this', 'that', 'but', 'on', 'since']);

/** Per sentence: is it Spanish? Counts function words; the locale hint breaks ties. */
function spanishSentences(tokens: readonly Token[], sentences: readonly Sentence[], hint: string | undefined): boolean[] {
  const hintEs = (hint ?? '').toLowerCase().startsWith('es');
  return sentences.map((s) => {
    let es = 0;
    let en = 0;
    for (let i = s.first; i < s.end && i < s.first + 40; i++) {
      const w = tokens[i]?.norm ?? '';
      if (SPANISH_HINTS.has(w)) es++;
      if (ENGLISH_HINTS.has(w)) en++;
    }
    return es > en || (es === en && hintEs);
  });
}

interface Hit {
  rule: number;
  s: number;
  e: number;
}

/** Hits of one rule's `with` patterns, as flat [start, end, start, end, …] in token order. */
type Spans = number[];

/**
 * Classifies a patient message: `emergency` (call the emergency number now),
 * `urgent` (call the clinic today) or `routine`, with what was found and where.
 */
export function classifyUrgency(text: string, options: ClassifyUrgencyOptions = {}): UrgencyResult {
  if (!text) return { level: 'routine', matches: [] };
  const eng = getEngine();
  const { tokens, sentences } = tokenize(text, eng.aliases);
  if (!tokens.length) return { level: 'routine', matches: [] };

  // Word ids plus detector tags for each token.
  const tags = detect(tokens, sentences);
  for (const t of tokens) t.ids = eng.lexicon.lookup(t.norm);
  for (const [i, extra] of tags) {
    const t = tokens[i];
    if (!t) continue;
    let byTags = eng.tagged.get(t.ids);
    if (!byTags) {
      byTags = new Map();
      eng.tagged.set(t.ids, byTags);
    }
    const key = extra.join(' ');
    let ids = byTags.get(key);
    if (!ids) {
      const merged = [...t.ids];
      for (const tag of extra) {
        const id = eng.tagIds.get(tag);
        if (id !== undefined) merged.push(id);
      }
      byTags.set(key, merged);
      ids = merged;
    }
    t.ids = ids;
  }
  const mt: readonly MatchableToken[] = tokens;
  const presence: Presence = { ids: new Uint8Array(eng.lexicon.size), number: false };
  for (const t of tokens) {
    if (t.isNumber) presence.number = true;
    const ids = t.ids;
    for (let k = 0; k < ids.length; k++) presence.ids[ids[k] ?? 0] = 1;
  }

  const sentenceOf = (i: number): Sentence => sentences[tokens[i]?.sentence ?? 0] ?? { first: 0, end: tokens.length, question: false };
  const spanish = spanishSentences(tokens, sentences, options.locale);

  // ---- context flags, one pass
  const flags = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = i > 0 && tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    if (eng.subjects.has(t.norm) && ((t.clauseStart && prev) || (prev && eng.joiners.has(prev.norm)))) flags[i] |= BLOCK;
  }
  const th = eng.triggers.run(mt, sentences, [], 0, MAX_INDEX, presence);
  for (let j = 0; j < th.length; j += 3) {
    if (KIND_ORDER[th[j] ?? 0] !== 'pseudo') continue;
    for (let k = th[j + 1] ?? 0; k < (th[j + 2] ?? 0); k++) flags[k] |= PSEUDO;
  }
  for (let j = 0; j < th.length; j += 3) {
    const kind = KIND_ORDER[th[j] ?? 0];
    const hs = th[j + 1] ?? 0;
    const he = th[j + 2] ?? 0;
    if (!kind || kind === 'pseudo') continue;
    let pseudo = false;
    for (let k = hs; k < he; k++) if (flags[k] & PSEUDO) pseudo = true;
    if (pseudo) continue;
    const flag = KIND_FLAG[kind];
    if (kind === 'pre-negation' || kind === 'hypothetical' || kind === 'figurative') {
      const next = tokens[he];
      // "No, I can't breathe": a trigger followed by a comma answers a question; it negates nothing.
      if (kind === 'pre-negation' && next && next.sentence === tokens[hs]?.sentence && next.clauseStart) continue;
      // "Sí, me duele": a one-word hypothetical trigger followed by a comma is an answer ("yes"), not an "if".
      if (kind === 'hypothetical' && he - hs === 1 && next && next.sentence === tokens[hs]?.sentence && next.clauseStart) continue;
      flags[he - 1] |= flag;
    } else {
      flags[hs] |= flag;
    }
  }

  const scanBack = (s: number, window: number, want: number): boolean => {
    const lo = sentenceOf(s).first;
    for (let k = s - 1, steps = 0; k >= lo && steps < window; k--, steps++) {
      if ((flags[k + 1] ?? 0) & BLOCK) return false;
      const f = flags[k] ?? 0;
      if (f & want) return true;
      if (f & TERM) return false;
    }
    return false;
  };
  const scanForward = (e: number, window: number, want: number): boolean => {
    const hi = sentenceOf(Math.max(0, e - 1)).end;
    for (let k = e, steps = 0; k < hi && steps < window; k++, steps++) {
      const f = flags[k] ?? 0;
      if (f & BLOCK || f & TERM) return false;
      if (f & want) return true;
    }
    return false;
  };
  const within = (s: number, e: number, want: number): boolean => {
    for (let k = s; k < e; k++) if ((flags[k] ?? 0) & want) return true;
    return false;
  };

  const negated = (s: number, e: number): boolean => {
    const window = spanish[tokens[s]?.sentence ?? 0] ? NEG_WINDOW_ES : NEG_WINDOW_EN;
    return scanBack(s, window, PRE_NEG) || scanForward(e, POST_WINDOW, POST_NEG);
  };
  const hypothetical = (s: number): boolean => scanBack(s, HYPO_WINDOW, HYPO);
  const historical = (s: number, e: number): boolean => {
    const hist = scanBack(s, HIST_WINDOW, HIST) || scanForward(e, HIST_WINDOW, HIST) || within(s, e, HIST);
    if (!hist) return false;
    if (scanBack(s, HIST_WINDOW, CURRENT) || scanForward(e, HIST_WINDOW, CURRENT) || within(s, e, CURRENT)) return false;
    // "It came back" anywhere near in the sentence wins ("… last year, but it is back today").
    const sent = sentenceOf(s);
    for (let k = Math.max(sent.first, s - HIST_WINDOW); k < Math.min(sent.end, e + HIST_WINDOW); k++) {
      if ((flags[k] ?? 0) & RECUR) return false;
    }
    return true;
  };
  // Per sentence: does it carry a laughter marker? (one pass, so idiom checks stay constant-time)
  const laughing = new Uint8Array(sentences.length);
  for (const t of tokens) if (LAUGHTER.has(t.norm)) laughing[t.sentence] = 1;
  const figurative = (s: number, e: number): boolean => {
    if (laughing[tokens[s]?.sentence ?? 0]) return true;
    const sent = sentenceOf(s);
    for (let k = Math.max(sent.first, s - FIG_BEFORE); k < s; k++) if ((flags[k] ?? 0) & FIG) return true;
    // After the phrase only joke markers count ("… jk"); "almost" and "giving me" only qualify what follows them.
    for (let k = e; k < Math.min(sent.end, e + FIG_AFTER); k++) if ((flags[k] ?? 0) & FIG && !BEFORE_ONLY_FIGURATIVE.has(tokens[k]?.norm ?? '')) return true;
    return false;
  };
  const asksQuestion = (s: number, e: number): boolean => {
    const sent = sentenceOf(s);
    if (!sent.question) return false;
    for (let k = s; k < e; k++) if (tags.has(k)) return false; // a reading ("is 350 too high?") is still a reading
    for (let k = sent.first; k < Math.min(sent.end, sent.first + 2); k++) if (eng.openers.has(tokens[k]?.norm ?? '')) return true;
    return false;
  };

  const asserted = (cr: CompiledRule, s: number, e: number): boolean => {
    const { ctx } = cr;
    if (ctx.negation && negated(s, e)) return false;
    if (ctx.hypothetical && hypothetical(s)) return false;
    if (ctx.history && historical(s, e)) return false;
    if (ctx.idiom && figurative(s, e)) return false;
    if (ctx.question && asksQuestion(s, e)) return false;
    return true;
  };

  // ---- partner (`with`) patterns, one pass
  const withHits = new Map<number, Spans>();
  eng.partners.each(mt, sentences, (group, s, e) => {
    const list = withHits.get(group >> 1);
    if (list) {
      list.push(s);
      list.push(e);
    } else {
      withHits.set(group >> 1, [s, e]);
    }
  }, 0, MAX_INDEX, undefined, presence);

  const vetoed = (cr: CompiledRule, s: number, e: number): boolean => {
    const prevTok = s > 0 && tokens[s - 1]?.sentence === tokens[s]?.sentence ? mt[s - 1] : undefined;
    if (cr.notAfter && prevTok && prevTok.ids.some((id) => cr.notAfter?.has(id))) return true;
    const nextTok = e < tokens.length && tokens[e]?.sentence === tokens[s]?.sentence ? mt[e] : undefined;
    if (cr.notBefore && nextTok && nextTok.ids.some((id) => cr.notBefore?.has(id))) return true;
    if (cr.unless) {
      const sent = sentenceOf(s);
      const lo = Math.max(sent.first, s - NEAR);
      const hi = Math.min(sent.end, e + NEAR);
      if (cr.unless.run(mt, [sent], [], lo, hi).length) return true;
    }
    return false;
  };

  const withCache = new Map<number, Spans>();
  const assertedWith = (ruleIdx: number, cr: CompiledRule): Spans => {
    let list = withCache.get(ruleIdx);
    if (!list) {
      list = [];
      const all = withHits.get(ruleIdx) ?? [];
      for (let k = 0; k < all.length; k += 2) {
        const s0 = all[k] ?? 0;
        const e0 = all[k + 1] ?? 0;
        if (asserted(cr, s0, e0)) list.push(s0, e0);
      }
      withCache.set(ruleIdx, list);
    }
    return list;
  };

  // ---- rule patterns, one pass; each hit is checked as it is found, in token order.
  const found: UrgencyMatch[] = [];
  // Findings kept per category and level; once a cap is reached, the patterns of its rules are
  // not even tried for the rest of the message (their hits would be dropped).
  const perCategory = new Map<string, number>();
  const closed = new Uint8Array(eng.rules.length * 2);
  eng.patterns.each(mt, sentences, (group, s, e) => {
    const cr = eng.rules[group >> 1];
    if (!cr) return;
    const key = cr.key;
    const count = perCategory.get(key) ?? 0;
    if (count >= MAX_MATCHES_PER_CATEGORY) return;
    const h: Hit = { rule: group >> 1, s, e };
    // A rule whose partner never occurs cannot fire: skip the context checks (cheap exit on long input).
    if (cr.hasWith && !withHits.has(h.rule)) return;
    if (vetoed(cr, h.s, h.e) || !asserted(cr, h.s, h.e)) return;
    if (cr.hasWith) {
      if (!hasPartner(assertedWith(h.rule, cr), h, cr.rule.withScope === 'message', tokens)) return;
    }
    const start = tokens[h.s]?.start ?? 0;
    const end = tokens[h.e - 1]?.end ?? start;
    found.push({ category: cr.rule.category, level: cr.rule.level, start, end });
    perCategory.set(key, count + 1);
    if (count + 1 >= MAX_MATCHES_PER_CATEGORY) for (const idx of eng.rulesByKey.get(key) ?? []) closed[idx * 2] = 1;
  }, 0, MAX_INDEX, closed, presence);

  const matches = mergeMatches(found);
  let level: UrgencyLevel = 'routine';
  for (const m of matches) level = maxUrgency(level, m.level);
  return { level, matches };
}

/** Is there a partner finding (sorted by start) outside the hit, near it or anywhere in the message? */
function hasPartner(partners: Spans, h: Hit, message: boolean, tokens: readonly Token[]): boolean {
  const sentence = tokens[h.s]?.sentence;
  const n = partners.length >> 1;
  // Partners come in token order: binary-search the first one that could be near.
  let lo = 0;
  let hi = n;
  const from = message ? 0 : h.s - NEAR - 16;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((partners[mid * 2] ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < n; k++) {
    const ws = partners[k * 2] ?? 0;
    const we = partners[k * 2 + 1] ?? 0;
    if (!message && ws > h.e + NEAR) break;
    if (!(we <= h.s || ws >= h.e)) continue;
    if (message) return true;
    if (tokens[ws]?.sentence !== sentence) continue;
    if (we <= h.s ? h.s - we <= NEAR : ws - h.e <= NEAR) return true;
  }
  return false;
}

/** One match per category and span: overlapping findings of a category merge, keeping the higher level. */
function mergeMatches(found: UrgencyMatch[]): UrgencyMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: UrgencyMatch[] = [];
  const lastByCategory = new Map<string, UrgencyMatch>();
  const perCategory = new Map<string, number>();
  for (const m of found) {
    const last = lastByCategory.get(m.category);
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (compareUrgency(m.level, last.level) > 0) last.level = m.level;
      continue;
    }
    const n = perCategory.get(m.category) ?? 0;
    if (n >= MAX_MATCHES_PER_CATEGORY) continue;
    const copy = { ...m };
    out.push(copy);
    lastByCategory.set(m.category, copy);
    perCategory.set(m.category, n + 1);
  }
  return out;
}
