import { expect } from '@open-wc/testing';
import type { ReferenceRange, ResultValue } from '../../src/adapters/types.js';
import { placeOnRange, relationToRange, unitsMatch, type RangeRelation } from '../../src/core/results/range.js';

const q = (value: number, unit = 'mg/dL', comparator?: '<' | '<=' | '>' | '>='): ResultValue => ({ kind: 'quantity', value, unit, comparator });

describe('placeOnRange', () => {
  const rows: { name: string; value: ResultValue | undefined; range: ReferenceRange | undefined; kind: string; relation?: RangeRelation; shape?: string }[] = [
    { name: 'inside a two-sided range', value: q(90), range: { low: 70, high: 99, unit: 'mg/dL' }, kind: 'scale', relation: 'within', shape: 'between' },
    { name: 'above a two-sided range', value: q(130), range: { low: 70, high: 99 }, kind: 'scale', relation: 'above' },
    { name: 'below a two-sided range', value: q(50), range: { low: 70, high: 99 }, kind: 'scale', relation: 'below' },
    { name: 'high-only range (less than 200)', value: q(240), range: { high: 200 }, kind: 'scale', relation: 'above', shape: 'high-only' },
    { name: 'low-only range (60 or more)', value: q(45, 'mL/min/{1.73_m2}'), range: { low: 60, unit: 'mL/min/1.73m2' }, kind: 'scale', relation: 'below', shape: 'low-only' },
    { name: 'text-only range', value: q(1), range: { text: 'Negative' }, kind: 'text-only' },
    { name: 'no range', value: q(1), range: undefined, kind: 'no-range' },
    { name: 'units that do not match', value: q(5.5, 'mmol/L'), range: { low: 70, high: 99, unit: 'mg/dL' }, kind: 'unit-mismatch' },
    { name: 'low above high', value: q(5), range: { low: 10, high: 2 }, kind: 'invalid-range' },
    { name: 'text value', value: { kind: 'text', text: 'Positive' }, range: { text: 'Negative' }, kind: 'not-numeric' },
    { name: 'coded value', value: { kind: 'coded', text: 'Detected' }, range: undefined, kind: 'not-numeric' },
    { name: 'no value (cancelled)', value: undefined, range: { low: 1, high: 2 }, kind: 'not-numeric' },
    { name: 'NaN value', value: q(Number.NaN), range: { low: 1, high: 2 }, kind: 'not-numeric' },
    { name: 'comparator below the detection limit', value: q(0.5, 'ng/mL', '<'), range: { high: 4, unit: 'ng/mL' }, kind: 'scale', relation: 'within' },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const p = placeOnRange(row.value, row.range);
      expect(p.kind).to.equal(row.kind);
      if (p.kind === 'scale') {
        if (row.relation) expect(p.relation).to.equal(row.relation);
        if (row.shape) expect(p.shape).to.equal(row.shape);
        for (const f of [p.marker, p.bandStart, p.bandEnd]) expect(f).to.be.within(0, 1);
        expect(p.bandStart).to.be.at.most(p.bandEnd);
      }
    });
  }

  it('keeps far-out values on the bar and orders marker vs band correctly', () => {
    const p = placeOnRange(q(1000), { low: 70, high: 99 });
    if (p.kind !== 'scale') throw new Error('expected a scale');
    expect(p.marker).to.be.above(p.bandEnd);
    expect(p.marker).to.be.at.most(1);
    const lowP = placeOnRange(q(1), { low: 70, high: 99 });
    if (lowP.kind !== 'scale') throw new Error('expected a scale');
    expect(lowP.marker).to.be.below(lowP.bandStart);
  });

  it('reports text-only ranges with their text', () => {
    expect(placeOnRange(q(2), { text: '  <200 mg/dL ' })).to.deep.equal({ kind: 'text-only', text: '<200 mg/dL' });
  });
});

describe('relationToRange with comparators', () => {
  const rows: [number, number | undefined, number | undefined, '<' | '<=' | '>' | '>=' | undefined, RangeRelation][] = [
    [5, 1, 10, undefined, 'within'],
    [1, 1, 10, undefined, 'within'],
    [10, 1, 10, undefined, 'within'],
    [0.5, undefined, 4, '<', 'within'],
    [0.5, 0, 4, '<', 'within'],
    [2, 2, 10, '<', 'below'],
    [5, 2, 10, '<', 'unknown'],
    [90, 60, undefined, '>', 'within'],
    [10, 1, 10, '>', 'above'],
    [5, 1, 10, '>=', 'unknown'],
  ];
  for (const [v, lo, hi, c, rel] of rows) {
    it(`${c ?? ''}${v} against ${lo ?? '–'}…${hi ?? '–'} is ${rel}`, () => expect(relationToRange(v, lo, hi, c)).to.equal(rel));
  }
});

describe('unitsMatch', () => {
  const rows: [string | undefined, string | undefined, boolean][] = [
    ['mg/dL', 'mg/dl', true],
    ['10*3/uL', 'K/uL', true],
    ['x10E3/uL', '10^9/L', true],
    ['µg/L', 'ug/L', true],
    ['mmol/L', 'mg/dL', false],
    ['%', 'percent', true],
    [undefined, 'mg/dL', true],
    ['g/dL', 'g/L', false],
  ];
  for (const [a, b, same] of rows) it(`${a} vs ${b}`, () => expect(unitsMatch(a, b)).to.equal(same));
});
