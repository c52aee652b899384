/**
 * Token patterns: the small language the rule packs are written in. Matching
 * walks token arrays with bounded gaps, so there is no regular-expression
 * backtracking and the cost per start position has a fixed ceiling.
 *
 * Syntax (space-separated elements):
 * - `pain`        the word, or a near miss of it when it has 5+ letters ("hurst" → `hurts`)
 * - `=worst`      the exact word only (no near misses: "worse" is not "worst")
 * - `breath*`     any word starting with "breath" (breathe, breathing, breathless)
 * - `a|b|c`       any of these; `out_of|ran_out_of` joins words into a multi-word choice
 * - `$pain`       any word of the term class `pain` (defined in the rule pack)
 * - `#`           any number; `@tag` a token a detector tagged (`@temp-fever`)
 * - `x?`          optional element
 * - `{3}`         skip 0 to 3 tokens (never past the end of the sentence)
 * - `[a b | c d]` either sequence (`[…]?` optional); groups may nest
 */
import { normalizeWord } from './normalize.js';
import type { Lexicon } from './lexicon.js';

export interface PatternElement {
  kind: 'el';
  /** Single-word choices. */
  ids: ReadonlySet<number>;
  /** Multi-word choices ("lamp oil", `got_into`): one id set per word. */
  seqs: readonly (readonly ReadonlySet<number>[])[];
  anyNumber: boolean;
  optional: boolean;
}
export interface PatternGap {
  kind: 'gap';
  max: number;
}
export type PatternNode = PatternElement | PatternGap;
export type CompiledPattern = readonly PatternNode[];

/** A set of word ids as a table indexed by id: `mask[id] === 1` for members (ids are small and dense). */
export type IdMask = Uint8Array;

/** The membership table of a set of ids. */
export function idMask(ids: Iterable<number>): IdMask {
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  const mask = new Uint8Array(max + 1);
  for (const id of ids) mask[id] = 1;
  return mask;
}

/** What a token offers to a pattern: the rule-word ids it matches, and whether it is a number. */
export interface MatchableToken {
  ids: readonly number[];
  isNumber: boolean;
}

type RawNode =
  | { kind: 'el'; alts: string[]; optional: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'group'; options: RawNode[][]; optional: boolean };

