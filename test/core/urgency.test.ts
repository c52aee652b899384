import { expect } from '@open-wc/testing';
import {
  classifyUrgency, compareUrgency, maxUrgency, type UrgencyCategory, type UrgencyLevel,
} from '../../src/core/urgency/index.js';
import { EMERGENCY_CASES, LATER_CASES, MORE_CASES, ROUTINE_CASES, URGENT_CASES, type Case } from './urgency-cases.js';

interface DevItem {
  id: string;
  locale: string;
  text: string;
  level: UrgencyLevel;
  category: string;
  note?: string;
}

const rank = (l: UrgencyLevel): number => compareUrgency(l, 'routine');
/** DISAGREE items allow one level of difference (never for self-harm). */
const correct = (it: DevItem, got: UrgencyLevel): boolean =>
  got === it.level ||
  ((it.note ?? '').startsWith('DISAGREE:') && it.category !== 'suicide_self_harm' && Math.abs(rank(got) - rank(it.level)) <= 1);

describe('classifyUrgency: labelled dev set (test/fixtures/urgency-dev.jsonl, a copy of shared/data)', () => {
  let items: DevItem[] = [];
  before(async () => {
    const res = await fetch(new URL('../fixtures/urgency-dev.jsonl', import.meta.url));
    items = (await res.text()).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as DevItem);
  });

  it('has all 163 messages', () => {
    expect(items).to.have.length(163);
  });

  it('meets the targets: emergency recall ≥ 0.98, self-harm 1.0, urgent-or-higher ≥ 0.95, routine flagged ≤ 5%', () => {
    const rows = items.map((it) => ({ it, got: classifyUrgency(it.text, { locale: it.locale }).level }));
    const emergencies = rows.filter((r) => r.it.level === 'emergency');
    const urgentPlus = rows.filter((r) => r.it.level !== 'routine');
    const routine = rows.filter((r) => r.it.level === 'routine');
    const misses = rows.filter((r) => !correct(r.it, r.got)).map((r) => `${r.it.id}: expected ${r.it.level}, got ${r.got}`);

    const emergencyRecall = emergencies.filter((r) => correct(r.it, r.got)).length / emergencies.length;
    const urgentRecall = urgentPlus.filter((r) => r.got !== 'routine' || correct(r.it, r.got)).length / urgentPlus.length;
    const routineFlagged = routine.filter((r) => !correct(r.it, r.got)).length / routine.length;

    expect(emergencyRecall, misses.join('\n')).to.be.at.least(0.98);
    expect(urgentRecall, misses.join('\n')).to.be.at.least(0.95);
    expect(routineFlagged, misses.join('\n')).to.be.at.most(0.05);
  });

  it('sends every self-harm message to emergency with the self-harm category (so the notice offers 988)', () => {
    const selfHarm = items.filter((it) => it.category === 'suicide_self_harm');
    expect(selfHarm.length).to.be.greaterThan(0);
    for (const it of selfHarm) {
      const r = classifyUrgency(it.text, { locale: it.locale });
      expect(r.level, it.id).to.equal('emergency');
      expect(r.matches.map((m) => m.category), it.id).to.include('self-harm');
    }
  });
});

function table(name: string, cases: readonly Case[]): void {
  describe(name, () => {
    for (const [text, level, category] of cases) {
      it(`${level}${category ? ` (${category})` : ''}: ${text}`, () => {
        const r = classifyUrgency(text);
        expect(r.level).to.equal(level);
        if (category) expect(r.matches.map((m) => m.category)).to.include(category);
      });
    }
  });
}

table('classifyUrgency: emergencies in other words (en + es)', EMERGENCY_CASES);
table('classifyUrgency: urgent in other words (en + es)', URGENT_CASES);
table('classifyUrgency: routine messages with trigger-like words (en + es)', ROUTINE_CASES);
table('classifyUrgency: second batch', MORE_CASES);
table('classifyUrgency: later batches', LATER_CASES);

