/**
 * The vocabulary of a compiled rule pack, and the lookup that maps an input
 * word to the rule words it stands for: exactly, by prefix (`breath*`), or by a
 * small spelling slip (Damerau-Levenshtein distance 1: "hurst" → "hurts",
 * "diarhea" → "diarrhea"). Fuzzy matching uses a deletion index (SymSpell
 * style), so a lookup costs a few map reads, and answers are memoised.
 */

/** Real words that sit one edit away from a rule word; never "correct" them. */
const FUZZY_BLOCK = new Set([
  'painted', 'painting', 'paints', 'cooking', 'cooked', 'threat', 'threats', 'cheat', 'fewer', 'never',
  'selling', 'spelling', 'smelling', 'dwelling', 'blending', 'breeding', 'sizing', 'filling', 'feeling',
  'killing', 'willing', 'billing', 'calling', 'falling', 'telling', 'yelling', 'heated', 'headed',
  'sweating', 'swearing', 'wearing', 'hearing', 'bearing', 'breathe', 'breath', 'tablet', 'tablets',
  'coughs', 'bought', 'thought', 'fought', 'sought', 'dying', 'lying', 'crying', 'trying',
  'seeing', 'seizes', 'season', 'reason', 'person', 'poison', 'prison', 'matter', 'better', 'letter',
  'worse', 'worsen', 'nurse', 'purse', 'horse', 'course', 'verse', 'mother', 'bother', 'brother',
  'liver', 'lever', 'river', 'fiber', 'fibre', 'sober', 'tomar', 'tomas', 'matar', 'morir', 'mover',
  'quiero', 'tengo', 'tiene', 'mucho', 'mucha', 'pecho', 'techo', 'hecho', 'dicho', 'ocho',
  'sangra', 'sangre', 'lengua', 'luego', 'fuego', 'juego', 'cuello', 'cuerpo', 'cabeza',
  'stroke', 'strike', 'stoke', 'broke', 'smoke', 'spoke', 'choke', 'woke',
]);

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb] ?? max + 1;
}

const MAX_MEMO = 20000;
const MAX_FUZZY_LENGTH = 24;
const EMPTY: readonly number[] = [];

export class Lexicon {
  private readonly exact = new Map<string, number>();
  private readonly fuzzy = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  private readonly deletes = new Map<string, string[]>();
  private readonly memo = new Map<string, readonly number[]>();
  private nextId = 0;
  private maxPrefix = 0;

  /** How many ids have been handed out (ids are 0 … size − 1). */
  get size(): number {
    return this.nextId;
  }

  /** Id matched only by this exact word. */
  exactId(word: string): number {
    let id = this.exact.get(word);
    if (id === undefined) {
      id = this.nextId++;
      this.exact.set(word, id);
    }
    return id;
  }

  /** Id matched by this word or a near miss of it (length ≥ 5). */
  fuzzyId(word: string): number {
    let id = this.fuzzy.get(word);
    if (id === undefined) {
      id = this.nextId++;
      this.fuzzy.set(word, id);
      if (word.length >= 6) {
        this.addDelete(word, word);
        for (const d of deletions(word)) this.addDelete(d, word);
      }
    }
    return id;
  }

  /** Id matched by any word starting with `prefix`. */
  prefixId(prefix: string): number {
    let id = this.prefixes.get(prefix);
    if (id === undefined) {
      id = this.nextId++;
      this.prefixes.set(prefix, id);
      if (prefix.length > this.maxPrefix) this.maxPrefix = prefix.length;
    }
    return id;
  }

  private addDelete(key: string, word: string): void {
    const list = this.deletes.get(key);
    if (!list) this.deletes.set(key, [word]);
    else if (!list.includes(word)) list.push(word);
  }

  /** Every rule-word id that the normalised input word matches. */
  lookup(norm: string): readonly number[] {
    const hit = this.memo.get(norm);
    if (hit) return hit;
    const ids: number[] = [];
    const e = this.exact.get(norm);
    if (e !== undefined) ids.push(e);
    const f = this.fuzzy.get(norm);
    if (f !== undefined) ids.push(f);
    for (let l = Math.min(norm.length, this.maxPrefix); l >= 2; l--) {
      const p = this.prefixes.get(norm.slice(0, l));
      if (p !== undefined) ids.push(p);
    }
    if (f === undefined && norm.length >= 5 && norm.length <= MAX_FUZZY_LENGTH && !FUZZY_BLOCK.has(norm) && isWord(norm)) {
      for (const w of this.nearMisses(norm)) {
        const id = this.fuzzy.get(w);
        if (id !== undefined && !ids.includes(id)) ids.push(id);
      }
    }
    const out = ids.length ? ids : EMPTY;
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(norm, out);
    return out;
  }

  private nearMisses(norm: string): string[] {
    const found: string[] = [];
    const consider = (w: string): void => {
      if (!found.includes(w) && editDistance(norm, w, 1) <= 1) found.push(w);
    };
    if (norm.length === 5) {
      // Five-letter words: only swapped letters ("hurst"); substitutions hit real words ("never" → "fever").
      for (let i = 0; i + 1 < norm.length; i++) {
        const t = norm.slice(0, i) + (norm[i + 1] ?? '') + (norm[i] ?? '') + norm.slice(i + 2);
        if (t !== norm && this.fuzzy.has(t)) found.push(t);
      }
      return found;
    }
    for (const w of this.deletes.get(norm) ?? EMPTY_WORDS) if (w.length >= 6) consider(w);
    for (const d of deletions(norm)) {
      if (this.fuzzy.has(d) && d.length >= 6) consider(d);
      for (const w of this.deletes.get(d) ?? EMPTY_WORDS) consider(w);
    }
    return found;
  }
}

const EMPTY_WORDS: readonly string[] = [];

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function isWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
