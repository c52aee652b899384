import { expect } from '@open-wc/testing';
import type { ResultFlag } from '../../src/adapters/types.js';
import { interpretationFlag } from '../../src/adapters/fhir/index.js';
import { combineFlags, computeFlag, parseRangeText, type FlaggableRange, type FlaggableValue, type RangeFlag } from '../../src/core/results/flag.js';
import { MockFhir, PATIENT, adapterFor, bundle, fhirJson, type FhirResource } from './fhir-mock.js';

const V3 = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const LAB = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];

function obs(id: string, extra: Partial<FhirResource> = {}): FhirResource {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: LAB,
    code: { coding: [{ system: 'http://loinc.org', code: '2823-3', display: 'Potassium' }], text: 'Potassium' },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2026-02-01T09:00:00Z',
    valueQuantity: { value: 4.1, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' },
    ...extra,
  };
}

const q = (value: number, unit?: string, comparator?: '<' | '<=' | '>=' | '>'): FlaggableValue => ({ kind: 'quantity', value, ...(unit ? { unit } : {}), ...(comparator ? { comparator } : {}) });

describe('computeFlag (core)', () => {
  const rows: [string, FlaggableValue | undefined, FlaggableRange | undefined, RangeFlag][] = [
    ['inside low–high', q(4.1, 'mmol/L'), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'normal'],
    ['on the bounds counts as inside', q(5.1, 'mmol/L'), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'normal'],
    ['below low', q(3.1, 'mmol/L'), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'low'],
    ['above high', q(6, 'mmol/L'), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'high'],
    ['only a low bound', q(70, 'mL/min'), { low: 60, unit: 'mL/min' }, 'normal'],
    ['only a high bound, above', q(240, 'mg/dL'), { high: 200, unit: 'mg/dL' }, 'high'],
    ['no range', q(4.1, 'mmol/L'), undefined, 'unknown'],
    ['empty range', q(4.1, 'mmol/L'), {}, 'unknown'],
    ['value without a unit against a range with one', q(4.1), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'unknown'],
    ['units that differ', q(4.1, 'mg/dL'), { low: 3.5, high: 5.1, unit: 'mmol/L' }, 'unknown'],
    ['unit spellings that mean the same', q(7.2, '10*3/uL'), { low: 4, high: 11, unit: 'K/uL' }, 'normal'],
    ['neither side has a unit', q(7.4), { low: 7.35, high: 7.45 }, 'normal'],
    ['range text only, between', q(6, 'mmol/L'), { text: '3.5-5.1 mmol/L' }, 'high'],
    ['range text only, "<200"', q(200, 'mg/dL'), { text: '<200 mg/dL' }, 'high'],
    ['range text only, ">= 60"', q(59, 'mL/min'), { text: '>= 60' }, 'low'],
    ['range text that is not numeric', q(6, 'mmol/L'), { text: 'See note' }, 'unknown'],
    ['"<5" with a range from 0 is inside', q(5, 'mg/L', '<'), { low: 0, high: 10, unit: 'mg/L' }, 'normal'],
    ['"<5" with a range from 8 is low', q(5, 'mg/L', '<'), { low: 8, high: 10, unit: 'mg/L' }, 'low'],
    ['">90" straddling a high bound is unknown', q(90, 'mL/min', '>'), { low: 60, high: 120, unit: 'mL/min' }, 'unknown'],
    ['">90" with only a low bound is normal', q(90, 'mL/min', '>'), { low: 60, unit: 'mL/min' }, 'normal'],
    ['low above high is not a usable range', q(5, 'mg/L'), { low: 10, high: 2, unit: 'mg/L' }, 'unknown'],
    ['text result equal to the range text', { kind: 'text', text: 'Negative' }, { text: 'Negative' }, 'normal'],
    ['positive against a negative range', { kind: 'coded', text: 'Positive' }, { text: 'Negative' }, 'abnormal'],
    ['text result with an unrelated range', { kind: 'text', text: 'Yellow' }, { text: 'Negative' }, 'unknown'],
    ['no value', undefined, { low: 1, high: 2 }, 'unknown'],
  ];
  for (const [name, value, range, expected] of rows) {
    it(`${name} → ${expected}`, () => {
      expect(computeFlag(value, range)).to.equal(expected);
    });
  }

  it('reads numeric range text', () => {
    expect(parseRangeText('3.5 – 5.1 mmol/L')).to.deep.include({ low: 3.5, high: 5.1, unit: 'mmol/L' });
    expect(parseRangeText('1,000-2,000')).to.deep.include({ low: 1000, high: 2000 });
    expect(parseRangeText('less than 5')).to.deep.include({ high: 5, highInclusive: false });
    expect(parseRangeText('Negative')).to.equal(undefined);
  });

  it('combines component flags without guessing normal', () => {
    expect(combineFlags(['normal', 'normal'])).to.equal('normal');
    expect(combineFlags(['normal', 'unknown'])).to.equal('unknown');
    expect(combineFlags(['high', 'unknown'])).to.equal('high');
    expect(combineFlags(['high', 'low'])).to.equal('abnormal');
    expect(combineFlags(['critical-high', 'low'])).to.equal('critical-high');
    expect(combineFlags(['critical-high', 'critical-low'])).to.equal('critical');
    expect(combineFlags([])).to.equal('unknown');
  });
});