describe('classifyUrgency: negation and resolution', () => {
  const rows: [string, UrgencyLevel][] = [
    ['no chest pain', 'routine'],
    ['No chest pain, no shortness of breath', 'routine'],
    ['denies SOB', 'routine'],
    ['without any trouble breathing', 'routine'],
    ["I don't have a fever", 'routine'],
    ['the chest pain I had last year is gone', 'routine'],
    ['chest pain went away after I rested yesterday', 'routine'],
    ['no fever, but my chest hurts', 'emergency'],
    ['no fever and my chest hurts', 'emergency'],
    ['not sure why but my chest hurts', 'emergency'],
    ["the chest pain hasn't gone away", 'emergency'],
    ['No, I can not breathe', 'emergency'],
    ['no tengo dolor de pecho', 'routine'],
    ['ya no tengo dolor', 'routine'],
    ['ya no me duele el pecho', 'routine'],
    ['sin fiebre ni dolor', 'routine'],
    ['no tengo fiebre pero me duele mucho el pecho', 'emergency'],
    ['no se por que me duele el pecho', 'emergency'],
    ['no puedo respirar y me duele el pecho', 'emergency'],
    ['el dolor de pecho no se me quita', 'emergency'],
    ['el dolor de pecho ya se me quitó', 'routine'],
  ];
  for (const [text, level] of rows) it(`${text} → ${level}`, () => expect(classifyUrgency(text).level).to.equal(level));
});

describe('classifyUrgency: mechanisms that generalise (warning-sign combinations, means, effects), with counter-examples', () => {
  const rows: [string, UrgencyLevel, UrgencyCategory?][] = [
  // self-harm: two warning signs in one message
  ['I gave my cat to my sister. I love you all', 'emergency', 'self-harm'],
  ['wrote a letter to each of my kids and paid off everything', 'emergency', 'self-harm'],
  ['my dad says he is a burden and that we would be better off with his life insurance', 'emergency', 'self-harm'],
  ['ya me despedí de mi familia, no le digan a nadie', 'emergency', 'self-harm'],
  ['soy una carga, compré una cuerda', 'emergency', 'self-harm'],
  // one sign alone, or signs with an ordinary reason, stay routine
  ['thank you for everything', 'routine'],
  ['I gave my old bike to my nephew because I am moving', 'routine'],
  ['I did not buy a gun, my husband has one for hunting', 'routine'],
  ['ya me despedí de mis compañeros porque me cambio de trabajo', 'routine'],
  // dwelling on a means or a place
  ['I keep thinking about the gun in the closet', 'emergency', 'self-harm'],
  ['no dejo de pensar en la soga del garaje', 'emergency', 'self-harm'],
  ['I keep thinking about the bridge loan paperwork', 'routine'],
  // Spanish: out of the way, a shot, wanting it all to end; hypothetical self-harm still counts
  ['mi tío dice que se va a pegar un tiro', 'emergency', 'self-harm'],
  ['a veces pienso en quitarme de en medio', 'emergency', 'self-harm'],
  ['quiero que todo esto se acabe ya', 'emergency', 'self-harm'],
  ['quiero que se acabe esta tos', 'routine'],
  ['quiero desaparecer estas ojeras', 'routine'],
  ["I can't go on like this", 'emergency', 'self-harm'],
  ["I can't go on the trip next week", 'routine'],
  // harm to others: a weapon
  ['he is threatening my mom with a knife', 'emergency', 'harm-others'],
  ['me amenazó con una navaja', 'emergency', 'harm-others'],
  ['no me amenazó con ningún cuchillo, fue una discusión', 'routine'],
  // effects, not names
  ['she can only get out 2 or 3 words before stopping for air', 'emergency', 'breathing'],
  ['no puede terminar una frase sin ahogarse', 'emergency', 'breathing'],
  ['I can only say a few words in Spanish', 'routine'],
  ["my husband can't stay awake and is hard to rouse", 'emergency', 'unconscious'],
  ["I can't stay awake in class", 'routine'],
  ["my mom suddenly doesn't know where she is", 'emergency', 'stroke'],
  ["my dad has alzheimers and doesn't recognize me anymore", 'routine'],
  ['mi abuela está confundida de repente', 'emergency', 'stroke'],
  ['sudden tearing pain between my shoulder blades', 'emergency', 'cardiac'],
  ['my face feels numb after the dentist', 'routine'],
  ['her lips were blue after swimming last summer but she was fine', 'routine'],
  ];
  for (const [text, level, category] of rows) {
    it(`${text} → ${level}${category ? ` (${category})` : ''}`, () => {
      const r = classifyUrgency(text);
      expect(r.level).to.equal(level);
      if (category) expect(r.matches.map((m) => m.category)).to.include(category);
    });
  }
});

