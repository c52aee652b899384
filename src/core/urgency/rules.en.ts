/**
 * English rule pack. Patterns use the syntax in pattern.ts; every rule says
 * what it catches. Rules describe the symptom, not sentences from any data set:
 * synonyms, word order, typos and shorthand are spelled out as term classes.
 */
import type { UrgencyRulePack } from './types.js';

const terms = {
  // words for chest pain quality
  chestPain: [
    'pain', 'pains', 'painful', 'hurt', 'hurts', 'hurting', 'ache', 'aches', 'aching', 'pressure', 'tight', 'tightness',
    'tighness', 'heavy', 'heaviness', 'squeezing', 'squeeze', 'squeezed', 'crushing', 'crushed', 'discomfort', 'weight',
    'stabbing', 'sharp', 'pain*', 'constricted', 'constriction', 'burning', 'band', 'vise', 'vice', 'elephant',
  ],
  possessive: ['my', 'his', 'her', 'their', 'the', 'our', 'your', 'a', 'moms', 'dads', 'sons', 'daughters', 'husbands', 'wifes'],
  side: ['left', 'right', 'one', 'l', 'r'],
  limb: ['arm', 'arms', 'leg', 'legs', 'hand', 'hands', 'side', 'face', 'foot', 'body'],
  sudden: [
    'sudden', 'suddenly', 'abruptly', 'nowhere', 'minutes', 'min', 'mins', 'hour', 'hours', 'ago', 'just', 'started',
    'all of a sudden', 'now', 'today', 'morning', 'came', 'happened',
  ],
  severe: [
    'severe', 'excruciating', 'unbearable', '=worst', 'intense', 'extreme', 'agonizing', 'horrible', 'terrible',
    'debilitating', 'awful', 'crippling', 'killer',
  ],
  belly: ['belly', 'stomach', 'abdomen', 'abdominal', 'tummy', 'gut', 'stomache', 'abdomin', 'abd'],
  // people someone could harm
  others: [
    'him', 'her', 'them', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'everyone', 'everybody', 'baby',
    'babies', 'child', 'children', 'kids', 'kid', 'son', 'daughter', 'wife', 'husband', 'partner', 'boyfriend',
    'girlfriend', 'neighbor', 'neighbour', 'neighbors', 'mom', 'dad', 'mother', 'father', 'coworker', 'coworkers',
    'brother', 'sister', 'family', 'ex', 'roommate', 'teacher', 'newborn', 'toddler', 'grandma', 'grandpa',
  ],
  violent: ['kill', 'killing', 'hurt', 'hurting', 'harm', 'harming', 'shoot', 'shooting', 'stab', 'stabbing', 'strangle', 'strangling', 'murder', 'smother', 'drown', 'beat', 'choke'],
  intent: ['going', 'gonna', 'want', 'wanna', 'will', 'might', 'afraid', 'scared', 'thoughts', 'thought', 'thinking', 'urge', 'urges', 'plan', 'planning', 'ready', 'fantasize', 'fantasizing', 'could', 'feel like'],
  pills: ['pills', 'pill', 'meds', 'medication', 'medications', 'medicine', 'medicines', 'tablets', 'tablet', 'capsules', 'gummies', 'tylenol', 'advil', 'xanax', 'oxy', 'oxycodone', 'percocet', 'opioids', 'sleeping', 'ambien', 'benadryl', 'insulin', 'them'],
  // household poisons and things children swallow
  poison: [
    'bleach', 'detergent', 'pod', 'pods', 'tide', 'dishwasher', 'laundry', 'cleaner', 'cleaning', 'antifreeze', 'poison*',
    'battery', 'batteries', 'magnet', 'magnets', 'gasoline', 'kerosene', 'lamp oil', 'drano', 'lye', 'ammonia',
    'pesticide', 'insecticide', 'weed killer', 'roundup', 'nail polish', 'remover', 'sanitizer', 'vape', 'nicotine',
    'edible', 'edibles', 'lighter fluid', 'windshield fluid', 'mouthwash', 'chemical', 'chemicals', 'paint thinner', 'essential oil',
    'essential oils', 'superglue', 'hand sanitizer', 'toilet bowl',
  ],
  // medicines a person must not run out of
  critical: [
    'insulin', 'insulins', 'lantus', 'humalog', 'novolog', 'novorapid', 'levemir', 'tresiba', 'basaglar', 'toujeo',
    'semglee', 'admelog', 'apidra', 'fiasp', 'lyumjev', 'humulin', 'novolin', 'keppra', 'levetiracetam', 'lamotrigine',
    'lamictal', 'dilantin', 'phenytoin', 'depakote', 'valproate', 'valproic', 'carbamazepine', 'tegretol',
    'oxcarbazepine', 'trileptal', 'topiramate', 'topamax', 'lacosamide', 'vimpat', 'zonisamide', 'zonegran',
    'briviact', 'brivaracetam', 'clobazam', 'onfi', 'phenobarbital', 'xcopri', 'cenobamate', 'epidiolex', 'seizure meds',
    'seizure medicine', 'seizure medication', 'seizure pills', 'epilepsy meds', 'epilepsy medicine', 'anticonvulsant', 'anticonvulsants', 'antiseizure', 'tacrolimus', 'prograf', 'cellcept', 'mycophenolate',
    'cyclosporine', 'hydrocortisone', 'transplant',
  ],
  medContext: [
    'medicine', 'medicines', 'medication', 'medications', 'med', 'meds', 'pill', 'pills', 'antibiotic', 'antibiotics',
    'antidepressant', 'dose', 'dosage', 'drug', 'prescription', 'started', 'starting', 'increased', 'switched',
    'taking', 'side', 'reaction', 'tablet', 'tablets', 'shot', 'injection', 'vaccine', 'amoxicillin', 'penicillin',
    'statin', 'metformin', 'lisinopril', 'sertraline', 'zoloft', 'prozac', 'ozempic', 'wegovy', 'mounjaro', 'new',
    'chemo', 'infusion',
  ],
  sideEffect: [
    'dizzy', 'dizziness', 'lightheaded', 'nauseous', 'nausea', 'nauseated', 'vomiting', 'throwing', 'diarrhea',
    'diarrhoea', 'rash', 'hives', 'itching', 'itchy', 'swelling', 'swollen', 'palpitations', 'confused', 'confusion',
    'fainted', 'fell', 'shaking', 'tremor', 'tremors', 'jaundice', 'yellow', 'bruising', 'bleeding', 'muscle',
    'cramps', 'sick', 'heart racing', 'weak', 'weakness', 'blurry', 'faint',
  ],
  allergen: [
    'stung', 'sting', 'bee', 'wasp', 'hornet', 'peanut', 'peanuts', 'nut', 'nuts', 'shellfish', 'shrimp', 'allergic',
    'allergy', 'allergies', 'allergen', 'antibiotic', 'penicillin', 'amoxicillin', 'ate', 'eating', 'hives', 'bit',
    'bitten', 'new', 'medicine', 'medication', 'reaction', 'epipen', 'food', 'took', 'after',
  ],
  inflamed: ['red', 'redness', 'warm', 'hot', 'swollen', 'swelling', 'puffy', 'tender', 'inflamed', 'angry', 'pus'],
  wound: ['incision', 'wound', 'cut', 'scratch', 'bite', 'stitches', 'sutures', 'staples', 'scar', 'piercing', 'site', 'surgery', 'burn', 'blister', 'scrape', 'splinter', 'tattoo'],
  pregnancy: ['pregnant', 'pregnancy', 'expecting', 'gestation', 'trimester', 'weeks along', 'ob', 'preggo', 'prego'],
  infantWord: ['newborn', 'newborns', 'neonate', 'infant', '@infant-age'],
  feverWord: ['fever', 'fevers', 'feverish', 'febrile', 'burning up', 'temperature', 'temp', '@temp-fever'],
  child: ['toddler', 'baby', 'son', 'daughter', 'kid', 'kids', 'child', 'boy', 'girl', 'grandson', 'granddaughter', 'yo', 'infant', 'dog'],
  drink: ['drank', 'drink', 'drinking', 'swallowed', 'swallow', 'ate', 'eaten', 'eat', 'eating', 'bit', 'chewed', 'chewing', 'licked', 'ingested', 'sucked', 'got into', 'into'],
} satisfies Record<string, readonly string[]>;