describe('FhirAdapter interpretation codes', () => {
  const codes: [string, ResultFlag | undefined][] = [
    ['N', 'normal'],
    ['L', 'low'],
    ['H', 'high'],
    ['LL', 'critical-low'],
    ['HH', 'critical-high'],
    ['A', 'abnormal'],
    ['AA', 'critical'],
    ['<', undefined],
    ['>', undefined],
    ['IND', undefined],
  ];
  for (const [code, flag] of codes) {
    it(`v3 ${code} → ${flag ?? 'no flag'}`, () => {
      expect(interpretationFlag([{ coding: [{ system: V3, code }] }]).flag).to.equal(flag);
    });
  }
  const legacy: [string, ResultFlag | undefined][] = [
    ['High', 'high'],
    ['LOW', 'low'],
    ['Critical high', 'critical-high'],
    ['Panic low', 'critical-low'],
    ['Abnormal', 'abnormal'],
    ['Within normal limits', 'normal'],
    ['See comment', undefined],
  ];
  for (const [text, flag] of legacy) {
    it(`legacy text "${text}" → ${flag ?? 'no flag'}`, () => {
      expect(interpretationFlag([{ text }]).flag).to.equal(flag);
    });
  }
  it('keeps off-scale codes as a comparator', () => {
    expect(interpretationFlag([{ coding: [{ system: V3, code: '<' }] }])).to.deep.equal({ offScale: '<' });
  });
});