describe('classifyUrgency: suicidal ideation by mechanism (batch 10), one strong signal, with counter-examples', () => {
  const rows: [string, UrgencyLevel, UrgencyCategory?][] = [
    // the future one does not expect to see
    ["I don't think I'll be around for my sister's graduation", 'emergency', 'self-harm'],
    ["he says he won't be alive by christmas", 'emergency', 'self-harm'],
    ["I won't be around next week, I'm on vacation", 'routine'],
    ["I don't see myself making it to the 9am appointment", 'routine'],
    ['no creo que llegue a navidad', 'emergency', 'self-harm'],
    ['mañana ya no estaré', 'emergency', 'self-harm'],
    ['ya no estaré en la ciudad el lunes', 'routine'],
    // a wish to be dead or not to exist
    ["I'd rather be dead than keep feeling like this", 'emergency', 'self-harm'],
    ['there is no reason for me to still be here', 'emergency', 'self-harm'],
    ["there's no reason for me to still be taking the antibiotic, right?", 'routine'],
    ['I hope my heart just stops in my sleep', 'emergency', 'self-harm'],
    ['I wish this cold would go away forever', 'routine'],
    ['me quiero ir de este mundo', 'emergency', 'self-harm'],
    ['me quiero ir de vacaciones', 'routine'],
    ['ojalá me muriera esta noche', 'emergency', 'self-harm'],
    ['quiero dejar de existir', 'emergency', 'self-harm'],
    // preparation: means, pills, letters, belongings
    ['I have a loaded pistol on the nightstand and I keep looking at it', 'emergency', 'self-harm'],
    ['our rifle is locked in the safe for hunting season', 'routine'],
    ["I've been saving up my sleeping pills, I have 30 now", 'emergency', 'self-harm'],
    ['I count my pills every week for the pill organizer', 'routine'],
    ['I left a letter for my son, he will find it when I am gone', 'emergency', 'self-harm'],
    ['I updated my will with the lawyer for when I am gone', 'routine'],
    ["I won't need my things where I'm going", 'emergency', 'self-harm'],
    ['I have a plan this time for losing weight', 'routine'],
    ['cuento mis pastillas para el pastillero', 'routine'],
    ['tengo guardado el veneno y lo he pensado mucho', 'emergency', 'self-harm'],
    ['tengo veneno para las cucarachas, ¿es peligroso para el perro?', 'routine'],
    // at a dangerous place with distress
    ["I'm on the bridge and I don't know what to do", 'emergency', 'self-harm'],
    ["I'm on the roof fixing the gutters, can I take my pill later?", 'routine'],
    ['estoy en la azotea y no puedo dejar de mirar abajo', 'emergency', 'self-harm'],
    ['estoy en el techo arreglando las tejas', 'routine'],
    // farewells, also about someone else
    ['tell my wife I love her', 'emergency', 'self-harm'],
    ['tell my mom I said hi', 'routine'],
    ['my brother texted "sorry for everything" and his phone is off', 'emergency', 'self-harm'],
    ['see you on the other side of my surgery!', 'routine'],
    ['mi hija mandó un mensaje de despedida y no contesta', 'emergency', 'self-harm'],
    ['¿puedo beber en la fiesta de despedida de mi jefe?', 'routine'],
    ['ya no quiero seguir tomando este jarabe, sabe horrible', 'routine'],
    // harm to others
    ["my son has a knife and is yelling he'll kill his brother", 'emergency', 'harm-others'],
    ['my boss is gonna kill me if I am late', 'routine'],
    ['the neighbor fired his gun at our house', 'emergency', 'harm-others'],
    ['I got my flu shot at the pharmacy', 'routine'],
  ];
  for (const [text, level, category] of rows) {
    it(`${text} → ${level}${category ? ` (${category})` : ''}`, () => {
      const r = classifyUrgency(text);
      expect(r.level).to.equal(level);
      if (category) expect(r.matches.map((m) => m.category)).to.include(category);
    });
  }
});