function lex(src: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of src) {
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      if (cur) out.push(cur);
      cur = '';
    } else if (ch === '[') {
      if (cur) out.push(cur);
      out.push('[');
      cur = '';
    } else if (ch === ']') {
      if (cur) out.push(cur);
      out.push(']');
      cur = '';
    } else if (ch === '?' && cur === '' && out[out.length - 1] === ']') {
      out[out.length - 1] = ']?';
    } else {
      cur += ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

function parse(lexemes: string[], pos: { i: number }, src: string, inGroup: boolean): RawNode[][] {
  const options: RawNode[][] = [[]];
  while (pos.i < lexemes.length) {
    const l = lexemes[pos.i++] ?? '';
    const seq = options[options.length - 1] ?? [];
    if (l === '[') {
      const inner = parse(lexemes, pos, src, true);
      const close = lexemes[pos.i - 1];
      seq.push({ kind: 'group', options: inner, optional: close === ']?' });
    } else if (l === ']' || l === ']?') {
      if (!inGroup) throw new Error(`Unbalanced "]" in pattern: ${src}`);
      return options;
    } else if (l === '|' && inGroup) {
      options.push([]);
    } else if (/^\{\d+\}$/.test(l)) {
      seq.push({ kind: 'gap', max: Number(l.slice(1, -1)) });
    } else {
      const optional = l.length > 1 && l.endsWith('?');
      const body = optional ? l.slice(0, -1) : l;
      seq.push({ kind: 'el', alts: body.split('|').filter(Boolean), optional });
    }
  }
  if (inGroup) throw new Error(`Unclosed "[" in pattern: ${src}`);
  return options;
}

type FlatNode = { kind: 'el'; alts: string[]; optional: boolean } | { kind: 'gap'; max: number };

function expand(seq: RawNode[]): FlatNode[][] {
  let acc: FlatNode[][] = [[]];
  for (const node of seq) {
    if (node.kind !== 'group') {
      acc = acc.map((a) => [...a, node]);
      continue;
    }
    // A group of plain word sequences ("[is | are | it is]") becomes one element
    // with multi-word choices, so it does not multiply the number of patterns.
    const simple = node.options.every((o) => o.length > 0 && o.every((x) => x.kind === 'el' && !x.optional && !x.alts.some((a) => a.includes('_'))));
    if (simple) {
      const alts = node.options.flatMap((o) =>
        o.length === 1 ? (o[0] as { alts: string[] }).alts : [o.map((x) => (x as { alts: string[] }).alts.join('|')).join('_')],
      );
      if (alts.every((a) => !a.includes('_') || a.split('_').every((w) => !w.includes('|')))) {
        acc = acc.map((a) => [...a, { kind: 'el', alts, optional: node.optional }]);
        continue;
      }
    }
    const variants = node.options.flatMap(expand);
    if (node.optional) variants.push([]);
    const next: FlatNode[][] = [];
    for (const a of acc) for (const v of variants) next.push([...a, ...v]);
    acc = next;
  }
  return acc;
}

export interface PatternCompiler {
  lexicon: Lexicon;
  terms: ReadonlyMap<string, readonly string[]>;
}

function wordIds(alt: string, c: PatternCompiler, src: string): Set<number> {
  const ids = new Set<number>();
  const seqs: Set<number>[][] = [];
  altIds(alt, c, ids, seqs, { v: false }, src);
  return ids;
}

function altIds(alt: string, c: PatternCompiler, out: Set<number>, seqs: Set<number>[][], anyNumber: { v: boolean }, src: string): void {
  const words = alt.split(/[_ ]/).filter(Boolean);
  if (words.length > 1) {
    seqs.push(words.map((w) => wordIds(w, c, src)));
    return;
  }
  if (alt === '#') {
    anyNumber.v = true;
  } else if (alt.startsWith('$')) {
    const members = c.terms.get(alt.slice(1));
    if (!members) throw new Error(`Unknown term class ${alt} in pattern: ${src}`);
    for (const m of members) altIds(m, c, out, seqs, anyNumber, src);
  } else if (alt.startsWith('@')) {
    out.add(c.lexicon.exactId(alt));
  } else if (alt.startsWith('=')) {
    out.add(c.lexicon.exactId(normalizeWord(alt.slice(1))));
  } else if (alt.endsWith('*') && alt.length > 1) {
    out.add(c.lexicon.prefixId(normalizeWord(alt.slice(0, -1))));
  } else {
    const w = normalizeWord(alt);
    out.add(w.length >= 5 ? c.lexicon.fuzzyId(w) : c.lexicon.exactId(w));
  }
}

/** Compiles one pattern string into one or more linear patterns whose first element is required. */
export function compilePattern(src: string, c: PatternCompiler): CompiledPattern[] {
  const raw = parse(lex(src), { i: 0 }, src, false);
  const flat = raw.flatMap(expand);
  const out: CompiledPattern[] = [];
  for (const seq of flat) {
    const nodes: PatternNode[] = seq.map((n): PatternNode => {
      if (n.kind === 'gap') return n;
      const ids = new Set<number>();
      const seqs: Set<number>[][] = [];
      const anyNumber = { v: false };
      for (const a of n.alts) altIds(a, c, ids, seqs, anyNumber, src);
      return { kind: 'el', ids, seqs, anyNumber: anyNumber.v, optional: n.optional };
    });
    for (const v of withRequiredStart(nodes)) {
      if (v.length === 0 || v[0]?.kind !== 'el') throw new Error(`Pattern must start with a word: ${src}`);
      if (v[v.length - 1]?.kind === 'gap') throw new Error(`Pattern must not end with a gap: ${src}`);
      out.push(v);
    }
  }
  return out;
}

/** Leading optional elements become separate variants, so every pattern can be indexed by its first word. */
function withRequiredStart(nodes: PatternNode[]): PatternNode[][] {
  const first = nodes[0];
  if (first?.kind === 'el' && first.optional) {
    return [[{ ...first, optional: false }, ...nodes.slice(1)], ...withRequiredStart(nodes.slice(1))];
  }
  return [nodes];
}

/** Does the token carry one of the ids in `mask`? */
export function tokenIn(mask: IdMask, t: MatchableToken | undefined): boolean {
  if (!t) return false;
  const ids = t.ids;
  for (let k = 0; k < ids.length; k++) if (mask[ids[k] ?? -1] === 1) return true;
  return false;
}

const NO_MASK: IdMask = new Uint8Array(0);

function seqMatches(seq: readonly IdMask[], tokens: readonly MatchableToken[], i: number, end: number): boolean {
  if (i + seq.length > end) return false;
  for (let j = 0; j < seq.length; j++) if (!tokenIn(seq[j] ?? NO_MASK, tokens[i + j])) return false;
  return true;
}

/**
 * One node of a compiled pattern in the form the matching loop reads. Every step has the same
 * fields (made by `step`), so the loop sees a single object shape.
 */
export interface MatchStep {
  /** Largest skip for a gap `{n}`; -1 for a word element. */
  gap: number;
  /** Single-word choices. */
  mask: IdMask;
  /** Multi-word choices, one table per word. */
  seqs: readonly (readonly IdMask[])[];
  anyNumber: boolean;
  optional: boolean;
}

function step(gap: number, mask: IdMask, seqs: readonly (readonly IdMask[])[], anyNumber: boolean, optional: boolean): MatchStep {
  return { gap, mask, seqs, anyNumber, optional };
}

/** The matching form of a compiled pattern. */
export function matchSteps(p: CompiledPattern): MatchStep[] {
  return p.map((n) => (n.kind === 'gap'
    ? step(n.max, NO_MASK, [], false, false)
    : step(-1, idMask(n.ids), n.seqs.map((q) => q.map(idMask)), n.anyNumber, n.optional)));
}

/**
 * Matches `p` at token `i`; returns the end index of the first match in search order (gaps
 * shortest first, a single word before multi-word choices, an optional element before skipping
 * it), or -1.
 */
export function matchAt(p: readonly MatchStep[], tokens: readonly MatchableToken[], i: number, end: number, k = 0): number {
  if (k === p.length) return i;
  const node = p[k];
  if (!node) return -1;
  if (node.gap >= 0) {
    for (let g = 0; g <= node.gap && i + g <= end; g++) {
      const r = matchAt(p, tokens, i + g, end, k + 1);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i < end) {
    const t = tokens[i];
    if (t && ((node.anyNumber && t.isNumber) || tokenIn(node.mask, t))) {
      const r = matchAt(p, tokens, i + 1, end, k + 1);
      if (r >= 0) return r;
    }
    const seqs = node.seqs;
    for (let q = 0; q < seqs.length; q++) {
      const seq = seqs[q] ?? [];
      if (seqMatches(seq, tokens, i, end)) {
        const r = matchAt(p, tokens, i + seq.length, end, k + 1);
        if (r >= 0) return r;
      }
    }
  }
  return node.optional ? matchAt(p, tokens, i, end, k + 1) : -1;
}

/** The ids a pattern can start with (for indexing), and whether it can start on any number. */
export function firstKeys(p: CompiledPattern): { ids: ReadonlySet<number>; anyNumber: boolean } {
  const first = p[0];
  if (!first || first.kind !== 'el') return { ids: new Set(), anyNumber: false };
  const ids = new Set(first.ids);
  for (const seq of first.seqs) for (const id of seq[0] ?? []) ids.add(id);
  return { ids, anyNumber: first.anyNumber };
}