describe('FhirAdapter results (Observation)', () => {
  const range = { low: { value: 3.5, unit: 'mmol/L' }, high: { value: 5.1, unit: 'mmol/L' } };

  async function only(o: FhirResource, ...more: FhirResource[]) {
    const page = await adapterFor(new MockFhir(o, PATIENT, ...more)).listResults();
    expect(page.items).to.have.length(1);
    return page.items[0];
  }

  it('maps a quantity with its unit, range and computed flag, keeping the FHIR id', async () => {
    const r = await only(obs('k1', { valueQuantity: { value: 5.9, unit: 'mmol/L' }, referenceRange: [range] }));
    expect(r).to.include({ id: 'k1', name: 'Potassium', flag: 'high', status: 'final', category: 'lab', collectedAt: '2026-02-01T09:00:00Z' });
    expect(r.value).to.deep.equal({ kind: 'quantity', value: 5.9, unit: 'mmol/L' });
    expect(r.range).to.deep.include({ low: 3.5, high: 5.1, unit: 'mmol/L' });
    expect(r.code).to.deep.include({ system: 'http://loinc.org', code: '2823-3' });
  });

  it('prefers the lab\'s interpretation over the range', async () => {
    const r = await only(obs('k2', { referenceRange: [range], interpretation: [{ coding: [{ system: V3, code: 'HH' }] }] }));
    expect(r.flag).to.equal('critical-high');
  });

  it('flags from an interpretation when there is no range', async () => {
    const r = await only(obs('k3', { interpretation: [{ coding: [{ system: V3, code: 'L' }] }] }));
    expect(r.flag).to.equal('low');
    expect(r.range).to.equal(undefined);
  });

  it('says "unknown", never "normal", with neither interpretation nor range', async () => {
    const r = await only(obs('k4'));
    expect(r.flag).to.equal('unknown');
  });

  it('says "unknown" for a value without units against a range with units', async () => {
    const r = await only(obs('k5', { valueQuantity: { value: 4.1 }, referenceRange: [range] }));
    expect(r.value).to.deep.equal({ kind: 'quantity', value: 4.1 });
    expect(r.flag).to.equal('unknown');
  });

  it('says "unknown" when the units do not match the range', async () => {
    const r = await only(obs('k6', { valueQuantity: { value: 16, unit: 'mg/dL' }, referenceRange: [range] }));
    expect(r.flag).to.equal('unknown');
  });

  it('uses a range given only as text', async () => {
    const r = await only(obs('k7', { valueQuantity: { value: 3, unit: 'mmol/L' }, referenceRange: [{ text: '3.5-5.1 mmol/L' }] }));
    expect(r.range).to.deep.equal({ text: '3.5-5.1 mmol/L' });
    expect(r.flag).to.equal('low');
  });

  it('applies an off-scale "<" interpretation as the value\'s comparator', async () => {
    const r = await only(
      obs('trop', { valueQuantity: { value: 0.01, unit: 'ng/mL' }, referenceRange: [{ high: { value: 0.04, unit: 'ng/mL' } }], interpretation: [{ coding: [{ system: V3, code: '<' }] }] }),
    );
    expect(r.flag).to.equal('normal');
  });

  it('keeps the comparator of a value', async () => {
    const r = await only(obs('c', { valueQuantity: { value: 5, comparator: '<', unit: 'mg/L' }, referenceRange: [{ low: { value: 0, unit: 'mg/L' }, high: { value: 10, unit: 'mg/L' } }] }));
    expect(r.value).to.deep.equal({ kind: 'quantity', value: 5, unit: 'mg/L', comparator: '<' });
    expect(r.flag).to.equal('normal');
  });

  it('maps components only (blood pressure) with a flag per component and overall', async () => {
    const r = await only(
      obs('bp', {
        code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }], text: 'Blood pressure' },
        valueQuantity: undefined,
        component: [
          { code: { text: 'Systolic' }, valueQuantity: { value: 150, unit: 'mm[Hg]' }, referenceRange: [{ high: { value: 120, unit: 'mm[Hg]' } }] },
          { code: { text: 'Diastolic' }, valueQuantity: { value: 78, unit: 'mm[Hg]' }, interpretation: [{ coding: [{ system: V3, code: 'N' }] }] },
        ],
      }),
    );
    expect(r.value).to.equal(undefined);
    expect(r.problem).to.equal(undefined);
    expect(r.components?.map((c) => [c.name, c.flag])).to.deep.equal([
      ['Systolic', 'high'],
      ['Diastolic', 'normal'],
    ]);
    expect(r.flag).to.equal('high');
  });

  it('chooses the range for the patient\'s sex when there are several', async () => {
    const hb = obs('hb', {
      code: { text: 'Hemoglobin' },
      valueQuantity: { value: 12.5, unit: 'g/dL' },
      referenceRange: [
        { low: { value: 13.5, unit: 'g/dL' }, high: { value: 17.5, unit: 'g/dL' }, appliesTo: [{ coding: [{ system: 'http://snomed.info/sct', code: '248153007' }], text: 'Male' }] },
        { low: { value: 12, unit: 'g/dL' }, high: { value: 15.5, unit: 'g/dL' }, appliesTo: [{ coding: [{ system: 'http://snomed.info/sct', code: '248152002' }], text: 'Female' }] },
      ],
    });
    const r = await only(hb);
    expect(r.range).to.deep.include({ low: 12, high: 15.5, appliesTo: 'Female' });
    expect(r.flag).to.equal('normal');

    const unknownSex = await adapterFor(new MockFhir(hb, { ...PATIENT, gender: 'unknown' })).listResults();
    expect(unknownSex.items[0].flag).to.equal('unknown');
    expect(unknownSex.items[0].range?.text).to.contain('Male: 13.5–17.5 g/dL');
    expect(unknownSex.items[0].range?.text).to.contain('Female: 12–15.5 g/dL');
  });

  it('chooses the range for the patient\'s age', async () => {
    const r = await only(
      obs('age', {
        valueQuantity: { value: 110, unit: 'mg/dL' },
        referenceRange: [
          { high: { value: 100, unit: 'mg/dL' }, age: { high: { value: 18, unit: 'a' } } },
          { high: { value: 120, unit: 'mg/dL' }, age: { low: { value: 18, unit: 'a' } } },
        ],
      }),
    );
    expect(r.range).to.deep.include({ high: 120, appliesTo: 'Age 18 and over' });
    expect(r.flag).to.equal('normal');
  });

  it('maps text and coded values', async () => {
    const mock = new MockFhir(
      obs('s', { valueQuantity: undefined, valueString: 'Few bacteria seen' }),
      obs('cc', { valueQuantity: undefined, valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009', display: 'Negative' }] }, referenceRange: [{ text: 'Negative' }] }),
    );
    const page = await adapterFor(mock).listResults();
    const s = page.items.find((r) => r.id === 's')!;
    const cc = page.items.find((r) => r.id === 'cc')!;
    expect(s.value).to.deep.equal({ kind: 'text', text: 'Few bacteria seen' });
    expect(s.flag).to.equal('unknown');
    expect(cc.value).to.deep.include({ kind: 'coded', text: 'Negative' });
    expect(cc.flag).to.equal('normal');
  });

  it('explains a result with no name or no value instead of dropping it', async () => {
    const mock = new MockFhir(
      obs('noname', { code: {} }),
      obs('novalue', { valueQuantity: undefined, dataAbsentReason: { text: 'Sample hemolyzed' } }),
      obs('nan', { valueQuantity: { unit: 'mg/dL' } }),
    );
    const page = await adapterFor(mock).listResults();
    const by = (id: string) => page.items.find((r) => r.id === id)!;
    expect(by('noname')).to.include({ name: 'Test result' });
    expect(by('noname').problem).to.contain('did not name');
    expect(by('novalue').problem).to.contain('Sample hemolyzed');
    expect(by('novalue').flag).to.equal('unknown');
    expect(by('nan').problem).to.contain('could not be read');
  });

  it('never returns a result entered in error; keeps a cancelled one without a problem', async () => {
    const mock = new MockFhir(obs('ok'), obs('eie', { status: 'entered-in-error' }), obs('cx', { status: 'cancelled', valueQuantity: undefined, dataAbsentReason: { text: 'Not performed' } }));
    const page = await adapterFor(mock).listResults();
    expect(page.items.map((r) => r.id).sort()).to.deep.equal(['cx', 'ok']);
    const cx = page.items.find((r) => r.id === 'cx')!;
    expect(cx.status).to.equal('cancelled');
    expect(cx.problem).to.equal(undefined);
  });

  it('groups results by DiagnosticReport and says when a clinician reviewed it', async () => {
    const reviewed: FhirResource = {
      resourceType: 'DiagnosticReport',
      id: 'bmp',
      status: 'final',
      code: { text: 'Basic metabolic panel' },
      subject: { reference: 'Patient/p1' },
      issued: '2026-02-01T15:00:00Z',
      result: [{ reference: 'Observation/k1' }],
      resultsInterpreter: [{ reference: 'Practitioner/dr1', display: 'Dr. Ana Ruiz' }],
      conclusion: 'Potassium a little high; recheck in a week.',
      extension: [{ url: 'https://portal-elements.dev/fhir/StructureDefinition/reviewed-at', valueDateTime: '2026-02-02T10:00:00Z' }],
    };
    const unreviewed: FhirResource = { resourceType: 'DiagnosticReport', id: 'cbc', status: 'final', code: { text: 'CBC' }, result: [{ reference: 'Observation/h1' }] };
    const mock = new MockFhir(PATIENT).route((c) =>
      c.url.pathname.endsWith('/Observation') ? fhirJson(bundle([obs('k1'), obs('h1', { code: { text: 'Hemoglobin' } })], { included: [reviewed, unreviewed] })) : undefined,
    );
    const page = await adapterFor(mock).listResults();
    const k1 = page.items.find((r) => r.id === 'k1')!;
    expect(k1.report).to.deep.include({ id: 'bmp', name: 'Basic metabolic panel', reviewed: true, reviewedAt: '2026-02-02T10:00:00Z', conclusion: 'Potassium a little high; recheck in a week.' });
    expect(k1.report?.reviewer?.name).to.equal('Dr. Ana Ruiz');
    expect(page.items.find((r) => r.id === 'h1')!.report).to.deep.include({ id: 'cbc', reviewed: false });
    expect(mock.callsTo('GET', 'Observation')[0].url.searchParams.get('_revinclude')).to.equal('DiagnosticReport:result');
  });

  it('finds reports with a second search when the server ignores _revinclude', async () => {
    const report: FhirResource = { resourceType: 'DiagnosticReport', id: 'r9', status: 'final', code: { text: 'Lipid panel' }, result: [{ reference: 'Observation/ldl' }] };
    const mock = new MockFhir(obs('ldl'), report);
    const page = await adapterFor(mock).listResults();
    expect(page.items[0].report?.name).to.equal('Lipid panel');
    expect(mock.callsTo('GET', 'DiagnosticReport')[0].url.searchParams.get('result')).to.equal('Observation/ldl');
  });

  it('reads one report\'s results by reportId', async () => {
    const report: FhirResource = { resourceType: 'DiagnosticReport', id: 'r1', status: 'final', subject: { reference: 'Patient/p1' }, code: { text: 'Panel' }, result: [{ reference: 'Observation/a' }] };
    const mock = new MockFhir(report, obs('a'));
    const page = await adapterFor(mock).listResults({ reportId: 'r1' });
    expect(page.items.map((r) => r.id)).to.deep.equal(['a']);
    expect(page.items[0].report?.id).to.equal('r1');
    expect(mock.callsTo('GET', 'Observation')[0].url.searchParams.get('_id')).to.equal('a');
  });

  it('gives each result the earlier values of the same test, oldest first, for trends', async () => {
    const mock = new MockFhir(
      obs('k-jan', { effectiveDateTime: '2026-01-01T09:00:00Z', valueQuantity: { value: 3.9, unit: 'mmol/L' } }),
      obs('k-feb', { effectiveDateTime: '2026-02-01T09:00:00Z', valueQuantity: { value: 4.4, unit: 'mmol/L' } }),
      obs('k-mar', { effectiveDateTime: '2026-03-01T09:00:00Z', valueQuantity: { value: 5.6, unit: 'mmol/L' }, interpretation: [{ coding: [{ system: V3, code: 'H' }] }] }),
    );
    const page = await adapterFor(mock).listResults({ code: '2823-3' });
    const mar = page.items.find((r) => r.id === 'k-mar')!;
    expect(mar.history?.map((h) => [h.id, h.value])).to.deep.equal([
      ['k-jan', 3.9],
      ['k-feb', 4.4],
    ]);
    expect(page.items.find((r) => r.id === 'k-jan')!.history).to.equal(undefined);
    expect(mock.callsTo('GET', 'Observation')[0].url.searchParams.get('code')).to.equal('2823-3');
  });

  it('does not show a panel observation that only groups other results', async () => {
    const panel = obs('panel', { code: { text: 'Lipid panel' }, valueQuantity: undefined, hasMember: [{ reference: 'Observation/ldl' }] });
    const page = await adapterFor(new MockFhir(panel, obs('ldl', { code: { text: 'LDL' } }))).listResults();
    expect(page.items.map((r) => r.id)).to.deep.equal(['ldl']);
    expect(page.items[0].report).to.deep.include({ id: 'panel', name: 'Lipid panel' });
  });
});