describe('classifyUrgency: history, hypotheticals, questions and idioms', () => {
  const rows: [string, UrgencyLevel][] = [
    ['what are the signs of a stroke?', 'routine'],
    ['my dad died of a heart attack', 'routine'],
    ['I had a heart attack in 2015, need my cardiology records', 'routine'],
    ['if I get chest pain again should I call?', 'routine'],
    ['this paperwork is killing me', 'routine'],
    ['dying to know my results', 'routine'],
    ['the traffic gave me a heart attack lol', 'routine'],
    ['I had chest pain last year and it is back today', 'emergency'],
    ['I think I am having a heart attack', 'emergency'],
    ['is it normal to have crushing chest pain after a booster?', 'emergency'],
    ['¿cuáles son las señales de un infarto?', 'routine'],
    ['mi abuelo murió de un infarto', 'routine'],
    ['me muero de ganas de verte', 'routine'],
    ['estos papeles me están matando', 'routine'],
    ['casi me da un infarto del susto', 'routine'],
    ['creo que me está dando un infarto', 'emergency'],
  ];
  for (const [text, level] of rows) it(`${text} → ${level}`, () => expect(classifyUrgency(text).level).to.equal(level));
});

describe('classifyUrgency: context scope (Spanish "si", questions about a present symptom, idioms)', () => {
  const rows: [string, UrgencyLevel][] = [
    // bare Spanish "si" (if) opens a hypothetical; "sí," (yes) and "como si" (as if) do not
    ['si me sube la fiebre otra vez, le llamo?', 'routine'],
    ['si el bebé tiene calentura cuánto paracetamol le doy', 'routine'],
    ['por si acaso, cuál es el número de la clínica?', 'routine'],
    ['Sí, me duele mucho el pecho', 'emergency'],
    ['siento como si me aplastaran el pecho', 'emergency'],
    ['a ver si me ayudan, me duele el pecho desde hace una hora', 'emergency'],
    // asking about a symptom that is there is not a hypothetical
    ['I wonder if this chest pain is my heart', 'emergency'],
    ['not sure if it matters but my face is drooping on one side', 'emergency'],
    // "don't go away" is not a resolution
    ['my 6 month old has a fever and purple spots that dont go away when i press', 'emergency'],
    // ongoing treatment is not a current symptom: history still applies
    ['had a seizure 5 years ago, do I still need to take keppra?', 'routine'],
    ['hace dos años tuve una convulsión, todavía tengo que tomar el keppra?', 'routine'],
    // recovered
    ['ya me siento mejor de la infección urinaria', 'routine'],
    ['note for work now that my broken wrist has healed', 'routine'],
    // laughter anywhere in the sentence makes an idiom; "almost" only qualifies what follows it
    ['my heart skipped a beat when I saw the bill lol', 'routine'],
    ["I'm afraid I'm going to snap and hurt my son, I almost hit him today", 'emergency'],
    ['im drowning in paperwork, can you help with the form', 'routine'],
  ];
  for (const [text, level] of rows) it(`${text} → ${level}`, () => expect(classifyUrgency(text).level).to.equal(level));
});

describe('classifyUrgency: numbers (oxygen, pulse, blood pressure, pregnancy weeks, birth dates)', () => {
  const rows: [string, UrgencyLevel, UrgencyCategory?][] = [
    ["Mom's oxygen is 84% on the pulse ox", 'emergency', 'breathing'],
    ['mi abuelita tiene la oxigenación en 85', 'emergency', 'breathing'],
    ['what does a pulse ox of 97 mean?', 'routine'],
    ['heart rate is 180 and wont come down', 'emergency', 'cardiac'],
    ['my heart rate hit 165 on the treadmill, is that ok', 'routine'],
    ['her pulse is 36 and she feels faint', 'emergency', 'cardiac'],
    ['bp 210/125 with a pounding headache', 'emergency', 'cardiac'],
    ['my blood pressure was 186/100 this morning, I feel fine', 'urgent', 'cardiac'],
    ['bp readings this week 128/82, 131/79', 'routine'],
    ['pain is 9/10', 'urgent', 'severe-pain'],
    ['estoy embarazada, tengo la presión en 165/112', 'emergency', 'pregnancy'],
    ['im 34 wks and seeing sparkles with a bad headache', 'emergency', 'pregnancy'],
    ['30 weeks, contractions every 5 minutes', 'emergency', 'pregnancy'],
    ['mi niña nació hace 3 semanas y el termómetro marca 38.4', 'emergency', 'infant-fever'],
    ['baby was born 2 weeks ago and has a temp of 100.6', 'emergency', 'infant-fever'],
    ['been running 102 since friday', 'urgent', 'fever'],
    ['dad has a uti, is confused, and his bp is 80/50', 'emergency', 'infection'],
  ];
  for (const [text, level, category] of rows) {
    it(`${text} → ${level}${category ? ` (${category})` : ''}`, () => {
      const r = classifyUrgency(text);
      expect(r.level).to.equal(level);
      if (category) expect(r.matches.map((m) => m.category)).to.include(category);
    });
  }
});

