import { expect } from '@open-wc/testing';
import { classifyUrgency, compareUrgency, type UrgencyLevel } from '../../src/core/urgency/index.js';

/**
 * The challenge set (test/fixtures/urgency-challenge.jsonl): 627 patient messages written for
 * this purpose in four batches, each labelled before the engine first ran on it (see
 * docs/clinical-safety.md for the first-run figures). The rules were then improved on it, so
 * these floors guard against regressions; they are not a measure of how the engine does on
 * wording it has never seen.
 *
 * Floors are the measured values less at most one or two messages: a change that loses more
 * than that fails here.
 */
interface Item {
  id: string;
  locale: string;
  text: string;
  level: UrgencyLevel;
  category: string;
  note?: string;
}

const SELF_HARM = 'suicide_self_harm';
const rank = (l: UrgencyLevel): number => compareUrgency(l, 'routine');
/** DISAGREE items allow one level of difference (never for self-harm), as in the dev set. */
const correct = (it: Item, got: UrgencyLevel): boolean =>
  got === it.level ||
  ((it.note ?? '').startsWith('DISAGREE:') && it.category !== SELF_HARM && Math.abs(rank(got) - rank(it.level)) <= 1);

describe('classifyUrgency: challenge set (test/fixtures/urgency-challenge.jsonl)', () => {
  let items: Item[] = [];
  let rows: { it: Item; got: UrgencyLevel; categories: string[] }[] = [];
  before(async () => {
    const res = await fetch(new URL('../fixtures/urgency-challenge.jsonl', import.meta.url));
    items = (await res.text()).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item);
    rows = items.map((it) => {
      const r = classifyUrgency(it.text, { locale: it.locale });
      return { it, got: r.level, categories: r.matches.map((m) => m.category) };
    });
  });

  const misses = (level: UrgencyLevel): string =>
    rows.filter((r) => r.it.level === level && !correct(r.it, r.got)).map((r) => `${r.it.id} → ${r.got}: ${r.it.text}`).join('\n');
  const recall = (pick: (it: Item) => boolean): number => {
    const sub = rows.filter((r) => pick(r.it));
    return sub.filter((r) => correct(r.it, r.got)).length / sub.length;
  };

  it('has all 627 messages, English and Spanish about 2:1, ids unique', () => {
    expect(items).to.have.length(627);
    expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
    const es = items.filter((i) => i.locale === 'es').length;
    expect(es / items.length).to.be.within(0.28, 0.4);
  });

  it('finds emergencies: recall ≥ 99 % overall and in each language (measured 299/299)', () => {
    expect(recall((it) => it.level === 'emergency'), misses('emergency')).to.be.at.least(0.99);
    expect(recall((it) => it.level === 'emergency' && it.locale === 'es'), misses('emergency')).to.be.at.least(0.98);
  });

  it('sends every self-harm message to emergency with the self-harm category (measured 63/63)', () => {
    const selfHarm = rows.filter((r) => r.it.category === SELF_HARM);
    expect(selfHarm.length).to.be.greaterThan(60);
    const wrong = selfHarm.filter((r) => r.got !== 'emergency' || !r.categories.includes('self-harm'));
    expect(wrong.map((r) => `${r.it.id} → ${r.got} [${r.categories.join(', ')}]: ${r.it.text}`)).to.deep.equal([]);
  });

  it('finds urgent messages: recall ≥ 98 % (measured 143/144)', () => {
    expect(recall((it) => it.level === 'urgent'), misses('urgent')).to.be.at.least(0.98);
  });

  it('leaves routine messages alone: at most 1 % flagged (measured 0/184)', () => {
    const routine = rows.filter((r) => r.it.level === 'routine');
    const flagged = routine.filter((r) => !correct(r.it, r.got));
    expect(flagged.length / routine.length, misses('routine')).to.be.at.most(0.01);
  });
});