export const rulesEn: UrgencyRulePack = {
  locale: 'en',
  terms,
  aliases: {
    cannot: 'cant', couldnt: 'couldnt', cnt: 'cant', cant: 'cant', breth: 'breath', brethe: 'breathe', brething: 'breathing',
    bc: 'because', cuz: 'because', abt: 'about', wanna: 'wanna', gonna: 'gonna', pls: 'please', plz: 'please',
    '2day': 'today', tmrw: 'tomorrow', hurst: 'hurts', hertz: 'hurts', chesr: 'chest', diahrea: 'diarrhea',
    diarrea: 'diarrea', thru: 'through', ur: 'your', u: 'you', im: 'im', ive: 'ive', sucidal: 'suicidal',
  },
  rules: [
    // ---------------------------------------------------------------- cardiac
    { category: 'cardiac', level: 'emergency', comment: 'chest pain/pressure/tightness in either order: "chest hurts", "pressure in the middle of my chest"',
      match: ['chest {4} $chestPain', '$chestPain {5} chest', 'chest is? killing me', 'clutching|clutched|holding|grabbing|grabbed|gripping {2} chest', 'heart {3} squeez*|crush*|hurts|hurting|aching|tight|heavy', 'pain|pressure|squeezing|tightness {3} in|around {1} my|his|her? heart', 'chest {2} feels|feel|felt {1} like {4} sitting|standing|squeez*|crush*|elephant|weight|vise|vice|band|exploding|tight|ton'],
      notBefore: ['x', 'xray', 'wall'], unless: ['xray', 'congestion', 'congested', 'cold'] },
    { category: 'cardiac', level: 'emergency', comment: 'CP as chest pain, unless the sentence is about cerebral palsy',
      match: ['=cp'], unless: ['palsy', 'cerebral', 'wheelchair', 'pt', 'ot', 'therapy', 'referral', 'eval', 'evaluation', 'braces', 'walker', 'school', 'iep', 'diagnosed', 'ortho', 'orthotics', 'spastic', 'botox', 'aide'] },
    { category: 'cardiac', level: 'emergency', comment: 'a heart attack happening now (idiom checked: "giving me a heart attack")',
      match: ['heart|hart attack|attach|atack', 'myocardial infarction', 'cardiac arrest', 'angina attack'],
      notAfter: ['panic'], context: { idiom: true } },
    { category: 'cardiac', level: 'emergency', comment: 'pain spreading to the jaw, arm or back, classic heart pain',
      match: ['radiat*|spread*|shooting|going|goes|moving|travel* {1} to|into|down|up {2} jaw|arm|shoulder|neck|back'],
      with: ['chest', 'pain', 'pressure', 'tight', 'tightness', 'heavy', 'cp', 'sweating', 'sweaty', 'jaw'] },
    { category: 'cardiac', level: 'emergency', comment: 'elephant-on-the-chest and "heart feels like it will stop" descriptions',
      match: ['elephant {4} chest', 'heart {2} [stop* | skipping beats and dizzy]'] },
    { category: 'cardiac', level: 'emergency', comment: 'needed nitroglycerin for chest pain now',
      match: ['took|take|taken|used|needed|using {2} nitro|nitroglycerin|nitrostat|nitros'],
      unless: ['refill', 'expired', 'expires', 'prescription', 'months', 'bottle'] },
    { category: 'cardiac', level: 'urgent', comment: 'racing or pounding heart, palpitations',
      match: ['heart {3} racing|pounding|fluttering|skipping|flip*|irregular|beating_fast|beating_so_fast', 'palpitations', 'afib {3} rapid|fast|racing|episode|again'] },

    // ---------------------------------------------------------------- breathing
    { category: 'breathing', level: 'emergency', comment: 'cannot or can hardly breathe: "cant breath", "struggling to breathe", "hard to breathe"',
      match: ['cant|couldnt|not|unable|struggling|struggle|hard|harder|trouble|difficulty|difficult|problems|hardly|barely|labored|laboured {2} breath*', 'breathing {1} is? [hard | difficult | labored | a struggle]'],
      unless: ['nose', 'nasal', 'nostril', 'nostrils', 'stuffy', 'congested', 'congestion', 'mask', 'cpap', 'sinus', 'sinuses'] },
    { category: 'breathing', level: 'emergency', comment: 'short of breath / shortness of breath / SOB (not "sob" as crying)',
      match: ['short {1} of breath|breathe', 'shortness {1} of breath', 'breathless*', 'out of breath {5} rest|resting|sitting|talking|walking|lying|bathroom|nothing|stairs|sleep|bed', 'air hunger', '=sob'],
      notAfter: ['a', 'an', 'the', 'that', 'this', 'to', 'i', 'we', 'they', 'you'], unless: ['cry', 'crying', 'tears', 'sobbing', 'story'] },
    { category: 'breathing', level: 'emergency', comment: 'cannot catch breath, gasping, choking, suffocating',
      match: ['cant|couldnt|hard|trouble|time|struggling|unable|can {3} catch* {1} breath', 'gasp*', 'chok*', 'suffocat*', 'wheezing so bad', 'cant get {1} air', 'not getting enough air'],
      notAfter: ['not'], unless: ['hazard', 'toy', 'toys', 'food', 'sign', 'signs'] },
    { category: 'breathing', level: 'emergency', comment: 'blue or grey lips or skin',
      match: ['lips|lip|face|skin|fingers|fingernails|fingertips|nails|mouth {3} blue|bluish|purple|purplish|gray|grey|dusky', 'turning|turned|going|gone|looks {1} blue|purple'] },
    { category: 'breathing', level: 'emergency', comment: 'child working hard to breathe: ribs sucking in, fast breathing, grunting, nostrils flaring',
      match: ['ribs|rib|chest|skin|belly|neck {4} sucking|pulling|caving|sucks|sinking|retract*', 'retractions', 'grunting', 'nostrils flaring', 'breathing {2} fast|rapid|rapidly|slow|slowly|shallow|weird|strange|noisy|funny|irregular|labored',
        'stopped|stops|quit|isnt|wasnt|not breathing'] },
    { category: 'breathing', level: 'emergency', comment: 'too breathless to speak in sentences',
      match: ['only {1} say|speak|talk|get_out {3} few|couple|one|two|3 words', 'speak|talk|say {3} more_than {2} a|one|two|few|couple? word|words', 'cant|cannot|unable|hard_to {2} talk|speak|finish|say {3} full|whole|complete|finish|a? sentence*', 'cant {1} talk|speak {2} breath*'] },

    // ---------------------------------------------------------------- stroke
    { category: 'stroke', level: 'emergency', comment: 'face drooping or crooked, one side of the face numb',
      match: ['face|mouth|smile|lip|lips {4} droop*|sagging|saggy|sag|sags|crooked|lopsided|uneven|twisted|slack|numb|fell', 'droop* {3} face|mouth|smile|side', 'facial droop*', 'one side of {1} face'],
      unless: ['botox', 'filler', 'bells'] },
    { category: 'stroke', level: 'emergency', comment: 'slurred, garbled or confused speech; cannot find words',
      match: ['slurr*', 'speech {3} slurred|garbled|jumbled|weird|strange|funny|confused|off|slow|gibberish|nonsense', 'talking|talks|speaking|speaks {2} funny|weird|strange|gibberish|nonsense|jumbled',
        'not making sense', 'makes no sense', 'words {4} wrong|jumbled|mixed_up|garbled|backwards|nonsense', 'doesnt make sense when', 'cant|couldnt|cannot|trouble {2} find|get {1} words|word', 'words {2} wont|dont|arent {1} come|coming', 'garbled', 'gibberish'] },
    { category: 'stroke', level: 'emergency', comment: 'cannot lift or move one arm or leg',
      match: ['cant|couldnt|cannot|unable|not_able|trouble {2} lift|move|raise|feel|use|hold|grip {2} $side {1} $limb'] },
    { category: 'stroke', level: 'emergency', comment: 'one-sided numbness or weakness that came on suddenly',
      match: ['$side {1} $limb {4} numb|numbness|weak|weakness|limp|heavy|tingly|tingling|dead|paralyzed|wont_work|not_working|gave_out', 'numb|numbness|weak|weakness|paralyzed|paralysis {4} one_side|half|left_side|right_side'],
      with: ['$sudden', 'face', 'speech', 'talk', 'arm', 'leg', 'drooping', 'stroke'] },
    { category: 'stroke', level: 'emergency', comment: 'numbness or weakness of the face or a limb that came on suddenly',
      match: ['sudden|suddenly {2} numb|numbness|weak|weakness|paralysis|paralyzed|tingling {4} face|arm|leg|side|body|hand'] },
    { category: 'stroke', level: 'emergency', comment: 'sudden loss of vision in one or both eyes',
      match: ['lost|losing|lose|loss {2} vision|sight|eyesight', 'vision {2} loss|went|gone|black|dark', 'went|gone|going {1} blind', 'cant see {3} of|out_of {1} one|my|left|right|either eye', 'curtain {4} vision|eye|came|coming|over|down', 'sudden* {3} blind*|double_vision|blurry_vision|vision'] },
    { category: 'stroke', level: 'emergency', comment: 'a stroke or mini-stroke happening now',
      match: ['having|had|has {1} a|another {1} stroke|tia|ministroke', 'mini stroke', 'stroke symptoms {4} now|today|right'],
      context: { idiom: true } },
    { category: 'stroke', level: 'emergency', comment: 'seeing double or losing balance suddenly',
      match: ['see|seeing|sees {1} double', 'double vision', 'cant {1} walk straight', 'lost {1} balance|coordination'], with: ['$sudden'] },
    { category: 'stroke', level: 'emergency', comment: 'sudden confusion or dropping things with weakness',
      match: ['suddenly|sudden {2} confused|confusion|dropping|clumsy|dizzy_and|cant_walk|walk_straight', 'dropping things'],
      with: ['$sudden', 'hand', 'arm', 'speech', 'face', 'side'] },

    // ---------------------------------------------------------------- self-harm (always emergency, crisis line)
    { category: 'self-harm', level: 'emergency', comment: 'kill myself, suicide, suicidal (also "killin myself", "kms")',
      match: ['kill|killing|killin|kil|kiling|end {1} myself|my_self|meself', 'suicid*', 'suicide', 'suicidal', 'sucide', 'sewer slide', 'unalive {1} myself|me', '=kms', 'self {1} harm', 'selfharm'],
      notAfter: ['just'], context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'ending or taking own life',
      match: ['end|ending|take|taking|took {1} my|own {1} own? life', 'end it all', 'ending it all', 'end everything', '$intent {3} end {1} it|things|everything|my_life'],
      context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'goodbye or suicide notes',
      match: ['goodbye {1} letter|letters|note|notes|messages|videos', 'suicide {1} note|notes|letter', 'wrote|written|writing|write {2} my? will {3} tonight|goodbye'], context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'nobody would care or notice if I were gone',
      match: ['no_one|nobody|noone {4} notice|miss|care {4} gone|dead|died|die|disappeared', 'if i {1} was|were|wasnt|werent|died|disappeared {1} gone|dead|here|around|alive'],
      with: ['would', 'wouldnt', 'better', 'notice', 'care', 'miss', 'easier'], context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'wanting it all to end or be over',
      match: ['want|wish|need {3} it|this|everything|all|life|things {2} to {1} end|stop|be_over', 'want|wish {2} out'],
      unless: ['pain', 'cough', 'itching', 'itch', 'headache', 'nausea', 'hiccups', 'rain', 'meeting', 'shift', 'week', 'day', 'semester', 'pregnancy', 'diarrhea', 'vomiting', 'heat', 'flu', 'cold'],
      context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'wishing not to wake up, wanting to disappear for good',
      match: ['not|never|wouldnt|dont {1} wake up', 'disappear forever', 'go to sleep forever'],
      with: ['wish', 'want', 'hope', 'rather', 'pray', 'praying', 'wishing', 'hoping'], context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'does not want to live, wants to die, wishes they were dead',
      match: ['dont|not|never|no {3} want {1} to {3} live|alive|exist|be_here|living|wake_up|go_on', 'want|wants|wanted|wanna|wish|wishes|wished|ready|going|deserve {3} to? {1} die|dead', 'noose', 'rope {3} ready|tied|neck|hang',
        'wish {4} dead|gone|never_been_born|wasnt_born|wasnt_here|not_here', 'better off {5} without_me|dead|gone|if_i_died|if_i_wasnt', 'no reason|point {3} live|living|alive|going_on|anymore',
        'nothing {1} to live for', 'not worth living', 'life {3} not worth', 'cant go on', 'cant keep going', 'dont see the point', 'tired of living', 'tired of being alive'],
      context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'hurting, cutting or burning oneself on purpose',
      match: ['$intent {3} hurt|harm|cut|burn|punish {1} myself', 'harm|harming|hurting|cutting|burning {1} myself', 'cut|cutting|slit|slash* {2} wrist|wrists|arms|thighs', 'hang|hanging|shoot|drown|starve {1} myself',
        'jump|jumping {2} off {3} bridge|building|roof|cliff'],
      context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'cut myself (not cooking or shaving accidents)',
      match: ['cut myself', 'burned myself', 'hurt myself'],
      unless: ['shaving', 'cooking', 'kitchen', 'knife', 'mandoline', 'slicer', 'accidentally', 'accident', 'glass', 'paper', 'opener', 'chopping', 'while', 'stove', 'oven', 'iron', 'lifting', 'workout', 'gym', 'fell', 'yard', 'gardening', 'shoveling', 'playing'],
      context: { hypothetical: false } },
    { category: 'self-harm', level: 'emergency', comment: 'stockpiling pills or planning an overdose',
      match: ['saving|stockpiling|hoarding|collecting|saved|stockpiled|hoarded|save|stash* {2} up? {2} pills|meds|medication|medications|tablets|pain_pills|insulin', '$intent {3} take|taking|swallow|swallowing|overdose|overdosing {2} all|every|whole|entire|bottle|them', 'overdose on purpose', 'od on purpose', 'have a plan', 'made a plan', 'have a way to do it', 'how i would do it', 'written {2} note|letter|goodbye|will', 'say|saying {1} goodbye'],
      with: ['die', 'dead', 'gone', 'kill', 'end', 'suicide', 'alive', 'life', 'tonight', 'night', 'anymore', 'better off', 'pills', 'overdose', 'plan', 'myself', 'everyone', 'hopeless'],
      context: { hypothetical: false } },

    // ---------------------------------------------------------------- harm to others
    { category: 'harm-others', level: 'emergency', comment: 'intent or thoughts of hurting another person',
      match: ['$intent {3} $violent $possessive? $others', 'homicidal', '$violent {1} $possessive? $others {4} with {1} gun|knife', 'i have|got {1} my|a {1} gun|knife {3} $violent|out|loaded'],
      unless: ['game', 'video', 'boss', 'level', 'zombies', 'bugs', 'lice', 'weeds', 'jokingly', 'lol', 'haha'],
      context: { idiom: true, hypothetical: false } },

    // ---------------------------------------------------------------- overdose and poisoning
    { category: 'overdose', level: 'emergency', comment: 'overdose, OD, took too many or someone else\'s pills',
      match: ['overdos*', 'overdose', 'overdosed', '=od', '=oded', 'took|taken|swallowed|ate|drank|chugged|popped|had {2} too_many|too_much|bunch|handful|whole|entire|lot|lots|extra|double', 'took|swallowed|ate|taken|popped {2} @many {3} $pills|of', 'accidentally|accidently|mistakenly|accident|mistake {3} took|take|taken|gave|given|swallowed|drank|ate|double|injected',
        'took|swallowed|ate|drank|gave {1} my? {1} husbands|wifes|moms|dads|sons|daughters|roommates|grandmas|grandpas|someone|somebody|partners|friends|sisters|brothers|kids|elses', 'poison control'],
      unless: ['eye', 'eyes', 'drop', 'drops', 'ou', 'os', 'normal', 'usual'], context: { hypothetical: true } },
    { category: 'overdose', level: 'emergency', comment: 'a child or adult swallowed a household poison, button battery, magnets, or medicine not theirs',
      match: ['$drink {4} $poison', 'got into {3} $poison|cabinet|purse|medicine|pills', '$child {6} swallowed|ate|took|chewed|got {4} pills|pill|medicine|tablets|vitamins|gummies|iron', 'poisoned', 'poisoning', 'carbon monoxide', 'gave|give|used|needed|had_to {2} narcan|naloxone'],
      notAfter: ['food', 'lead'], unless: ['food', 'ivy', 'oak', 'sumac', 'prescription', 'refill', 'keep', 'hand', 'kit', 'expired', 'expires', 'normal', 'usual', 'prescribed', 'morning', 'evening', 'daily', 'vitamins'] },

    // ---------------------------------------------------------------- bleeding
    { category: 'bleeding', level: 'emergency', comment: 'vomiting or coughing up blood, coffee-ground vomit',
      match: ['vomit*|throw*|threw|puk*|cough*|spit*|spitting|spat|vommit* {4} blood|bloody|clots', 'blood {3} in {1} my? vomit|throw_up|puke|spit|phlegm|mucus|sputum', 'hematemesis', 'hemoptysis', 'coffee grounds'] },
    { category: 'bleeding', level: 'emergency', comment: 'black, tarry or maroon stools (bleeding in the gut)',
      match: ['black|tarry|tar|maroon|dark_red {4} stool|stools|poop|poo|bm|bms|bowel|feces|diarrhea', 'stool|stools|poop|poo|bm|bms {4} black|tarry|tar|maroon', 'melena'],
      unless: ['iron', 'pepto', 'bismuth', 'blueberries', 'licorice'] },
    { category: 'bleeding', level: 'emergency', comment: 'heavy bleeding that will not stop',
      match: ['bleeding|bleed|bleeds|bled {3} heavily|heavy|badly|bad|alot|lot|lots|profusely|nonstop|through|everywhere|spurting|gushing|pouring|wont|isnt_stopping', 'heavy|severe|massive|uncontrolled|serious|lots_of|a_lot_of|alot_of|profuse {1} bleeding|blood_loss',
        'wont|doesnt|cant|wouldnt|isnt|not|hasnt {2} stop {2} bleeding|the_bleeding', 'lost|losing {2} a_lot_of|lots_of|so_much {1} blood', 'blood {2} everywhere', 'spurting|gushing|pouring|squirting {2} blood',
        'soaked|soaking|bled {3} through? {3} bandage*|dressing|dressings|gauze|towel*'] },
    { category: 'bleeding', level: 'emergency', comment: 'soaking through pads or towels, pressure not stopping it (with a bleeding word nearby)',
      match: ['wont|doesnt|cant|wouldnt|isnt|not|hasnt {2} stop {2} it', 'soaked|soaking|bled {3} through {3} towel*|pad*|bandage*|gauze|shirt|clothes|sheets', 'soaking|soaked|filling {2} pad|pads|tampon|tampons {2} every|an|in|hour', 'lost|losing {2} a_lot_of|lots_of|so_much {1} blood', 'blood {2} everywhere', 'spurting|gushing|pouring|squirting {2} blood', 'pressure {3} not|isnt|wont|doesnt {1} stop*|help*|work*'],
      with: ['blood', 'bleeding', 'bleed', 'cut', 'wound', 'towel', 'towels', 'pad', 'pads', 'soaking', 'bled', 'bleeds', 'spurting', 'gushing', 'nosebleed', 'period', 'heavily', 'heavy'] },
    { category: 'bleeding', level: 'urgent', comment: 'blood in stool or a nosebleed that keeps going',
      match: ['blood {2} in {1} my? stool|stools|poop|poo|bm|diaper', 'bloody {1} stool|stools|poop|diarrhea', 'rectal bleeding', 'nosebleed|nose_bleed {4} wont|hour|minutes|30|20|keeps'] },

    // ---------------------------------------------------------------- anaphylaxis and allergy
    { category: 'anaphylaxis', level: 'emergency', comment: 'throat or tongue closing, tight or swelling',
      match: ['throat {4} closing|closed|close|tight|tightening|tighter|swelling_shut|swollen_shut|closing_up', 'tongue {4} swollen|swelling|swell*|thick|puffy|big|huge', 'swollen|swelling {1} tongue', 'cant swallow {3} throat', 'anaphyla*'] },
    { category: 'anaphylaxis', level: 'emergency', comment: 'lips, face or throat swelling after a sting, food or new medicine',
      match: ['lips|lip|face|eyes|eyelids|mouth|throat {4} swelling|swollen|swell*|puffy|puffed|blown_up|big', 'swelling|swollen|puffy {3} lips|lip|face|throat|mouth'],
      with: ['$allergen'] },
    { category: 'anaphylaxis', level: 'emergency', comment: 'needed or gave an EpiPen',
      match: ['use|used|gave|give|using|needed|inject*|jabbed|had_to {3} epipen|epi_pen|epi|epinephrine|auvi', 'epipen|epinephrine {4} use|used|give|gave'],
      unless: ['refill', 'expire', 'expires', 'expired', 'prescription', 'pharmacy', 'insurance', 'school', 'spare', 'new one', 'cost'] },
    { category: 'allergy', level: 'urgent', comment: 'hives all over, face or lip swelling without breathing trouble, allergic reaction',
      match: ['hives', 'welts', 'allergic reaction', 'reacting to', 'lips|lip|face|eyes|eyelids {4} swelling|swollen|puffy', 'throat {3} swollen|swelling'],
      notBefore: ['history'] },

    // ---------------------------------------------------------------- seizure
    { category: 'seizure', level: 'emergency', comment: 'a seizure now, one that will not stop, or a first seizure',
      match: ['having|in {1} a? seizure|seizures|convulsion|convulsions|fit', 'seizing', 'convulsing', 'seizure {4} wont|doesnt|isnt|not {1} stop*', 'seizure {3} for|lasted|lasting|over {2} # min|minutes|mins', 'first {1} seizure|convulsion', 'just {1} had {1} a? seizure|convulsion', 'seizures {2} back_to_back|in_a_row|one_after_another', 'another seizure', 'shaking {3} wont_stop|not_responding|eyes_rolled'] },
    { category: 'seizure', level: 'urgent', comment: 'had a seizure recently',
      match: ['had {1} a|another? seizure|convulsion|fit', 'seizure {3} today|yesterday|last_night|this_morning', 'febrile seizure'] },

    // ---------------------------------------------------------------- unconscious
    { category: 'unconscious', level: 'emergency', comment: 'fainted, passed out, unresponsive, cannot be woken',
      match: ['passed|pass|passing|passes {1} out', 'fainted', 'fainting', 'blacked out', 'lost|losing|loses|lose {1} consciousness|conciousness', 'unconscious', 'unconcious', 'unresponsive', 'not responsive', 'not responding', 'isnt responding', 'wont respond', 'doesnt respond',
        'cant|couldnt|cannot|unable|wont|hard|difficult|impossible|trouble {2} wake|waking|rouse|arouse {2} him|her|them|up|my', 'collapsed', 'knocked out', 'keeled over', 'limp and'],
      notAfter: ['almost', 'nearly'], context: { idiom: true } },
    { category: 'unconscious', level: 'urgent', comment: 'nearly fainted',
      match: ['almost|nearly {1} passed|fainted|blacked|fell', 'feel|feeling|felt {1} faint', 'light_headed|lightheaded {3} when|every|stand*'] },
    { category: 'head-injury', level: 'emergency', comment: 'head injury with warning signs: confusion, vomiting, blood thinners, knocked out',
      match: ['hit|bumped|banged|smacked|struck|fell_on {2} his|her|my|their|the? head', 'head injury', 'concussion'],
      with: ['confused', 'confusion', 'vomit*', 'throwing', 'thinner', 'thinners', 'eliquis', 'xarelto', 'warfarin', 'coumadin', 'plavix', 'passed', 'unconscious', 'knocked', 'seizure', 'sleepy', 'drowsy', 'worst', 'bleeding', 'blood', 'not acting', 'slurred', 'fainted'] },
    { category: 'injury', level: 'urgent', comment: 'head bump, possible broken bone, deep cut, bite, bad burn',
      match: ['hit|bumped|banged {2} his|her|my|their? head', 'broke|broken|fracture*|dislocated|sprained {3} arm|leg|wrist|ankle|bone|finger|toe|hip|nose|rib|ribs|foot|hand|collarbone', 'cant|unable {2} put|bear {1} weight', 'deep cut', 'gash', 'need|needs|might_need {1} stitches',
        'dog|cat|animal {1} bite|bit', 'bitten by', 'bad burn', 'burn|burned|scald* {4} blister*', 'fell {4} cant_get_up|hip', 'car accident|crash', 'bone {2} sticking out'] },

    // ---------------------------------------------------------------- headache
    { category: 'headache', level: 'emergency', comment: 'worst headache ever, sudden "thunderclap" headache',
      match: ['=worst {3} headache|headaches|migraine|head_pain|head', 'thunderclap', 'sudden|suddenly|explosive|exploding|instantly {3} headache|head_pain|head', 'headache {6} sudden|suddenly|all_at_once|out_of_nowhere|explosive|exploding|like_being_hit|hit_with',
        'like {2} hit {3} head|bat|hammer|baseball'],
      notAfter: ['not'], unless: ['tylenol', 'advil', 'excedrin', 'usual', 'normal', 'typical'] },
    { category: 'headache', level: 'emergency', comment: 'a pounding or splitting head that came on suddenly or is the worst ever',
      match: ['head|headache {3} pounding|exploding|exploded|splitting|killing|hurts|pain|throbbing'],
      with: ['=worst', 'sudden', 'suddenly', 'out_of_nowhere', 'all_at_once', 'came on', 'never had', 'thunderclap', 'explod*'] },
    { category: 'headache', level: 'emergency', comment: 'headache or fever with a stiff neck (meningitis warning)',
      match: ['stiff {1} neck', 'neck {2} stiff|rigid', 'cant {2} touch {1} chin {2} chest'],
      with: ['headache', 'head', 'fever', 'light', 'rash', 'vomiting', 'confused', '@temp-fever'] },

    // ---------------------------------------------------------------- abdominal
    { category: 'abdominal', level: 'emergency', comment: 'severe belly pain, rigid belly',
      match: ['$severe {2} pain|cramp*|ache {6} $belly|side', '$severe {2} $belly {2} pain|ache|cramp*', '$belly {3} pain|ache|hurts|hurting|cramp* {4} $severe|@pain-extreme|unbearable', '$belly {3} hard|rigid|board|distended|swollen_and_hard', 'pain {4} @pain-extreme {4} $belly'] },

    // ---------------------------------------------------------------- pregnancy
    { category: 'pregnancy', level: 'emergency', comment: 'the baby is moving less or not at all',
      match: ['baby|babies|fetus {4} not|hasnt|isnt|stopped|no|less|hasn|quit {2} mov*|kick*|active', 'havent|not|cant|no_longer|didnt|dont {2} felt|feel|feeling {2} the|my? baby {2} move*|moving|kick*', '[less | fewer | decreased | reduced | no | not] fetal? movement|movements|kicks',
        'fetal movement {2} decreased|reduced|less'] },
    { category: 'pregnancy', level: 'emergency', comment: 'waters breaking (pregnancy is implied)',
      match: ['water|waters {1} broke|broken|breaking|burst', 'leaking {2} amniotic'] },
    { category: 'pregnancy', level: 'emergency', comment: 'bleeding, gush of fluid, severe pain, headache with vision changes, or contractions while pregnant',
      match: ['bleeding|bleed|blood|clots', 'water broke|breaking', 'leaking {2} fluid|water', 'gush {2} fluid|water', 'contractions', '$severe {3} pain|cramp*|headache', 'seeing spots', 'blurry|blurred {1} vision', 'vision {2} blurry|spots', 'face|hands {2} swelling|swollen', 'cramps|cramping {4} bad|severe|bleeding', 'pain {3} shoulder', 'one sided pain'],
      with: ['$pregnancy'], withScope: 'message' },
    { category: 'pregnancy', level: 'urgent', comment: 'spotting or cramps while pregnant',
      match: ['spotting', 'cramps', 'cramping', 'pain', 'vomiting', 'throwing up', 'cant keep'],
      with: ['$pregnancy'], withScope: 'message' },

    // ---------------------------------------------------------------- infant fever
    { category: 'infant-fever', level: 'emergency', comment: 'fever in a baby under 3 months',
      match: ['fever|fevers|feverish|febrile', 'burning up', 'feels|felt|is {2} hot|warm', 'hot to the touch', '@temp-fever'],
      with: ['$infantWord'], withScope: 'message' },

    // ---------------------------------------------------------------- urgent: fever
    { category: 'fever', level: 'urgent', comment: 'fever, or a temperature reading of 100.4 °F / 38 °C or more',
      match: ['fever', 'fevers', 'feverish', 'febrile', 'burning up', '@temp-fever', 'high temp|temperature', 'running a temp|temperature', 'chills'],
      notAfter: ['hay', 'scarlet', 'valley'], notBefore: ['blister', 'blisters', 'reducer', 'reducers'] },

    // ---------------------------------------------------------------- urgent: infection
    { category: 'infection', level: 'urgent', comment: 'pus, oozing, draining or infected-looking wounds; red, hot, swollen skin; red streaks',
      match: ['$wound {4} leaking|oozing|draining|smells|smelly|stinks|foul|opened|open|pus|weeping|hot|spreading', 'smells {1} bad|foul|rotten {4} $wound', 'pus', 'puss', 'oozing|leaking|draining|weeping {3} pus|yellow*|green*|fluid|stuff|liquid|gunk', 'looks|look|is|got|getting|seems|think|probably|might_be {2} infected', 'infected',
        'infection', 'infect*', '$inflamed {2} $inflamed', 'red {1} streak*', 'streak* {3} red|up', 'redness {3} spreading|bigger|growing', 'abscess', 'cellulitis', 'white {1} patches|spots {4} throat|tonsils', '=strep', 'ear {2} draining|drainage|leaking|discharge', 'draining {2} ear'],
      unless: ['sinus rinse', 'vaccine'] },
    { category: 'urinary', level: 'urgent', comment: 'painful or burning urination, UTI, blood in urine, cannot pee',
      match: ['pee|peeing|urine|urinating|urination|wee {3} burn*|hurt*|sting*|pain*', 'burn*|burns|hurts|hurt|pain|painful|stings|stinging {3} when|while|to|after {1} i? pee|peeing|urinate|urinating|urination|wee', 'painful urination', '=uti', '=utis', 'bladder infection', 'kidney infection', 'urinary tract infection', 'blood {2} in {1} my? urine|pee', 'peeing blood', 'bloody urine',
        'cant|cannot|unable {2} pee|urinate'] },
    { category: 'rash', level: 'urgent', comment: 'a spreading or blistering rash, rash all over',
      match: ['rash|redness|rashes {8} spreading|spread|worse|bigger|redder|growing|all_over|everywhere|blisters|blistering|whole_body|purple', 'spreading {1} rash', 'blisters|blistering {3} mouth|skin|peeling|all_over|rash', 'skin {2} peeling'] },
    { category: 'eye', level: 'urgent', comment: 'painful red eye, light sensitivity, flashes and floaters, something in the eye',
      match: ['eye|eyes {4} red|painful|pain|hurts|hurting|swollen', 'sensitive to light', 'light sensitivity', 'light {2} hurts {1} my? eyes', 'flashes {4} floaters', 'floaters {4} flashes', 'new floaters', 'something in {1} my|his|her eye', 'chemical|bleach|cleaner {4} eye|eyes', 'double vision', 'vision {2} blurry|blurred', 'blurry|blurred {1} vision'] },

    // ---------------------------------------------------------------- urgent: medicines
    { category: 'medication-reaction', level: 'urgent', comment: 'a worrying side effect after starting or changing a medicine',
      match: ['$sideEffect'], with: ['$medContext'] },
    { category: 'medication-supply', level: 'urgent', comment: 'out of insulin or anti-seizure / transplant medicine',
      match: ['out {1} of {3} $critical', '$critical {4} ran_out|run_out|is_out|are_out|gone|used_up|finished', 'no|without {2} more? {2} $critical', 'missed|skipped|havent_taken|cant_afford|cant_get|couldnt_get|rationing {4} $critical'],
      notAfter: ['almost', 'nearly', 'about', 'to', 'before'] },
    { category: 'medication-supply', level: 'urgent', comment: 'ran out, or one dose left, of a critical medicine named nearby',
      match: ['one|last|1|final|only {1} dose|doses|shot|pen|vial|pill|pills {4} left', 'ran out', 'run out', 'none left', 'all out'],
      with: ['$critical'], notAfter: ['almost', 'nearly', 'about', 'to', 'before'] },

    // ---------------------------------------------------------------- urgent: blood sugar
    { category: 'blood-sugar', level: 'urgent', comment: 'blood sugar readings ≥ 300 mg/dL or < 70 mg/dL (mmol/L equivalents), lows, meter reading HI',
      match: ['@glucose-high', '@glucose-low', 'hypoglycemia', 'hypoglycemic', 'hyperglycemia', '=dka', 'ketones', 'ketoacidosis', 'low blood sugar|sugars', 'sugar|sugars|glucose {3} very|really|super|extremely|dangerously|too|so {1} high|low', 'sugar|sugars|glucose {2} dropped|crashing|crashed|tanked|plummeted|bottomed',
        'meter|reading|glucometer {3} =hi|=lo|says_high'] },

    // ---------------------------------------------------------------- urgent: dehydration
    { category: 'dehydration', level: 'urgent', comment: 'cannot keep fluids down, not peeing, few wet diapers, vomiting or diarrhea for a day or more',
      match: ['cant|cannot|unable|not_able|couldnt|wont {3} keep|hold {3} anything|water|food|fluids|liquids|it|nothing|down', 'havent|hasnt|not|no|barely|hardly {3} peed|pee|peeing|urinated|urinating|wet_diaper*', 'less|fewer|no|dry|not_many {2} wet? diaper*|diapers',
        'vomit*|throwing_up|threw_up|diarrhea|diarrhoea|puking {5} since|all_day|all_night|for|every|@many|days|hours|times', 'dehydrat*', 'sunken {1} eyes|soft_spot', 'no tears'] },

    // ---------------------------------------------------------------- urgent: asthma
    { category: 'asthma', level: 'urgent', comment: 'asthma flare not relieved by the rescue inhaler, wheezing',
      match: ['inhaler|albuterol|nebulizer|neb|puffer|ventolin|proair|rescue {8} not|isnt|barely|only|doesnt|no_longer|stopped|hardly {2} help*|working|work|lasting|last|helping', 'inhaler|albuterol|nebulizer|neb|puffer|ventolin|proair|rescue {8} wearing_off|wears_off|helps_some|not_enough', 'wheez*', 'asthma {4} acting_up|flare|flaring|attack|bad|worse|not_controlled',
        'using|used|needing|need {3} inhaler|albuterol|nebulizer {4} every|@many|more|constantly|hours|times|all_day', 'tight chest {3} asthma'] },

    // ---------------------------------------------------------------- urgent: pain
    { category: 'severe-pain', level: 'urgent', comment: 'pain rated 7/10 or worse, or described as severe, unbearable, excruciating',
      match: ['@pain-severe', '$severe {3} pain|ache|cramps|cramping|headache|toothache|earache', 'pain {3} unbearable|excruciating|killing_me|=worst', 'so|too|really|very|extremely {1} painful', 'really|so|very {1} bad {3} pain|earache|toothache|headache|ache',
        'cant {2} sleep|walk|move|stand|sit {4} pain|hurts', 'pain {3} cant {2} sleep|walk|move|stand|sit', 'testic* {3} pain|swollen|twisted'] },

    // ---------------------------------------------------------------- urgent: mental health
    { category: 'mental-health', level: 'urgent', comment: 'crisis signs short of self-harm: hopeless, voices, panic, not safe at home',
      match: ['hopeless', 'helpless and', 'cant|cannot {1} do|take|handle {1} this|it {1} anymore', 'at the end of my rope', 'cant go on like this', 'hearing|hear {1} voices', 'voices {3} telling', 'panic attack|attacks', 'cant cope', 'falling apart', 'breakdown', 'not safe {2} home', 'afraid|scared {2} go home', 'hitting|hits|abusing|abuses|threatening|threatens {1} me', 'havent slept in {2} days', 'relapse', 'relapsed', 'psychosis', 'paranoid'] },
  ],
};
