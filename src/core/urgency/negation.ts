/**
 * Sentence-scoped context, NegEx style: negation ("no chest pain", "denies SOB",
 * "no tengo fiebre"), resolution ("… is gone", "ya se me quitó"), hypotheticals
 * and education ("signs of a stroke", "en caso de"), history ("last year",
 * "died of", "el año pasado"), and idioms ("giving me a heart attack").
 *
 * Triggers are token patterns (see pattern.ts). A trigger acts only within its
 * clause and a few tokens: scopes stop at "but"/"pero" and at a new clause that
 * starts with its own subject ("no fever, my chest hurts").
 */
import type { ContextTriggers } from './types.js';

export const CONTEXT_EN: ContextTriggers = {
  // Before the finding: "no chest pain", "denies CP", "without fever", "never had a seizure".
  'pre-negation': [
    'no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'never', 'none', 'nor', 'neither',
    'negative for', 'free of', 'absence of', 'ruled out', 'rules out',
    '[dont | do not | doesnt | does not | didnt | did not] [have | get | feel | think | see | notice] any?',
    '[havent | have not | hasnt | has not | hadnt] [had | felt | noticed | been having | seen] any?',
    'isnt', 'arent', 'wasnt', 'werent', 'no longer', 'not having', 'not feeling',
    // recovered: "feeling better from the UTI", "getting over the flu"
    '[better | recovered | recovering] from', '[getting | got] over',
  ],
  // After the finding: "the chest pain I had is gone", "it went away", "has cleared up".
  'post-negation': [
    '[is | are | has | have | its | all | now | completely | totally] gone', 'went away', 'gone away', 'go away', 'resolved', 'cleared up?',
    'has stopped', 'stopped', 'got better', '[is | are | feel | feeling | much | all] better', 'better now',
    'fine now', 'ok now', 'okay now', 'no longer', 'was negative', 'came back normal',
    'ruled out', 'never came back', 'nothing since', 'havent had one since', 'not since',
    '[has | have | is | are | all | now | fully]? healed', 'healed up',
    '[been | was | am | is] [fine | ok | okay | good | great | well] [since | ever since | after]?', 'no [problems | issues | more] since',
  ],
  // Look like triggers, are not: "not sure", "no idea", "hasn't gone away", "won't stop".
  'pseudo': [
    'not sure', 'not certain', 'not only', 'not just', 'no idea', 'no clue', 'no doubt', 'no matter', 'no way',
    'no relief', 'no better', 'no change', 'no improvement', 'no help', 'no one', 'nobody',
    'not [improving | getting better | going away | stopping | helping | working | able | normal | like | eating | drinking | sleeping | moving | responding | breathing | waking | making sense | feeling well | feeling good | well | good | right | fine | ok | okay]',
    '[hasnt | has not | havent | have not | isnt | is not | not | never | wont | doesnt | didnt | wasnt] [gone | go | went | stopped | stop | cleared | resolved | better | gotten better | got better]',
    'not [gone | stopped | better | resolved]', '[no | not] [longer able | more than]',
    'without [stopping | relief | help | improvement]', 'never had [one | this | anything like]',
    'never been this', 'never felt this', 'not enough', 'no energy', 'not anymore',
    'dont [know | understand | remember] if?', 'not [know | understand]', 'not wait',
    // "I wonder if this chest pain…" asks about a symptom that is there: the "if" is not a hypothetical.
    '[not sure | unsure | wonder | wondering | wondered | curious | worried | scared | afraid] [if | whether]',
    '[dont | do not | didnt] [go | stop | fade | help | work | get better]',
    // ongoing treatment, not a current symptom: "still need to take", "still on keppra"
    'still [need | needs | have to | has to | taking | take | on | due | supposed | use | using]',
    '[not | im not | i am not] [kidding | joking]',
    // "I don't see myself being alive": the "don't" belongs to "see", not to what follows
    '[dont | cant | do not | cannot | couldnt] [see | picture | imagine] [myself | me]',
    // a birth date is an age, not history: "born 3 weeks ago"
    '[born | delivered] [# | a | about]? [days | day | weeks | week | month] ago',
  ],
  // Education, hypotheticals, plans: "what are the signs of", "if someone has", "how do I know".
  'hypothetical': [
    'signs of', 'sign of', 'symptoms of', 'symptom of', 'warning signs', 'signs and symptoms',
    'difference between', 'what is', 'what are', 'whats', 'how do i know', 'how do you know',
    'how can i tell', 'how can you tell', 'how to tell', 'how do i tell', 'how would i know', 'when should',
    'when to', 'what to do', 'what do i do if', 'what should i do if', 'if', 'in case', 'what if',
    'risk of', 'risk for', 'risks of', 'chance of', 'chances of', 'prevent', 'preventing', 'prevention',
    'screened for', 'screening for', 'lower my risk', 'reduce my risk', 'to look for', 'how much', 'how many',
    'learn about', 'information about', 'info about', 'class on', 'worried about getting', 'afraid of getting',
    'can [cause | causes]', 'could [cause | lead]', 'might cause', 'side effects of', 'is it possible',
  ],
  // Long ago, or someone's history: "last year", "years ago", "died of", "history of", "in 2019".
  'history': [
    'last year', 'years ago', 'year ago', 'months ago', 'month ago', 'last month', 'as a [child | kid | teen | teenager | baby]',
    'when i was [a | younger | little | pregnant | in]', 'when he was', 'when she was', 'back in', 'in @year',
    'in college', 'in high school', 'history of', 'hx of', 'h / o', 'family history', 'runs in [the | my] family',
    'died of', 'died from', 'passed away from', 'passed from', 'lost [him | her] to', 'used to', 'previous', 'previously',
    'for years', 'for many years', 'chronic', 'at baseline', 'my baseline', 'as usual', 'same as always', 'normal for me',
    'childhood', 'years back', 'long time ago', 'a while ago', 'a while back', 'last week', 'last [summer | winter | spring | fall | autumn | christmas | thanksgiving | easter | weekend]', 'weeks ago', 'at age #', 'at the age of', 'at # years',
    '[dad | mom | father | mother | grandpa | grandma | grandfather | grandmother | uncle | aunt | parents | grandparents | dads | moms] [had | died | passed away]',
  ],
  // Happening now; cancels history in the same clause: "the chest pain I had last year is back".
  'current': [
    'now', 'right now', 'today', 'tonight', 'this morning', 'this afternoon', 'this evening', 'currently',
    'still', 'started',
    'since [yesterday | last | this | monday | tuesday | wednesday | thursday | friday | saturday | sunday | lunch | breakfast | dinner | # | i woke | waking | noon | midnight | an | a | the | tonight | today | earlier]', 'starting',
    'getting worse', 'worse', 'keeps', 'keep', 'spreading', 'growing', 'ongoing', 'at the moment', 'yesterday', 'last night',
  ],
  // It came back: cancels history anywhere in the sentence ("had it last year, and it is back today").
  'recurrence': ['again', '[is | its | are | it is | was] back', 'came back', 'coming back', 'returned', 'recurred', 'keeps coming'],
  // Idiom markers before the phrase: "giving me a heart attack", "almost had a stroke".
  'figurative': [
    'giving me', 'gave me', 'give me', 'gonna give me', 'going to give me', 'nearly', 'almost',
    'practically', 'about to have', 'lol', 'lmao', 'haha', 'hahaha', 'jk', 'kidding', 'joking',
    '😂', '😅', '🤣', '😆', '😜', '🙃',
  ],
  // End a negation/hypothetical scope.
  'terminator': [
    'but', 'however', 'though', 'although', 'yet', 'except', 'apart from', 'aside from', 'still', 'now', 'and now',
    'then', 'which', 'whereas', 'while', 'so', 'because',
  ],
};