describe('classifyUrgency: self-harm in indirect words, and psychosis by danger', () => {
  // Psychosis: hallucinations or delusions with danger to self or others are emergencies (command
  // voices, acting on a delusion); without danger they are urgent (a same-day assessment).
  const rows: [string, UrgencyLevel, UrgencyCategory?][] = [
    ['honestly i just dont wanna be here anymore', 'emergency', 'self-harm'],
    ['i have the pills saved up and ive been thinking about ending things', 'emergency', 'self-harm'],
    ['i feel like a burden to everyone and i dont see a way out', 'emergency', 'self-harm'],
    ['i keep picturing my own funeral and it feels like relief', 'emergency', 'self-harm'],
    ['ive decided its time to go, thanks for everything', 'emergency', 'self-harm'],
    ['thinking about stepping in front of a train on the way home', 'emergency', 'self-harm'],
    ['my brother texted that hes going to end his life', 'emergency', 'self-harm'],
    ['my teenager took a bunch of advil on purpose', 'emergency', 'self-harm'],
    ['a veces pienso que todos estarían mejor si yo no estuviera', 'emergency', 'self-harm'],
    ['mi hijo dice que ya no quiere estar en este mundo', 'emergency', 'self-harm'],
    ['ya tengo la cuerda lista', 'emergency', 'self-harm'],
    ['the voices keep telling me to hurt myself', 'emergency', 'self-harm'],
    ['escucho una voz que me dice que me haga daño', 'emergency', 'self-harm'],
    ['my husband is hearing voices that tell him to hurt us', 'emergency', 'harm-others'],
    ['my brother says the neighbors are demons and hes going over there with a bat', 'emergency', 'harm-others'],
    ['my dad sees people in the house who arent there, hes calm', 'urgent', 'mental-health'],
    ['mi papá ve gente que no está en la casa, pero está tranquilo', 'urgent', 'mental-health'],
    ['my son says people are following him, no threats', 'urgent', 'mental-health'],
    // not self-harm
    ['my nephew is doing a school project on suicide prevention, any pamphlets?', 'routine'],
    ['ya no quiero vivir en este departamento por la humedad', 'routine'],
    ['he doesnt want to live in the nursing home anymore', 'routine'],
    ["please cancel my appointment, I've decided it's time to go to a closer clinic", 'routine'],
    ['I care for my dad and feel like a burden on my sister, can we talk about home care', 'routine'],
    ['not having any thoughts of hurting myself, just want a different antidepressant', 'routine'],
  ];
  for (const [text, level, category] of rows) {
    it(`${text} → ${level}${category ? ` (${category})` : ''}`, () => {
      const r = classifyUrgency(text);
      expect(r.level).to.equal(level);
      if (category) expect(r.matches.map((m) => m.category)).to.include(category);
    });
  }
});

