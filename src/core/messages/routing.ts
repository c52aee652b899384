/**
 * Spots messages that are plainly about billing, a prescription refill or
 * scheduling, and names the desk and topic that handle them (English and
 * Spanish). The composer offers the suggestion; it never switches silently.
 */
import type { MessageTopic, Recipient } from '../../adapters/types.js';

export type RoutingReason = 'billing' | 'refill' | 'scheduling';

export interface RoutingSuggestion {
  reason: RoutingReason;
  topic: MessageTopic;
  /** The desk that handles it, when the clinic lists one. */
  recipient?: Recipient;
}

const RULES: Record<RoutingReason, readonly string[]> = {
  billing: [
    'bill', 'bills', 'billing', 'billed', 'invoice', 'statement', 'charge', 'charged', 'charges', 'overcharged', 'copay', 'co-pay', 'copayment',
    'deductible', 'refund', 'balance', 'payment', 'payments', 'pay my', 'pay for', 'insurance claim', 'out of pocket',
    'factura', 'facturas', 'facturacion', 'cobro', 'cobros', 'cobraron', 'cobrado', 'cargo', 'cargos', 'copago', 'deducible', 'reembolso', 'saldo',
    'pago', 'pagos', 'pagar',
  ],
  refill: [
    'refill', 'refills', 'refilled', 'renew my prescription', 'renew my medication', 'prescription renewal', 'renewal', 'ran out', 'run out',
    'running out', 'more pills', 'pharmacy', 'prescription', 'prescriptions',
    'resurtir', 'resurtido', 'surtir', 'renovar la receta', 'renovar mi receta', 'receta', 'recetas', 'se me acabo', 'se me acabaron',
    'se me estan acabando', 'farmacia',
  ],
  scheduling: [
    'appointment', 'appointments', 'reschedule', 'rescheduling', 'schedule', 'scheduling', 'book a visit', 'book an appointment',
    'cita', 'citas', 'reprogramar', 'reagendar', 'agendar', 'programar una', 'turno',
  ],
};

const TOPIC: Record<RoutingReason, MessageTopic> = { billing: 'billing', refill: 'prescription', scheduling: 'scheduling' };

const NEGATIONS = new Set(['no', 'not', 'dont', "don't", 'doesnt', "doesn't", 'isnt', "isn't", 'never', 'without', 'nor', 'sin', 'nunca', 'tampoco', 'ni']);

/** Lower case, no accents, one space between words, apostrophes kept. */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS: Record<RoutingReason, RegExp> = Object.fromEntries(
  (Object.keys(RULES) as RoutingReason[]).map((reason) => [
    reason,
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${RULES[reason].map((p) => escape(p).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  ]),
) as Record<RoutingReason, RegExp>;

/** A keyword counts unless a negation precedes it in the same clause ("I don't need a refill"). */
function isNegated(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clause = before.split(/[.,;:!?\n()]|\b(?:but|pero|just|solo|only)\b/).pop() ?? '';
  const words = clause.trim().split(/\s+/).slice(-4);
  return words.some((w) => NEGATIONS.has(w));
}

/** How many un-negated keywords of each kind the text has. */
export function routingScores(text: string): Record<RoutingReason, number> {
  const t = normaliseForMatching(text);
  const scores: Record<RoutingReason, number> = { billing: 0, refill: 0, scheduling: 0 };
  for (const reason of Object.keys(PATTERNS) as RoutingReason[]) {
    for (const m of t.matchAll(PATTERNS[reason])) {
      if (!isNegated(t, m.index)) scores[reason]++;
    }
  }
  return scores;
}

/** The recipient that handles a kind of message: its `kind` first, then the topics it lists. */
export function recipientFor(reason: RoutingReason, recipients: readonly Recipient[]): Recipient | undefined {
  const kind = reason === 'refill' ? 'pharmacy' : reason;
  return recipients.find((r) => r.kind === kind) ?? recipients.find((r) => r.topics?.includes(TOPIC[reason]));
}

/**
 * A suggestion when one kind of message clearly wins (ties suggest nothing) and
 * the patient has not already chosen that desk (or, when the clinic lists no such
 * desk, that topic).
 */
export function suggestRouting(
  text: string,
  recipients: readonly Recipient[],
  current: { recipientId?: string; topic?: MessageTopic } = {},
): RoutingSuggestion | undefined {
  const scores = routingScores(text);
  const ranked = (Object.entries(scores) as [RoutingReason, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] === 0 || (second && second[1] === best[1])) return undefined;
  const reason = best[0];
  const topic = TOPIC[reason];
  const recipient = recipientFor(reason, recipients);
  // Once the patient has picked that desk, the topic is theirs to choose.
  if (recipient ? current.recipientId === recipient.id : current.topic === topic) return undefined;
  return { reason, topic, recipient };
}