export const CONTEXT_ES: ContextTriggers = {
  'pre-negation': [
    'sin', 'ni', 'nunca', 'jamas', 'niega', 'niegan', 'negativo para', 'ningun', 'ninguna', 'ninguno', 'nada de',
    'no', 'no [tengo | tiene | tienen | tenia | tuve | tuvo | hay | habia | siento | siente | presento | presenta | noto]',
    'no [he | ha | han] [tenido | sentido | notado | presentado]', 'no [me | le] [duele | dolio | ha dolido | falta | arde | pica]',
    'ya no [tengo | tiene | siento | hay]',
    // recuperado: "ya me siento mejor de la infección"
    '[mejor | recuperado | recuperada | recupere | recupero] de',
    // "ya se me quitó la diarrea": the verb comes before what it resolves
    'ya se [me | le] [quito | paso | fue | calmo]', 'ya [me | le] [quito | paso]',
  ],
  'post-negation': [
    'se [me | le]? [quito | paso | fue | calmo | resolvio]', 'ya paso', 'ya se paso', 'desaparecio', 'se desaparecio',
    'ya [estoy | esta | estamos] bien', 'esta bien', 'estoy bien', 'mejoro', 'ya mejoro', 'ya no', 'se curo',
    'salio negativo', 'salio normal',
  ],
  'pseudo': [
    'no [se | sabemos | sabe | estoy seguro | estoy segura | entiendo]', 'no [puedo | puede | pueden | pude | podia | podemos]',
    'no [aguanto | soporto | para | paro | deja | dejo | baja | mejora | ha mejorado | sirve | funciona | ayuda | responde | reacciona | despierta | come | se mueve | respira | encuentra | entra | veo | ve]',
    'no [me | le | se] [deja | baja | quita | pasa | para | calma | mueve | puede | puedo | ha quitado | ha pasado | mejora]',
    'no se [me | le] [quita | pasa | calma | ha quitado | ha pasado]', 'sin [parar | poder | mejoria | mejorar | control]',
    'no hay mejoria', 'nada me [ayuda | quita | calma]', 'ni siquiera',
    // "no sé si es normal, pero…": pregunta por algo que sí tiene
    '[no se | me pregunto | no estoy seguro | no estoy segura] si',
    // "como si" is "as if", "a ver si" is "let's see if": neither is a hypothetical
    '[como | a ver | pregunto | preguntar] si',
    'no es broma', 'no estoy [bromeando | jugando]',
    // "para que ya no sufran": a purpose, not a resolution
    'para que ya no', 'para ya no',
    // "si yo ya no estuviera", "cuando ya no esté": a wish about not being there, not a resolution
    '[si | cuando] [yo]? ya no [estuviera | existiera | viviera | este | exista | viva | estare]',
    'no me [veo | imagino]',
    '[todavia | aun] [tengo que | tiene que | debo | tomo | toma | necesito | estoy tomando]',
    '[nacio | nacida | nacido | naci] hace [# | una | un]? [dias | dia | semanas | semana | mes]',
  ],
  'hypothetical': [
    'senales de', 'sintomas de', 'signos de', 'cuales son', 'que es', 'que son', 'diferencia entre',
    'como saber', 'como se si', 'como puedo saber', 'como se sabe', 'en caso de', 'que hago si', 'que hacer si',
    'que pasa si', 'que debo hacer si', 'riesgo de', 'prevenir', 'cuando debo', 'cuando hay que', 'por si',
    'puede causar', 'efectos secundarios de', 'cuanto es demasiado', 'cuantas pastillas',
    // bare "si" (if): "si me sube la fiebre, ¿le llamo?" ("sí," meaning yes is skipped in classify.ts)
    'si', 'en caso que', 'en dado caso',
  ],
  'history': [
    'el ano pasado', 'hace [# | unos | varios | muchos]? anos', 'hace [# | unos | varios]? mes|meses', 'el mes pasado',
    'de [nino | nina | chico | chica | joven | bebe]', 'cuando [era | tenia | estaba]', 'antecedentes de',
    'historial de', 'murio de', 'murio por', 'fallecio de', 'fallecio por', 'en @year', 'hace tiempo',
    'anteriormente', 'antes tenia', 'en la familia', 'desde hace anos', 'de siempre', 'como siempre', 'cronico', 'cronica', 'la semana pasada', 'hace # semanas', 'a los # anos',
    '[papa | mama | padre | madre | abuelo | abuela | tio | tia | abuelos | papas] [tuvo | murio | fallecio | sufrio]',
  ],
  'current': [
    'ahora', 'ahorita', 'hoy', 'esta manana', 'esta tarde', 'esta noche', 'todavia', 'aun', 'sigue', 'sigo', 'desde', 'empezo', 'ayer', 'anoche',
  ],
  'recurrence': ['otra vez', 'de nuevo', 'volvio', 'regreso', 'volvio a', 'otra ves'],
  'figurative': [
    'casi', 'me va a dar', 'me van a dar', 'jaja', 'jajaja', 'jeje', 'me mata', 'me matan',
  ],
  'terminator': ['pero', 'aunque', 'sin embargo', 'excepto', 'salvo', 'sino', 'mas que', 'y ahora', 'ahora', 'porque'],
};