describe('classifyUrgency: emergencies described without the usual words', () => {
  const rows: [string, UrgencyLevel, UrgencyCategory][] = [
    ['my husband says theres pressure behind his breastbone', 'emergency', 'cardiac'],
    ['pain in my left arm and jaw for an hour, tums not helping', 'emergency', 'cardiac'],
    ['dad keeps rubbing his chest, says its heartburn but hes gray and sweaty', 'emergency', 'cardiac'],
    ['my moms defibrillator shocked her twice', 'emergency', 'cardiac'],
    ['my son is shaking all over and not answering me', 'emergency', 'seizure'],
    ['mi bebé se puso tieso y con los ojos en blanco', 'emergency', 'seizure'],
    ['whole family dizzy with headaches since we turned the space heater on', 'emergency', 'overdose'],
    ['my 4 year old found the pills and we dont know how many he ate', 'emergency', 'overdose'],
    ['my vomit is dark brown and gritty', 'emergency', 'bleeding'],
    ['nosebleed for 40 minutes, still pouring, im on xarelto', 'emergency', 'bleeding'],
    ['my toddler fell from the second floor window', 'emergency', 'injury'],
    ['son was outside in the heat all day, now hes confused and not sweating', 'emergency', 'exposure'],
    ['dad came in from shoveling, cold, mumbling and clumsy', 'emergency', 'exposure'],
    ['im on chemo and my temp is 101.3', 'emergency', 'infection'],
    ['havent pooped or passed gas in 3 days and keep vomiting', 'emergency', 'abdominal'],
    ['splashed drain cleaner in my eye', 'emergency', 'eye'],
    ['calf swollen and sore since my long flight', 'urgent', 'blood-clot'],
  ];
  for (const [text, level, category] of rows) {
    it(`${text} → ${level} (${category})`, () => {
      const r = classifyUrgency(text);
      expect(r.level).to.equal(level);
      expect(r.matches.map((m) => m.category)).to.include(category);
    });
  }
});

describe('classifyUrgency: result shape and offsets', () => {
  const expectSpan = (text: string, category: UrgencyCategory, contains: string): void => {
    const m = classifyUrgency(text).matches.find((x) => x.category === category);
    expect(m, `${category} in "${text}"`).to.exist;
    expect(text.slice(m?.start, m?.end)).to.contain(contains);
  };

  it('points at the matched words in the original text', () => {
    expectSpan('Refill please. Also my CHEST HURTS since lunch.', 'cardiac', 'CHEST HURTS');
    expectSpan("I can't breathe", 'breathing', "can't breathe");
  });

  it('keeps offsets right across accents, emoji and line breaks', () => {
    expectSpan('😟😟 Hola.\r\nMe duele el pécho muchísimo', 'cardiac', 'pécho');
    expectSpan('¿Qué hago? Ya no quiero vivir', 'self-harm', 'quiero vivir');
  });

  it('finds an emergency sentence buried in a long routine message', () => {
    const routine = 'I would like to schedule my annual physical and ask about my cholesterol. '.repeat(30);
    const text = `${routine}Also I have been saving up my pills because I want to die. ${routine}`;
    const r = classifyUrgency(text);
    expect(r.level).to.equal('emergency');
    const m = r.matches.find((x) => x.category === 'self-harm');
    expect(m?.start).to.be.greaterThan(routine.length - 1);
  });

  it('reports the level as the most urgent match, and routine with no matches', () => {
    const r = classifyUrgency('fever of 102 since yesterday and now I cannot breathe');
    expect(r.level).to.equal('emergency');
    expect(r.matches.map((m) => m.level)).to.include.members(['urgent', 'emergency']);
    expect(classifyUrgency('')).to.deep.equal({ level: 'routine', matches: [] });
    expect(classifyUrgency('   ')).to.deep.equal({ level: 'routine', matches: [] });
  });

  it('orders levels', () => {
    expect(compareUrgency('emergency', 'urgent')).to.be.greaterThan(0);
    expect(compareUrgency('routine', 'urgent')).to.be.lessThan(0);
    expect(maxUrgency('routine', 'urgent', 'routine')).to.equal('urgent');
    expect(maxUrgency()).to.equal('routine');
  });
});

describe('classifyUrgency: hostile input', () => {
  const shapes: Record<string, string> = {
    'one 100 KB word': 'a'.repeat(100_000),
    'repeated triggers without punctuation': 'no not denies if chest pain '.repeat(3600),
    'symbols only': '/-/,.?!¿¡°$><'.repeat(7700),
    'numbers and scores': '38.5 9/10 300 2 weeks old sugar '.repeat(3100),
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`finishes on ${name} (${Math.round(text.length / 1000)} KB)`, () => {
      const t0 = performance.now();
      const r = classifyUrgency(text);
      // A generous sanity bound, far above the benchmark budget: this guards against blow-ups, not speed.
      expect(performance.now() - t0).to.be.lessThan(3000);
      expect(['routine', 'urgent', 'emergency']).to.include(r.level);
      expect(r.matches.length).to.be.at.most(400);
    });
  }
});
