import { expect } from '@open-wc/testing';
import { EXPLANATION_INDEX, findExplanation, loadExplanation, loadExplanationTexts } from '../../src/core/results/explanations.js';

describe('result explanations', () => {
  it('cover at least 40 tests, each with English and Spanish names and texts', async () => {
    expect(EXPLANATION_INDEX.length).to.be.at.least(40);
    const [en, es] = await Promise.all([loadExplanationTexts('en'), loadExplanationTexts('es')]);
    for (const entry of EXPLANATION_INDEX) {
      expect(entry.name.en, entry.key).to.be.a('string').and.not.empty;
      expect(entry.name.es, entry.key).to.be.a('string').and.not.empty;
      for (const [lang, texts] of [['en', en], ['es', es]] as const) {
        const t = texts[entry.key];
        expect(t, `${lang} ${entry.key}`).to.exist;
        expect(t.what.length, `${lang} ${entry.key} what`).to.be.above(20);
        expect(t.high.length, `${lang} ${entry.key} high`).to.be.above(20);
        if (entry.kind === 'quantity') expect(t.low, `${lang} ${entry.key} low`).to.be.a('string');
      }
    }
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(es).sort());
  });

  it('never uses alarming or diagnostic wording', async () => {
    const [en, es] = await Promise.all([loadExplanationTexts('en'), loadExplanationTexts('es')]);
    const texts = [en, es].flatMap((set) => Object.values(set).flatMap((t) => [t.what, t.high, t.low ?? '']));
    for (const text of texts) {
      expect(text.toLowerCase(), text).not.to.match(/\byou have (a|an|cancer|diabetes)\b|\busted tiene (un|una|cáncer|diabetes)\b|danger|peligr|emergenc|deadly|fatal|mortal/);
    }
  });

  it('has unique keys and LOINC codes', () => {
    const keys = EXPLANATION_INDEX.map((x) => x.key);
    expect(new Set(keys).size).to.equal(keys.length);
    const codes = EXPLANATION_INDEX.flatMap((x) => x.loinc);
    expect(new Set(codes).size).to.equal(codes.length);
  });

  const rows: [string, { name?: string; code?: { code: string; system?: string } }, string, string | undefined][] = [
    ['LOINC code wins over the name', { name: 'Something', code: { system: 'http://loinc.org', code: '4548-4' } }, '', 'a1c'],
    ['non-LOINC codes are ignored', { name: 'Potassium', code: { system: 'urn:local', code: '4548-4' } }, '', 'potassium'],
    ['longest alias wins', { name: 'Hemoglobin A1c' }, '', 'a1c'],
    ['plain hemoglobin', { name: 'Hemoglobin [Mass/volume] in Blood' }, '', 'hemoglobin'],
    ['urine context picks the urine entry', { name: 'Glucose' }, 'Urinalysis', 'urine-glucose'],
    ['blood glucose without urine context', { name: 'Glucose, fasting' }, 'Basic metabolic panel', 'glucose'],
    ['abbreviation as a whole word', { name: 'TSH' }, '', 'tsh'],
    ['no partial-word matches (CA 125 is not calcium)', { name: 'CA 125' }, '', undefined],
    ['Spanish lab name', { name: 'Colesterol HDL' }, '', 'hdl'],
    ['unknown test', { name: 'Zebra factor' }, '', undefined],
    ['empty name', { name: '' }, '', undefined],
  ];
  for (const [label, test, ctx, key] of rows) it(label, () => expect(findExplanation(test, ctx)?.key).to.equal(key));

  it('loads the text in the requested language (regional tags fall back to the language)', async () => {
    expect((await loadExplanation('tsh', 'es-MX'))?.what).to.include('tiroides');
    expect((await loadExplanation('tsh', 'en'))?.what).to.include('thyroid');
    expect(await loadExplanation('nope', 'en')).to.equal(undefined);
  });
});