/** Words that start their own clause after a comma or "and": scopes do not cross them. */
export const CLAUSE_SUBJECTS = [
  'i', 'im', 'ive', 'id', 'ill', 'my', 'he', 'hes', 'she', 'shes', 'his', 'her', 'they', 'theyre', 'their',
  'we', 'were', 'our', 'it', 'its', 'this', 'that', 'there', 'theres', 'now', 'today', 'tonight', 'then',
  'yo', 'mi', 'mis', 'el', 'ella', 'ellos', 'ellas', 'su', 'sus', 'me', 'le', 'se', 'tengo', 'tiene',
  'ahora', 'hoy', 'estoy', 'esta', 'nosotros', 'mañana',
];

/** Joining words after which a subject starts a new clause ("no fever and my chest hurts"). */
export const CLAUSE_JOINERS = ['and', 'or', 'then', 'so', 'plus', 'also', 'y', 'o', 'e', 'luego', 'entonces', 'tambien', 'pues'];

/** Words that open a question; urgent (not emergency) findings in such questions are treated as asking. */
export const QUESTION_OPENERS = [
  'is', 'are', 'does', 'do', 'can', 'could', 'will', 'would', 'what', 'whats', 'how', 'which', 'when', 'why',
  'should', 'es', 'son', 'puede', 'pueden', 'puedo', 'cual', 'cuales', 'como', 'que', 'cuando', 'por', 'debo',
  'deberia', 'hay', 'esta', 'estan',
];
