/** How soon a message needs a person: now, today, or the normal queue. */
export type UrgencyLevel = 'emergency' | 'urgent' | 'routine';

/**
 * What was found. Stable strings: hosts key guidance on them (for example
 * `self-harm` offers a crisis line, `overdose` a poison control line).
 */
export type UrgencyCategory =
  // emergency: call the emergency number now
  | 'cardiac'
  | 'breathing'
  | 'stroke'
  | 'self-harm'
  | 'overdose'
  | 'bleeding'
  | 'anaphylaxis'
  | 'seizure'
  | 'unconscious'
  | 'head-injury'
  | 'headache'
  | 'abdominal'
  | 'pregnancy'
  | 'infant-fever'
  | 'harm-others'
  | 'exposure'
  // urgent: call the clinic today
  | 'fever'
  | 'infection'
  | 'urinary'
  | 'rash'
  | 'allergy'
  | 'medication-reaction'
  | 'medication-supply'
  | 'blood-sugar'
  | 'dehydration'
  | 'asthma'
  | 'severe-pain'
  | 'eye'
  | 'injury'
  | 'mental-health'
  | 'blood-clot';

/** One finding: what, how urgent, and where in the ORIGINAL text (UTF-16 offsets, end exclusive). */
export interface UrgencyMatch {
  category: UrgencyCategory;
  level: Exclude<UrgencyLevel, 'routine'>;
  start: number;
  end: number;
}

export interface UrgencyResult {
  level: UrgencyLevel;
  matches: UrgencyMatch[];
}

export interface ClassifyUrgencyOptions {
  /** BCP 47 tag of the message language (`en`, `es-MX`). A hint: both languages are always checked. */
  locale?: string;
}

/** Per-rule switches for the context checks. All default to `true` except `idiom` and `question`. */
export interface RuleContext {
  /** Skip when negated ("no chest pain", "denies SOB") or resolved ("… is gone"). */
  negation?: boolean;
  /** Skip inside hypotheticals and education ("signs of a stroke", "if …"). */
  hypothetical?: boolean;
  /** Skip when clearly in the past or about someone's history ("last year", "died of"). */
  history?: boolean;
  /** The phrase is also an idiom: skip after "giving me a", "almost", or next to "lol". */
  idiom?: boolean;
  /** Skip in a question sentence that starts with a question word ("Is … normal?"). Default: true for urgent rules. */
  question?: boolean;
}

/**
 * A rule, as data. Patterns are token sequences (see `pattern.ts` for the syntax);
 * `comment` says in plain words what the rule catches.
 */
export interface UrgencyRule {
  category: UrgencyCategory;
  level: Exclude<UrgencyLevel, 'routine'>;
  comment: string;
  match: readonly string[];
  /** At least one of these must also be found, not negated, near the match (or anywhere, with `withScope: 'message'`). */
  with?: readonly string[];
  withScope?: 'near' | 'message';
  /** Words that veto the rule when found near the match (±12 tokens, same sentence). */
  unless?: readonly string[];
  /** Words that veto the rule when they come right before the match. */
  notAfter?: readonly string[];
  /** Words that veto the rule when they come right after the match. */
  notBefore?: readonly string[];
  context?: RuleContext;
}

/** A locale's rule pack: term classes (`$name` in patterns), token aliases, rules. */
export interface UrgencyRulePack {
  locale: string;
  terms: Readonly<Record<string, readonly string[]>>;
  aliases: Readonly<Record<string, string>>;
  rules: readonly UrgencyRule[];
}

export type ContextKind =
  | 'pre-negation'
  | 'post-negation'
  | 'pseudo'
  | 'hypothetical'
  | 'history'
  | 'current'
  | 'recurrence'
  | 'figurative'
  | 'terminator';

/** Context triggers of one language, as patterns, by kind. */
export type ContextTriggers = Readonly<Record<ContextKind, readonly string[]>>;
