/**
 * The one word list the conversation reads with. Every rule (intents, onboarding slots, entities) builds its
 * patterns from here, so "sore", "today" or "knee" mean the same thing everywhere and a new spelling is
 * added once. Lists are data; `anyOf` turns a list into a whole-word pattern.
 */
import type { Equipment, Limitation } from '../engine/vocabulary.js';

/** A whole-word, case-insensitive pattern matching any phrase of `phrases` (spaces match runs of spaces). */
export function anyOf(phrases: readonly string[], flags = ''): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, flags);
}

/** True when `text` (already normalized) contains any of the phrases as whole words. */
export function mentions(text: string, phrases: readonly string[]): boolean {
  return anyOf(phrases).test(text);
}

// ---- days ---------------------------------------------------------------------------------------------

export const TODAY_WORDS = ['today', 'todays', "today's", 'tonight', 'tdy', 'todya', 'tody', 'toady', '2day', 'this morning', 'this afternoon', 'this evening', 'earlier today'] as const;
export const TOMORROW_WORDS = ['tomorrow', 'tmrw', 'tmr', 'tomorow', 'tommorow', 'tommorrow', '2moro', '2morrow', 'tmw'] as const;
export const YESTERDAY_WORDS = ['yesterday', 'yday', 'yest', 'last night', 'yesterdays'] as const;
/**
 * Weekdays as thumbs type them that the date library does not read ("tues", "weds", "thrusday"): spelled out
 * before dates are read, so "whats on nxt tues" is Tuesday, not today, and "thrusday's workout" is Thursday's.
 */
export const WEEKDAY_SLIPS: Readonly<Record<string, readonly string[]>> = {
  tuesday: ['tues', 'tuseday', 'tusday', 'teusday', 'tuesdy', 'tueday'],
  wednesday: ['weds', 'wensday', 'wendsday', 'wednsday', 'wedensday', 'wednesay', 'wedsday', 'wednesdy'],
  thursday: ['thrus', 'thrusday', 'thurday', 'thursay', 'thursdy', 'thurdsay', 'thrusdays'],
  monday: ['mondy', 'monady', 'mnday'],
  friday: ['firday', 'fridy', 'frday', 'fridya'],
  saturday: ['saturdy', 'satruday', 'saterday', 'satuday', 'satrday'],
  sunday: ['sundy', 'sunady', 'sundya'],
};
/** WEEKDAY_SLIPS as patterns, each with the weekday it spells out. */
export const WEEKDAY_SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = Object.entries(WEEKDAY_SLIPS).map(([full, slips]) => [new RegExp(`\\b(?:${slips.join('|')})\\b`, 'g'), full] as const);
/** "forgot to log wed": a weekday in a log is the most recent one, a week back when it is today. */
export const LATE_LOG_WORDS = ['forgot to log', 'forgot to text', 'forgot to say', 'never logged', "didn't log", 'didnt log', 'missed logging', 'last', 'from'] as const;

// ---- emoji ------------------------------------------------------------------------------------------------

/**
 * An emoji sent alone, as the words it stands for: a reply of only 😴 to the morning text says tired, 🤕 hurt,
 * 🤒 sick. Only read when the text has no words (in "legs are toast 😩" the words speak). Thumbs-up and the
 * like are acknowledgements (read.ts).
 */
export const EMOJI_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/[\u{1F634}\u{1F971}\u{1F4A4}\u{1F62A}]/u, 'tired'], // 😴 🥱 💤 😪
  [/[\u{1F62B}\u{1F629}\u{1F635}\u{1F975}]/u, 'exhausted'], // 😫 😩 😵 🥵
  [/[\u{1F912}\u{1F927}\u{1F922}\u{1F92E}]/u, 'sick'], // 🤒 🤧 🤢 🤮
  [/[\u{1F915}\u{1FA79}]/u, 'hurt'], // 🤕 🩹
];

// ---- races and load, told ---------------------------------------------------------------------------------

/** Pattern fragments as one group, tried in order: a table of phrasings kept as data, read as one pattern. */
function phrasing(fragments: readonly string[]): string {
  return `(?:${fragments.join('|')})`;
}

/** How a race ahead is told as had: "got a", "i'm doing the", "signed up for a". */
export const RACE_HAD_LEADS = ['got', 'have', "i'?ve got", 'ive got', 'doing', 'running', 'racing', 'signed up for', 'registered for', 'entered', "there'?s"] as const;
/** What a short race ahead is called, with the words said before it ("a local 5k", "the jingle bell race"). */
export const SHORT_RACE_KINDS = ['race', 'parkrun', 'fun run', 'turkey trot', '5\\s*k', '10\\s*k', '15\\s*k', '8\\s*k'] as const;
export const SHORT_RACE_SIZES = ['local', 'little', 'small', 'fun', 'charity', 'holiday', 'christmas', 'jingle bell', 'turkey'] as const;
/** A short race the client has coming ("got a 10k race on saturday", "i have a 5k this saturday", "doing a parkrun sat"). */
export const RACE_SOON_TOLD = new RegExp(
  String.raw`\b${phrasing(RACE_HAD_LEADS)} (?:a|an|my|the|this|that) (?:${phrasing(SHORT_RACE_SIZES)} )?${phrasing(SHORT_RACE_KINDS)}\b`,
);

/** "too easy", "way too easy", "not hard enough", "can we go heavier", "i want heavier weights", "feel too light". */
export const TOO_EASY_PHRASINGS = [
  '(?:way |too |so |really |super )*too easy',
  'not (?:hard|challenging|heavy) enough',
  '(?:can|could) we (?:go|lift) heavier',
  '(?:want|need) (?:to (?:go|lift) )?heavier(?: weights?)?',
  '(?:feels?|felt|is|are) (?:way |much |a bit |kinda )?too light',
] as const;
export const TOO_EASY_TOLD = new RegExp(String.raw`\b${phrasing(TOO_EASY_PHRASINGS)}\b`);

/** A feeling about a race ahead: "nervous about my first 10k", "so nervous for my race sunday", "excited for my half". */
export const RACE_FEELING_WORDS = ['nervous', 'anxious', 'scared', 'terrified', 'excited', 'pumped', 'stoked', 'jittery', 'freaking out', 'butterflies'] as const;
export const RACE_FEELING_WHOSE = ['my ', 'the ', 'this ', "tomorrow'?s ", "sunday'?s ", "saturday'?s "] as const;
export const RACE_FEELING_WHICH = ['first ', 'big ', 'upcoming ', 'next '] as const;
export const RACE_FEELING_KINDS = ['race', '5\\s*k', '10\\s*k', 'half(?: marathon)?', 'marathon', 'parkrun', 'turkey trot', 'ultra'] as const;
export const RACE_FEELING = new RegExp(
  String.raw`\b${phrasing(RACE_FEELING_WORDS)}\b(?: (?:about|for|before))? ${phrasing(RACE_FEELING_WHOSE)}?${phrasing(RACE_FEELING_WHICH)}?${phrasing(RACE_FEELING_KINDS)}\b`,
);

// ---- Spanish ------------------------------------------------------------------------------------------------

/**
 * Spanish words clients mix into English texts ("quiero correr un 10k en marzo", "lunes miercoles y sabado",
 * "que hay hoy?"), as the English every parser reads: months, weekdays, today / tomorrow, a week, the race
 * words. Order matters: "de la mañana" (in the morning) before "mañana" (tomorrow). Applied by normalize only
 * when SPANISH_HINT finds one of them, so English texts pay one test.
 */
export const SPANISH_HINT = /(?<![a-z])(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|hoy|ma[ñn]ana|semanas?|veces|d[ií]as|marat[oó]n|carrera|correr|corro|corr[ií]|hice|minutos?|gracias|s[ií]|lesi[oó]n|lesiones|qu[eé] hay|quiero|quisiera|entrenar|entreno|fuerte|fuerza|peso|grasa|m[uú]sculo|gimnasio|pesas|mancuernas|rodilla|espalda|hombro|tobillo|cadera|a[ñn]os|meses|horas?|ninguna|ninguno|nada)(?![a-z])/;
export const SPANISH_WORDS: ReadonlyArray<[RegExp, string]> = [
  ...(
    [
      ['enero', 'january'], ['febrero', 'february'], ['marzo', 'march'], ['abril', 'april'], ['mayo', 'may'], ['junio', 'june'], ['julio', 'july'],
      ['agosto', 'august'], ['se?ptiembre', 'september'], ['octubre', 'october'], ['noviembre', 'november'], ['diciembre', 'december'],
    ] as const
  ).map(([es, en]): [RegExp, string] => [new RegExp(`(?<![a-z])${es}(?![a-z])`, 'g'), en]),
  // "el 15 de march" → "march 15".
  [/(?<![a-z0-9])(?:el )?(\d{1,2}) de (january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])/g, '$2 $1'],
  [/(?<![a-z])lunes(?![a-z])/g, 'monday'], [/(?<![a-z])martes(?![a-z])/g, 'tuesday'], [/(?<![a-z])mi[eé]rcoles(?![a-z])/g, 'wednesday'],
  [/(?<![a-z])jueves(?![a-z])/g, 'thursday'], [/(?<![a-z])viernes(?![a-z])/g, 'friday'], [/(?<![a-z])s[aá]bados?(?![a-z])/g, 'saturday'],
  [/(?<![a-z])domingos?(?![a-z])/g, 'sunday'],
  [/(\d{1,2}(?::\d{2})?) de la ma[ñn]ana(?![a-z])/g, '$1am'], [/(\d{1,2}(?::\d{2})?) de la (?:tarde|noche)(?![a-z])/g, '$1pm'],
  [/(?<![a-z])(?:por|en|de) la ma[ñn]ana(?![a-z])/g, 'in the morning'], [/(?<![a-z])ma[ñn]ana(?![a-z])/g, 'tomorrow'],
  [/(?<![a-z])hoy(?![a-z])/g, 'today'], [/(?<![a-z])qu[eé] hay(?![a-z])/g, "what's"],
  [/(?<![a-z])(?:por|a la|cada) semana(?![a-z])/g, 'a week'], [/(?<![a-z])semanas(?![a-z])/g, 'weeks'], [/(?<![a-z])semana(?![a-z])/g, 'week'],
  [/(?<![a-z])veces(?![a-z])/g, 'times'], [/(?<![a-z])d[ií]as(?![a-z])/g, 'days'],
  [/(?<![a-z])media marat[oó]n(?![a-z])/g, 'half marathon'], [/(?<![a-z])marat[oó]n(?![a-z])/g, 'marathon'], [/(?<![a-z])carrera(?![a-z])/g, 'race'],
  [/(?<![a-z])minutos?(?![a-z])/g, 'minutes'], [/(?<![a-z])en (\d)/g, 'in $1'],
  [/(?<![a-z])correr(?![a-z])/g, 'run'], [/(?<![a-z])corro(?![a-z])/g, 'i run'], [/(?<![a-z])corr[ií](?![a-z])/g, 'ran'], [/(?<![a-z])hice(?![a-z])/g, 'did'],
  [/(?<![a-z])no tengo lesiones(?![a-z])/g, 'no injuries'], [/(?<![a-z])lesi[oó]n(?![a-z])/g, 'injury'], [/(?<![a-z])lesiones(?![a-z])/g, 'injuries'],
  // The goal, the kit, the parts and how long, as clients mix them in ("quiero correr un 10k", "bajar de peso",
  // "gimnasio completo", "me duele la rodilla", "2 años"): read as the English the slot readers know.
  [/(?<![a-z])(?:quiero|quisiera|me gustar[ií]a)(?![a-z])/g, 'i want to'], [/(?<![a-z])(?:un|una)(?![a-z])/g, 'a'],
  [/(?<![a-z])entrenar para(?![a-z])/g, 'train for'], [/(?<![a-z])(?:entrenar|entreno)(?![a-z])/g, 'train'],
  [/(?<![a-z])(?:ponerme|estar|ser) (?:m[aá]s )?fuerte(?![a-z])|(?<![a-z])(?:m[aá]s fuerte|ganar fuerza)(?![a-z])/g, 'get stronger'],
  [/(?<![a-z])(?:bajar|perder) (?:de )?(?:peso|grasa)(?![a-z])|(?<![a-z])(?:adelgazar|quemar grasa)(?![a-z])/g, 'lose weight'],
  [/(?<![a-z])ganar (?:m[uú]sculo|masa(?: muscular)?)(?![a-z])/g, 'build muscle'],
  [/(?<![a-z])gimnasio completo(?![a-z])/g, 'full gym'], [/(?<![a-z])gimnasio(?![a-z])/g, 'gym'], [/(?<![a-z])en casa(?![a-z])/g, 'at home'],
  [/(?<![a-z])mancuernas(?![a-z])/g, 'dumbbells'], [/(?<![a-z])pesas(?![a-z])/g, 'weights'],
  [/(?<![a-z])me duele (?:la |el |mi )?/g, 'bad '], [/(?<![a-z])rodillas?(?![a-z])/g, 'knee'], [/(?<![a-z])(?:espalda baja|baja espalda)(?![a-z])/g, 'lower back'],
  [/(?<![a-z])espalda(?![a-z])/g, 'back'], [/(?<![a-z])hombros?(?![a-z])/g, 'shoulder'], [/(?<![a-z])tobillos?(?![a-z])/g, 'ankle'], [/(?<![a-z])cadera(?![a-z])/g, 'hip'],
  [/(?<![a-z])media hora(?![a-z])/g, '30 min'], [/(?<![a-z])horas(?![a-z])/g, 'hours'], [/(?<![a-z])hora(?![a-z])/g, 'hour'],
  [/(?<![a-z])a[ñn]os(?![a-z])/g, 'years'], [/(?<![a-z])meses(?![a-z])/g, 'months'], [/(?<![a-z])(?:ninguna|ninguno|nada)(?![a-z])/g, 'none'],
  [/(?<![a-z])gracias(?![a-z])/g, 'thanks'], [/^s[ií][!. ]*$|(?<![a-z])sí(?![a-z])/g, 'yes'],
];

// ---- yes, no, filler ------------------------------------------------------------------------------------

export const YES_WORDS = [
  'y', 'yes', 'yess', 'yesss', 'yea', 'yeah', 'yeahh', 'yeh', 'ye', 'yah', 'yep', 'yup', 'ya', 'ok', 'okay', 'okey', 'k', 'kk', 'sure', 'correct',
  'right', "that's right", 'thats right', 'confirm', 'confirmed', 'looks good', 'sounds good', 'perfect', 'great',
  "let's go", 'lets go', "let's do it", 'lets do it', 'do it', 'go', 'start', 'absolutely', 'definitely', 'of course',
  'all good', 'good to go', 'works for me', 'that works', 'sounds great', 'looks great', 'yes please', 'ya please', 'si',
] as const;
/** Conditioning drills the exercise library never programs: "no more burpees" refuses something the plan has not got. */
export const UNPROGRAMMED_DRILL_WORDS = [
  'burpee', 'burpees', 'mountain climber', 'mountain climbers', 'jumping jack', 'jumping jacks', 'sprawl', 'sprawls', 'wall ball', 'wall balls',
  'high knees', 'butt kicks', 'bear crawl', 'bear crawls', 'star jump', 'star jumps', 'tuck jump', 'tuck jumps', 'thruster', 'thrusters',
] as const;

/**
 * The yes words that say "yes, I have one" to a yes-or-no question ("Any injuries?" - "yep"); the rest of the yes
 * words ("sounds good", "ok", "perfect") agree to what was said and answer no question.
 */
export const AFFIRMATIVE_WORDS = [
  'y', 'yes', 'yess', 'yesss', 'yea', 'yeah', 'yeahh', 'yeh', 'ye', 'yah', 'yep', 'yup', 'ya', 'si', 'sure', 'absolutely', 'definitely', 'of course',
] as const;
export const NO_WORDS = ['n', 'no', 'nope', 'nah', 'wrong', 'not right', 'incorrect', 'not quite', 'no way'] as const;
/**
 * A text made only of these (with emoji and punctuation) says "go on" and answers no question ("yes", "lol ok",
 * "sounds good", an emoji): at an open question it gets the question again, never read as a name or a value.
 */
export const ACKNOWLEDGEMENT_WORDS = [
  ...YES_WORDS, 'cool', 'nice', 'awesome', 'sweet', 'bet', 'word', 'alright', 'aight', 'got it', 'gotcha', 'will do', 'np', 'no problem',
  'for sure', 'fo sho', 'okie', 'okey dokey', 'yay', 'woo', 'woohoo', 'omg', 'wow', 'hell yeah', 'heck yeah', 'yes sir', 'ready', "i'm ready", 'im ready',
  "i'm in", 'im in', 'lol', 'lmao', 'haha', 'hahaha', 'hehe', 'thanks', 'thank you', 'thx', 'ty', 'ok cool', 'cool cool', 'hi', 'hey', 'hello',
] as const;

/**
 * Words onboarding answers hinge on, so a one-letter slip ("get strnger", "planet fitnes", "bad shouldr",
 * "dumbels") reads as the word (onboarding/spelling.ts). Plurals are listed so they are never "corrected".
 */
export const ONBOARDING_VOCABULARY = [
  'stronger', 'strength', 'muscle', 'muscles', 'fitness', 'toned', 'shoulder', 'shoulders', 'dumbbell', 'dumbbells', 'barbell', 'barbells',
  'kettlebell', 'kettlebells', 'machines', 'minutes', 'injury', 'injuries', 'beginner', 'marathon', 'weights', 'planet', 'elbow', 'elbows',
  'ankle', 'ankles', 'wrist', 'wrists', 'knees', 'hamstring', 'hamstrings', 'bench', 'benches', 'squat', 'squats', 'deadlift', 'deadlifts', 'months', 'years', 'hours',
  'intermediate', 'advanced', 'bodyweight', 'general', 'training', 'lifting', 'running', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekdays', 'weekends',
] as const;
/**
 * Real words one edit from a word above, never slips of it: "lose weight" read as "lose weights" lost the fat-loss
 * goal, "a bunch of bands" became a bench, "my squad" a squat.
 */
export const ONBOARDING_REAL_WORDS = [
  'weight', 'bunch', 'stranger', 'strange', 'squad', 'plant', 'plants', 'plane', 'angle', 'angles', 'month', 'mouths', 'sundae', 'general',
  'training', 'trainings',
  // One edit from a vocabulary word but words of their own: "can't kneel" is no "knees", a "beach trip" no "bench".
  'kneel', 'kneels', 'kneed', 'beach', 'beaches', 'belch', 'planes', 'listing', 'lofting', 'trailing', 'weighs', 'moths', 'squads', 'tuned', 'tones', 'toner', 'smoulder',
] as const;
/** Slips too far from the word for one edit, seen in real texts. */
export const ONBOARDING_MISSPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bdum+b*e+l+s?\b/g, 'dumbbells'],
  [/\bwe[dn]+e?s?day(s?)\b/g, 'wednesday$1'],
  [/\bstr?o?n?g(?:er|r)\b/g, 'stronger'],
  [/\bmussel?s?\b/g, 'muscle'],
  [/\bkne\b/g, 'knee'],
  [/\bwks?\b/g, 'week'],
];

/**
 * Idioms whose words the answers' readers would take literally, said plainly: "never the same two weeks running" is
 * in a row (no runner, no beginner "never"), though "5 days running" is days of running; "lose a stone" is 14 lb of
 * weight to lose.
 */
export const ONBOARDING_IDIOMS: ReadonlyArray<[RegExp, string]> = [
  [/\b(\d+|two|three|four|five|six|seven|a few|a couple(?: of)?|several|many) (nights|weeks|months|years|shifts) running\b/g, '$1 $2 in a row'],
  // "half a stone" is no half marathon.
  [/\b(lose|losing|drop|dropping|shed|shedding) half a stone\b/g, '$1 7 lbs of weight'],
  [/\b(lose|losing|drop|dropping|shed|shedding) (?:a|one) stone\b/g, '$1 14 lbs of weight'],
  [/\b(lose|losing|drop|dropping|shed|shedding) ((?:\d+(?:\.\d)?|two|three|four|five|a few|a couple(?: of)?) stone)\b(?! of)/g, '$1 $2 of weight'],
];

/** Words that carry no meaning in an answer ("Priya lol", "3 days haha"). */
export const FILLER_WORDS = ['lol', 'lmao', 'haha', 'hahaha', 'hah', 'heh', 'hehe', 'ok', 'okay', 'pls', 'please', 'thx', 'thanks', 'ty', 'xd', 'xo', 'xx', 'tbh', 'idk', 'btw', 'fyi', 'ugh', 'hmm', 'umm', 'um', 'uh'] as const;
/** Words that turn a text into a change of something said before. */
/**
 * A correction inside one text ("nov 22 lol jk its april 19", "3 days, no wait 4"): what follows replaces what
 * came before (onboarding reads the rest as the next text). Narrower than CORRECTION_WORDS: "actually", "sorry"
 * or "change" mid-text rarely take back what was just said.
 */
export const SELF_CORRECTION_WORDS = [
  'lol jk', 'haha jk', 'jk', 'j/k', 'just kidding', 'no wait', 'wait no', 'sorry i mean', 'sorry, i mean', 'i mean', 'i meant',
  'scratch that', 'make that', 'make it', 'oops', 'correction',
] as const;

export const CORRECTION_WORDS = [
  'actually', 'i meant', 'i mean', 'meant', 'sorry', 'correction', 'not a', 'not the', 'instead', 'change', 'make it',
  'switch', 'wrong', "that's wrong", 'thats wrong', 'no wait', 'wait', 'oops', 'typo', 'should be', 'should have said', 'rather',
] as const;

// ---- body: soreness, pain, readiness --------------------------------------------------------------------

/** Closed set of body parts a client names for soreness or pain. */
export const BODY_PARTS = [
  'quads', 'hamstrings', 'glutes', 'calves', 'shins', 'legs', 'hip_flexors', 'groin', 'adductors', 'it_band',
  'lower_back', 'upper_back', 'back', 'lats', 'traps', 'neck', 'chest', 'shoulders', 'arms', 'biceps', 'triceps',
  'forearms', 'abs', 'abdominal_wall', 'core', 'hips', 'knee', 'ankle', 'foot', 'heel', 'toe', 'achilles', 'elbow', 'wrist', 'hand',
  'whole_body',
] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

/** How people write each body part, most specific first when read in BODY_PART_ORDER. */
export const BODY_PART_WORDS: Record<BodyPart, readonly string[]> = {
  quads: ['quads', 'quad', 'quadriceps', 'thighs', 'thigh', 'front of my legs'],
  hamstrings: ['hamstrings', 'hamstring', 'hammies', 'hammy', 'hams', 'back of my legs'],
  glutes: ['glutes', 'glute', 'butt', 'booty', 'bum', 'ass'],
  calves: ['calves', 'calf', 'calfs'],
  shins: ['shins', 'shin', 'shin splints', 'tibia', 'shinbone', 'shin bone'],
  legs: ['legs', 'leg', 'lower body', 'wheels'],
  hip_flexors: ['hip flexors', 'hip flexor'],
  groin: ['groin'],
  adductors: ['adductors', 'adductor', 'inner thigh', 'inner thighs'],
  it_band: ['it band', 'itb', 'it-band'],
  lower_back: ['lower back', 'low back', 'lumbar', 'sciatica', 'si joint', 'disc', 'spine', 'spinal'],
  upper_back: ['upper back', 'between my shoulder blades', 'rhomboids'],
  back: ['back'],
  lats: ['lats', 'lat'],
  traps: ['traps', 'trap'],
  neck: ['neck'],
  chest: ['chest', 'pecs', 'pec'],
  shoulders: ['shoulders', 'shoulder', 'delts', 'delt', 'rotator cuff'],
  arms: ['arms', 'arm', 'upper body'],
  biceps: ['biceps', 'bicep', 'bis'],
  triceps: ['triceps', 'tricep', 'tris'],
  forearms: ['forearms', 'forearm', 'grip'],
  abs: ['abs', 'stomach muscles', 'obliques'],
  // Conditions of the abdominal wall and pelvic floor, common after pregnancy: a limitation, not a sore muscle.
  abdominal_wall: [
    'diastasis recti', 'diastasis', 'drac', 'ab separation', 'abdominal separation', 'separated abs', 'abs separated',
    'postpartum', 'post partum', 'post-partum', 'c-section', 'c section', 'csection', 'hernia', 'umbilical hernia',
    'abdominal surgery', 'pelvic floor', 'prolapse',
  ],
  core: ['core'],
  hips: ['hips', 'hip'],
  knee: ['knees', 'knee', 'kneecap', 'patella', 'acl', 'mcl', 'meniscus'],
  ankle: ['ankles', 'ankle'],
  foot: ['feet', 'foot', 'arch', 'plantar', 'plantar fasciitis', 'metatarsal', 'metatarsals'],
  heel: ['heels', 'heel'],
  toe: ['toes', 'toe', 'big toe'],
  achilles: ['achilles', 'achilles tendon'],
  elbow: ['elbows', 'elbow', 'tennis elbow', "golfer's elbow"],
  wrist: ['wrists', 'wrist', 'carpal tunnel'],
  hand: ['hands', 'hand', 'fingers', 'finger', 'thumb'],
  whole_body: ['everything', 'whole body', 'all over', 'everywhere', 'entire body'],
};

/** Order for reading: two-word parts before the one-word parts inside them ("lower back" before "back"). */
export const BODY_PART_ORDER: readonly BodyPart[] = [
  'abdominal_wall', 'lower_back', 'upper_back', 'hip_flexors', 'it_band', 'achilles', 'shins', 'hamstrings', 'quads', 'glutes', 'calves',
  'adductors', 'groin', 'knee', 'ankle', 'heel', 'toe', 'foot', 'elbow', 'wrist', 'hand', 'hips', 'neck', 'traps', 'lats',
  'chest', 'shoulders', 'biceps', 'triceps', 'forearms', 'abs', 'core', 'back', 'legs', 'arms', 'whole_body',
];

/** Joints and the spine: pain there is an injury question (issue 12 leaves out what loads them). */
export const JOINTS = ['knee', 'ankle', 'foot', 'heel', 'toe', 'achilles', 'hips', 'lower_back', 'back', 'neck', 'shoulders', 'elbow', 'wrist', 'hand', 'shins', 'it_band', 'groin'] as const;
export type Joint = (typeof JOINTS)[number];

/** The exercise library's limitation for a body part, when it tracks one. */
export const LIMITATION_FOR_PART: Partial<Record<BodyPart, Limitation>> = {
  knee: 'knee', lower_back: 'lower_back', back: 'lower_back', shoulders: 'shoulder', elbow: 'elbow', wrist: 'wrist',
  hand: 'wrist', hips: 'hip', hip_flexors: 'hip', groin: 'hip', ankle: 'ankle', foot: 'ankle', heel: 'ankle',
  achilles: 'ankle', toe: 'ankle', neck: 'neck', traps: 'neck', it_band: 'knee', shins: 'ankle', abdominal_wall: 'abdominal', abs: 'abdominal',
  // A sore calf is spared what loads it: calf raises and jumps, which the library marks as ankle work.
  calves: 'ankle',
};

/** Kit as said back to a client, with its article: "You have a barbell, dumbbells", "no pull-up bar there". */
export const EQUIPMENT_NAMES: Partial<Record<Equipment, string>> = {
  barbell: 'a barbell', rack: 'a rack', bench: 'a bench', dumbbell: 'dumbbells', kettlebell: 'kettlebells', cable: 'cables',
  machine: 'machines', pullup_bar: 'a pull-up bar', bands: 'bands',
};

/**
 * How a hard session is said of the muscles it trained ("legs were brutal lol", "my glutes felt savage"): a hard
 * session done and the soreness to come, read only with a muscle named as what was hard (JOINTS are pain's).
 */
export const HARD_SESSION_WORDS = ['brutal', 'killer', 'savage', 'insane', 'intense', 'rough', 'tough', 'hard', 'no joke', 'crazy', 'nuts', 'torture', 'murder', 'hell', 'a killer', 'a lot', 'spicy'] as const;
/** Muscles a hard session is said of ("legs were brutal"); a joint that was "rough" is read as pain elsewhere. */
export const HARD_SESSION_PARTS: readonly BodyPart[] = ['quads', 'hamstrings', 'glutes', 'calves', 'legs', 'lats', 'traps', 'chest', 'shoulders', 'arms', 'biceps', 'triceps', 'forearms', 'abs', 'core', 'back', 'upper_back'];

export const SORENESS_WORDS = ['sore', 'soreness', 'doms', 'achy', 'achiness', 'aching', 'ache', 'aches', 'stiff', 'stiffness', 'tight', 'tightness', 'tender', 'wrecked', 'destroyed', 'smoked', 'fried', 'toast', 'cooked', 'killing me', 'on fire', 'beat up', 'beaten up', 'heavy', 'jelly', 'dead'] as const;
/**
 * Soreness words that describe stiffness, not pain: a tight lower back alone is warmed up and loaded a bit
 * less, not left out like pain (red flags and pain words still make it pain).
 */
/**
 * Soreness said by what it stops ("leg day was brutal, could barely walk", "can't lift my arms after yesterday"):
 * DOMS in those muscles, with no sore word or body part (was a done with no soreness read). Beside a joint or a
 * pain word the pain rule reads it first (a hurt joint that stops walking is a red flag, not DOMS).
 */
export const DOMS_LEGS_WORDS = ['barely walk', 'hardly walk', "can't walk", 'cant walk', 'barely sit', 'barely sit down', "can't sit down", 'cant sit down', 'barely get up', 'barely stand', 'barely climb', 'barely do stairs', 'walking funny', 'walking like a penguin', 'waddling'] as const;
export const DOMS_ARMS_WORDS = ['barely lift my arms', "can't lift my arms", 'cant lift my arms', 'barely raise my arms', "can't raise my arms", 'cant raise my arms', 'barely comb my hair', 'barely wash my hair'] as const;
export const TIGHTNESS_WORDS = ['tight', 'tightness', 'stiff', 'stiffness', 'locked up', 'knotted'] as const;
export const PAIN_WORDS = [
  'hurt', 'hurts', 'hurting', 'pain', 'painful', 'injured', 'injury', 'tweaked', 'tweak', 'strained', 'strain',
  'sprained', 'sprain', 'pulled', 'tore', 'torn', 'sharp', 'swollen', 'swelling', 'twinge', 'twinged', 'popped',
  'throbbing', 'stabbing', 'aggravated', 'flared', 'flare up', 'flaring', 'cranky', 'bothering me', 'bugging me',
  'acting up', 'tendinitis', 'tendonitis', 'rough on my', 'kills my', 'killing my', 'clicking', 'grinding', 'numb',
  'tingling', 'ouch', 'ow', 'sore', 'twingy', 'twinges', 'twingey', 'tweaky', 'niggle', 'niggly', 'niggling', 'barking',
  'grumpy', 'achey', 'not feeling right', "doesn't feel right", 'doesnt feel right', 'feels off', 'feel off',
  'feels a bit off', 'feels a little off', 'feels weird', 'feels funny', 'feels wonky', 'feels unstable',
  // Said after the run: "my knee felt kinda weird on the downhills" (was not understood).
  'felt off', 'felt a bit off', 'felt a little off', 'felt weird', 'felt kinda weird', 'felt kind of weird', 'felt a bit weird',
  'felt funny', 'felt kinda funny', 'felt wonky', 'felt kinda off', 'feels kinda weird', 'feels kinda off',
  'pinches', 'pinchy', 'pinching', 'pinched', 'impinged', 'impingement', 'flares up', 'flare ups', 'acts up',
  'gives out', 'gave out', 'irritated', 'irritates', 'bothers me', 'bugs me',
  // An injury said the British/Aussie way or as a back going: "did my back in picking up my kid", "threw my back out".
  'did my back in', 'done my back in', 'did my neck in', 'did my knee in', 'did my shoulder in', 'did my ankle in', 'put my back out',
  'threw my back out', 'threw out my back', 'thrown my back out', 'back went out', 'back gave out', 'back seized up', 'back is out',
  // "twisted my ankle, can barely walk", "rolled my ankle on a run": a joint turned is hurt (was not understood). Not
  // "rolled" alone: "foam rolled my calves" is care, not an injury.
  'twisted my', 'twisted an', 'rolled my ankle', 'rolled an ankle', 'rolled my foot', 'turned my ankle', 'turned an ankle', 'jammed my',
] as const;

// ---- a clearance: a doctor or physio's OK -------------------------------------------------------------------
/**
 * One table for "the doctor said it's fine", read by the load-limit reader (parse/equipment.ts), the health answers
 * (answers/faq.ts) and the onboarding summary: who clears, what they do, what they say it is, and the OK one gets.
 */
export const CLEARANCE_WORDS = {
  /** Who gives the OK. */
  who: ['doctor', 'doc', 'dr', 'physio', 'physiotherapist', 'physical therapist', 'pt', 'surgeon', 'ortho', 'orthopedist', 'specialist', 'midwife', 'ob', 'obgyn', 'gp', 'sports med', 'chiro', 'chiropractor'],
  /** What they do: "my doc cleared my knee", "physio signed me off". */
  act: ['cleared', 'lifted', 'removed', 'okayed', "ok'd", 'okd', 'approved', 'signed off', 'signed me off', 'discharged me'],
  /** What they say it (or the client) is: "physio said im good to run now", "doc says it's fine". */
  state: ['fine', 'good', 'ok', 'okay', 'safe', 'clear', 'all clear', 'all good', 'good to go', 'healed', 'fine to run', 'good to run', 'ok to run', 'okay to run', 'safe to run', 'fine to train', 'good to train', 'ok to train', 'fine to lift', 'good to lift', 'ok to lift', 'nothing wrong', 'nothing serious',
    // "pelvic floor PT says I can start running", "midwife says i can go back to running"
    'start running', 'start lifting', 'start training', 'start exercising', 'start working out', 'run again', 'lift again', 'train again', 'exercise again',
    'go back to running', 'get back to running', 'return to running', 'go back to lifting', 'go back to training'],
  /** The OK one gets: "got the all clear", "have the green light". */
  ok: ['all clear', 'all-clear', 'ok', 'okay', 'green light', 'go ahead', 'go-ahead', 'thumbs up'],
  /** What one is cleared to or for: "cleared to run", "cleared for running". */
  cleared: ['me', 'to lift', 'to train', 'to run', 'to exercise', 'to work out', 'to workout', 'to go', 'for heavy', 'for full', 'for normal', 'for running', 'for training', 'for lifting', 'for exercise', 'again', 'by'],
} as const;


/**
 * Texting shorthand read as the words it stands for, before any rule reads the text ("hw many sets r left
 * this wk" → "how many sets are left this week"). Whole words only.
 */
export const SHORTHAND: ReadonlyArray<readonly [string, string]> = [
  ['hw', 'how'], ['r', 'are'], ['wk', 'week'], ['wks', 'weeks'], ['u', 'you'], ['ur', 'your'], ['wat', 'what'],
  ['wut', 'what'], ['2day', 'today'], ['2moro', 'tomorrow'], ['2morrow', 'tomorrow'], ['tmrw', 'tomorrow'], ['tmr', 'tomorrow'],
  // A possessive typed without its apostrophe ("can i do tmrws workout today"): never a plural in a text.
  // (A lifter's count words, "for a single", "a double at 140", are set forms: parse/lift-log.ts COUNT_FORMS.)
  ['tmrws', "tomorrow's"], ['tomorrows', "tomorrow's"], ['todays', "today's"], ['yesterdays', "yesterday's"],
  ['b4', 'before'], ['rn', 'right now'], ['pls', 'please'], ['plz', 'please'], ['wkout', 'workout'], ['wrkout', 'workout'],
  ['sesh', 'session'], ['hrs', 'hours'], ['mins', 'min'], ['cuz', 'because'], ['bc', 'because'], ['abt', 'about'],
  // Day words at 6 a.m.: "5 mi yday" was logged today, "whats on nxt tues" and "this wknd" read as today.
  // Typos of the log words ("skiped my run"): read as the word meant, or the skip was lost.
  ['skiped', 'skipped'], ['skippd', 'skipped'], ['sikpped', 'skipped'], ['skipepd', 'skipped'], ['mised', 'missed'], ['misssed', 'missed'],
  // "whens my race": the question word without its apostrophe (was "didn't get that").
  ['whens', "when's"],
  ['yday', 'yesterday'], ['ystd', 'yesterday'], ['nxt', 'next'], ['wknd', 'weekend'], ['wkend', 'weekend'], ['wkd', 'weekend'],
];
/**
 * How a client asks what to do about a part on a day, with no pain told ("what should i do about the shoulder for
 * saturday", "how do i work around my knee on friday", "anything i should change for my back tomorrow"): said
 * before the part. The day's lifts are read with the part in mind (answers/part-on-day.ts).
 */
export const PART_ON_DAY_ASKED = [
  'what should i do about', 'what do i do about', 'what to do about', 'what should i do with', 'what do i do with', 'what can i do about',
  'work around', 'working around', 'train around', 'training around', 'lift around', 'lifting around', 'get around', 'plan around',
  'anything i should change for', 'anything i should change about', 'anything to change for', 'anything i should do differently for', 'anything i should modify for',
  'anything i should avoid for', 'anything i should avoid with', 'should i change anything for', 'should i modify anything for', 'should i adjust anything for',
  'what should i change for', 'what should i modify for', 'what should i avoid for', 'what should i avoid with', 'what should i skip for',
  'how should i handle', 'how do i handle', 'how should i deal with', 'how do i deal with', 'how do i manage', 'how should i manage',
  'how do i protect', 'how should i protect', 'how can i protect', 'be careful with', 'careful with',
  'what about my', 'what about the',
] as const;

export const PAIN_NEGATIONS = ['no pain', 'pain free', 'pain-free', 'without pain', "doesn't hurt", 'doesnt hurt', "didn't hurt", 'didnt hurt', 'does not hurt', 'no longer hurts', 'not hurting', 'feels fine now', 'feels fine', 'all healed', 'feels better', 'is better', 'better now', 'no injuries', 'no injury'] as const;
/**
 * A sore or painful part said to be better, beside a body part ("calves better", "my knee feels a lot better",
 * "hamstrings not sore anymore"). Read only when nothing still hurts in the same sentence (RECOVERY_BUT).
 */
export const RECOVERY_WORDS = ['better', 'fine now', 'all good now', 'good now', 'feel fine', 'feels fine', 'feel good', 'feels good', 'back to normal', 'healed', 'recovered', 'loosened up', 'no longer sore', 'not sore anymore', 'not sore any more', 'not sore now', 'not sore today', 'no soreness',
  // After a session: "knee was ok", "shoulder held up fine", "back felt good during deadlifts".
  'was ok', 'was okay', 'was fine', 'was good', 'was solid', 'felt ok', 'felt okay', 'felt fine', 'felt good', 'held up', 'no issues', 'no problems'] as const;
/** Words that take back a recovery in the same sentence: "knee better but still sore", "not better", "getting worse". */
export const RECOVERY_BUT_WORDS = ['still', 'but', 'worse', 'not better', 'no better', 'not any better', 'hurts', 'hurting', 'aching', 'achy', 'until', 'till', 'except'] as const;
/** Words that mean "see someone about this" (issue 12): never train through them. */
export const RED_FLAG_WORDS = [
  'sharp', 'stabbing', 'swollen', 'swelling', 'numb', 'numbness', 'tingling', 'pins and needles', "can't put weight",
  'cant put weight', "can't walk", 'cant walk', 'barely walk', 'hardly walk', "can't bend", 'cant bend', "can't straighten", 'cant straighten',
  'gave out', 'gives out', 'giving way', 'popped', 'pop', 'bruised', 'bruising', 'shooting', 'radiating',
  'for over a week', 'for two weeks', 'for 2 weeks', 'for weeks', 'keeps getting worse', 'getting worse', 'worse every day',
  'chest pain', 'dizzy', 'fainted', 'short of breath', 'limping', 'limp', 'limped', 'hobbling', 'hobbled',
  // A bone: "stress fracture", "stress reaction in my tibia", "fractured my foot" stop the running (answers/bone-stress.ts).
  'stress fracture', 'stress fractures', 'stress reaction', 'fracture', 'fractured',
] as const;
/**
 * Warning signs of the whole body, not of a part ("felt dizzy on my run", "almost passed out"): stop and see a
 * doctor, whatever body part is or is not named (was "didn't get that").
 */
export const WARNING_SIGN_WORDS = [
  'dizzy', 'dizziness', 'lightheaded', 'light headed', 'light-headed', 'fainted', 'fainting', 'faint', 'passed out', 'blacked out', 'black out',
  'chest pain', 'chest pains', 'chest tightness', 'chest felt tight', 'tight chest', 'short of breath', "couldn't breathe", 'couldnt breathe', "can't breathe", 'cant breathe',
  'heart racing', 'heart was racing', 'racing heart', 'palpitations', 'heart palpitations', 'irregular heartbeat', 'heart skipping', 'heart fluttering',
  'vertigo', 'room spinning', 'head spinning', 'seeing stars', 'vision went blurry', 'blurry vision',
] as const;
/** How bad it is, for soreness, pain and readiness: 5 = can't train, 4 = very, 2 = a little. */
export const SEVERITY_5_WORDS = ["can't walk", 'cant walk', 'can barely', "can't move", 'excruciating', 'severe', 'unbearable', 'wrecked', 'destroyed', 'dead', 'toast', 'killing me', 'like death', 'awful', 'terrible', 'worst'] as const;
export const SEVERITY_4_WORDS = ['smoked', 'fried', 'cooked', 'beat up', 'on fire', 'very sore', 'really sore', 'super sore', 'so sore', 'extremely sore', 'very tired', 'really tired', 'so tired', 'super tired', 'very stiff', 'really stiff', 'so stiff', 'very tight', 'really tight', 'so tight', 'really bad', 'very bad', 'so bad', 'crazy sore', 'brutally sore', 'very achy', 'really achy', 'very painful', 'really painful'] as const;
export const SEVERITY_2_WORDS = ['a little', 'a bit', 'bit of', 'little bit', 'a small', 'nothing major', 'nothing serious', 'not too bad', 'a tad', 'slightly', 'kinda', 'kind of', 'somewhat', 'mildly', 'minor', 'mild', 'a touch'] as const;

/**
 * Someone else ill ("kids are sick", "my wife has the flu"): the client is not, so no sick days are planned
 * for them (what it does to today is a missed or short day, read by its own words).
 */
export const OTHERS_ILL = /\b(?:kids?|son|sons|daughters?|wife|husband|partner|baby|babies|toddler|little one|kiddos?|children|child|mom|mum|dad|family|girlfriend|boyfriend|roommate|dog|cat)(?:'s|s)?(?: (?:is|are|was|were|got|has|have|been|all|home|both|still|came down with|caught))* (?:sick|ill|the flu|a cold|covid|fever|a fever|a bug|throwing up|vomiting|strep)\b/;
/** "knee was fine until the last set": a joint that held up until a point did not after it - a mild pain to ask about. */
export const FINE_UNTIL = /\b(?:fine|good|ok|okay|great|solid|no (?:pain|issues|problems))\b (?:right |all the way |up )?(?:until|till|til|untill|up to|up until)\b/;

/**
 * A day made hard by life, not by the body: "kids are sick", "work is crazy", "got a wedding". Beside "should i
 * skip?" a coach keeps the session if it can be kept, shorter or on another day, rather than dropping it.
 */
export const LIFE_BUSY = /\b(?:no time|(?:too|super|crazy|so|really) busy|slammed|swamped|hectic|long day|(?:work|job)(?:'?s| is) (?:crazy|nuts|insane|busy|hectic|a lot)|(?:a |the )?wedding|guests|in-?laws|family (?:stuff|thing|visiting|in town))\b/;
/**
 * "sick" as praise: "sub 1:55 would be sick", "that's sick", "sick PR". Taken out before illness is read, so a
 * runner excited about a goal is not planned off sick.
 */
export const SLANG_SICK = /\b(?:would|'d|will|gonna|could|it'?ll|that'?ll) be (?:so |pretty |really |super |hella |mad )?sick\b|\b(?:that'?s|thats|this is|sounds|looks|how) (?:so |pretty |really |super |hella |mad )?sick\b(?! (?:of|with|since|for|today|tonight|yesterday|lately|again))|\b(?:workout|run|session|lift|pump|that|it|this) (?:was|is) (?:so |pretty |really |super |hella |mad )?sick\b(?! (?:of|with|since|for|today|tonight|yesterday|lately|again))|\bsick (?:pr|prs|time|gains|bro|dude|af|lift|run|workout)\b/g;

export const SELF_ILL = /\b(?:i'?m|im|i am|i have|i'?ve|i got|i feel|feeling|me too|me and|i caught|we all|we'?re all|whole house)\b/;

export const ILLNESS_WORDS = ['sick', 'feeling ill', 'im ill', "i'm ill", 'am ill', 'got ill', 'a cold', 'cold', 'flu', 'fever', 'covid', 'stomach bug', 'food poisoning', 'strep', 'sinus infection', 'bronchitis', 'throwing up', 'vomiting', 'migraine', 'under the weather', 'coming down with', 'chest infection'] as const;
/**
 * The client well again after being sick ("feeling better now", "over my cold", "no longer sick", "tested
 * negative"): said of the whole person, with no body part (a part said better is the recovered rule's).
 */
export const WELL_AGAIN_PHRASES = [
  /\b(?:no longer|not) (?:sick|ill)\b/,
  /\bover (?:my|the|this|that) (?:cold|flu|covid|bug|stomach bug|virus|sickness|illness|fever|sinus infection|chest infection)\b/,
  /\b(?:cold|flu|fever|covid|bug|sickness|illness|virus|cough)(?:'?s| is| has| have)? (?:gone|over|passed|broke|broken|cleared(?: up)?|mostly gone|done)\b/,
  /\btest(?:ed|ing) negative\b/,
  /\b(?:kicked|beat) (?:the|this|my|that) (?:cold|flu|bug|covid|virus)\b/,
  /^(?:(?:ok|okay|good news|update|so|hey|hi|yay|finally)[,!.:\s]+)*(?:i'?m |im |i am |i feel |feel |feeling |i'?m feeling |im feeling |i am feeling )(?:so |a lot |a bit |a little |much |way |loads |tons |heaps |alot |100% |totally |fully |pretty much |mostly )*(?:better|recovered|healthy(?: again)?|back to (?:normal|100%?)|all better|well again|fine again|human again)\b/,
  /\b(?:all better|healthy again|well again|human again|back on my feet|back to 100)\b/,
] as const;
export const FATIGUE_WORDS = ['tired', 'exhausted', 'fatigued', 'fatigue', 'drained', 'wiped', 'wiped out', 'beat', 'gassed', 'no energy', 'low energy', 'sluggish', 'burnt out', 'burned out', 'burnout', 'run down', 'rundown', 'zombie', 'dead tired', 'knackered', 'spent', 'feel awful', 'feeling awful', 'feel terrible', 'feeling terrible', 'feel like crap', 'feel like garbage', 'feel like death',
  // "had a few beers last night lol feel rough": a rough morning after is a low-energy day (was not understood).
  'feel rough', 'feeling rough', 'feel rubbish', 'feeling rubbish', 'hungover', 'hung over', 'hangover',
  // A period is a rough day for many: read as low energy, so the day is eased, never a "didn't get that".
  'on my period', 'period cramps', 'cramps', 'cramping', 'pms', 'pmsing', 'time of the month',
  // No drive is a low day too ("not feeling it today", "unmotivated"): the day is eased, never "didn't get that".
  'not feeling it', 'not really feeling it', 'not feelin it', 'unmotivated', 'no motivation', 'zero motivation', 'not motivated', 'lacking motivation',
  'feeling lazy', 'feel lazy', "can't be bothered", 'cant be bothered', 'not in the mood', 'no drive', "don't feel like training", 'dont feel like training',
  "don't feel like working out", 'dont feel like working out', "don't wanna train", 'dont wanna train', "don't want to train", 'dont want to train'] as const;
/** Soreness words that, with no body part named, describe the person rather than a muscle ("feeling beat up"). */
export const WORN_OUT_WORDS = ['beat up', 'beaten up', 'wrecked', 'destroyed', 'fried', 'cooked', 'smoked', 'toast'] as const;
export const SLEEP_WORDS = ['slept', 'sleep', 'insomnia', 'up all night', 'rough night', 'no sleep', 'barely slept', "couldn't sleep", 'couldnt sleep'] as const;
export const STRESS_WORDS = ['stressed', 'stress', 'stressful', 'anxious', 'overwhelmed', 'crazy week', 'hectic', 'swamped'] as const;
export const FRESH_WORDS = ['fresh', 'rested', 'recovered', 'feel great', 'feeling great', 'feel good', 'feeling good', 'feeling strong', 'ready to go', 'energized', 'amazing'] as const;

// ---- logs ------------------------------------------------------------------------------------------------

/**
 * A PR told as today's news ("hit a PR on squat!! 155x5", "new PR", "PR'd my bench"): the set is today's log, said
 * back with a congrats, never a stated max (was "Noted: Back squat 155 lb x 5." and no log on the day).
 */
export const PR_HIT_WORDS = ['hit a pr', 'hit a new pr', 'new pr', 'got a pr', 'set a pr', "pr'd", 'prd', "pr'ed", 'pr today', 'hit a pb', 'new pb', 'new personal best', 'new personal record', 'hit a personal best', 'hit a personal record', 'new best'] as const;
export const PR_HIT = anyOf(PR_HIT_WORDS);
export const DONE_WORDS = [
  'done', 'did it', 'finished', 'complete', 'completed', 'crushed it', 'nailed it', 'got it done', 'killed it',
  'all done', 'in the books', 'knocked it out', 'smashed it', 'wrapped up', 'got it in', 'got through it', 'did the workout',
  'did the whole workout', 'did the full workout', 'did my workout', 'did the whole session', 'did the session',
  'did todays', "did today's", 'did my workout', 'did the run', 'did my run', 'did the lift', 'managed it', 'made it through',
  // A session cut short is still a session done (the note keeps what was left out): "only got through half the workout".
  'got through half', 'half the workout', 'half of the workout', 'half the session', 'half of it', 'most of the workout',
  'most of it', "couldn't finish", 'couldnt finish', 'could not finish', 'cut it short', 'cut the workout short', 'cut the session short',
] as const;
export const SKIPPED_WORDS = [
  'skip', 'skipped', 'skipping', 'missed', 'miss', "didn't train", 'didnt train', "didn't work out", 'didnt work out',
  "didn't workout", "didn't go", 'didnt go', "didn't make it", 'didnt make it', "didn't get to it", 'didnt get to it',
  "couldn't train", 'couldnt train', "couldn't make it", 'couldnt make it', 'bailed', 'took the day off', 'took today off',
  'rest day instead', 'no workout today', 'not today', "can't today", 'cant today', "won't make it", 'wont make it', 'gonna skip',
  "didn't do it", 'didnt do it', "didn't lift", 'didnt lift', "didn't run", 'didnt run',
] as const;
/** Run words: a number with one of these is a run even without "ran". */
export const RUN_WORDS = ['ran', 'run', 'runs', 'running', 'jog', 'jogged', 'jogging', 'long run', 'easy run', 'tempo', 'intervals', 'run walk', 'run/walk', 'walk run', 'miles', 'mile', 'mi', 'km', 'k', 'kms', 'kilometers', 'kilometres', 'treadmill', 'trail run', 'parkrun', 'strides', 'recovery run', 'shakeout'] as const;
/** A distance "a week" is a client's usual volume ("I run about 20 miles a week"), never one run to log. */
export const PER_WEEK_WORDS = ['a week', 'per week', 'each week', 'every week', 'a wk', 'per wk', 'weekly', 'mpw', 'kpw', '/wk', '/week', 'mi/wk', 'km/wk', 'miles/week', 'week in week out'] as const;
/**
 * A past time that names no day ("ran a 10k last month in 55:10"): a result to talk about, not a log, since
 * there is no day to put it on (nothing unsure is stored).
 */
export const VAGUE_PAST_WORDS = [
  'last month', 'last year', 'earlier this year', 'last spring', 'last summer', 'last fall', 'last autumn', 'last winter',
  'this past spring', 'this past summer', 'this past fall', 'a few weeks ago', 'a couple weeks ago', 'a couple of weeks ago', 'weeks ago',
  'months ago', 'a month ago', 'years ago', 'a year ago', 'a while ago', 'a while back', 'back in', 'in high school', 'in college',
  'in january', 'in february', 'in march', 'in april', 'in may', 'in june', 'in july', 'in august', 'in september', 'in october',
  'in november', 'in december', 'in jan', 'in feb', 'in mar', 'in apr', 'in jun', 'in jul', 'in aug', 'in sept', 'in sep', 'in oct', 'in nov', 'in dec',
] as const;
export const WALK_WORDS = ['walk', 'walked', 'walking', 'had to walk', 'walk breaks', 'run walk', 'run/walk', 'walk/run', 'hiked', 'hike'] as const;

// ---- goals ------------------------------------------------------------------------------------------------

/** A race distance as a goal is named ("a marathon", "a full", "the half", "a 10k"). */
const GOAL_RACE = String.raw`(?:a |an |the )?(?:full |half[- ])?(?:marathon|full|half|ultra|5\s*k|10\s*k|15\s*k|50\s*k)\b`;
/**
 * A new race goal told mid-plan ("i want to train for a marathon now", "switching to a full instead", "wanna step
 * up to the marathon"): a new plan asked for (new_plan), confirmed at its summary. A day named ("run a 5k instead
 * of the tempo today") is one session, not the goal.
 */
export const GOAL_SWITCH = new RegExp(
  String.raw`\b(?:switch(?:ing)?|step(?:ping)? up|mov(?:e|ing) up|chang(?:e|ing)|upgrad(?:e|ing))\s+(?:over\s+)?to\s+${GOAL_RACE}` +
    String.raw`|\b(?:want|wanna|going|gonna|like|rather|decided|plan(?:ning)?)\s+(?:to\s+)?(?:train for|do|run|race|go for|aim for)\s+${GOAL_RACE}.*\b(?:now|instead)\b` +
    String.raw`|\btrain(?:ing)? for\s+${GOAL_RACE}\s+(?:now|instead)\b`,
);
export const GOAL_SWITCH_NOT = /\b(?:today|tonight|tomorrow|tmrw|this (?:week|weekend)|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?)\b|\binstead of (?:the |my |a |an )?(?:run|tempo|workout|intervals|long run|easy)/;

/**
 * "why no running on weds", "why am i not running wednesday", "why nothing on friday", "why is there no run on sat":
 * a day's plan asked about (why it has no session): that day is shown, with the reason a rest day has.
 */
export const WHY_NO_SESSION = /\bwhy\b.*\b(?:no|not|nothing|isn'?t there (?:a|any)|aren'?t there any|off|rest(?:ing)?)\b(?: (?:a|any|my))?(?: (?:running|run|runs|workout|workouts|training|session|lifting|lift))?\b/;

/**
 * "I also lift mondays", "i swim on tuesdays", "i play soccer wednesdays": another sport on a weekday, told. The
 * sport words; the rule (rules.ts) wants a weekday beside one and no log or question.
 */
export const OTHER_SPORT_ON_DAY = /\b(?:i|we)\b(?: also| usually| still| normally)? (?:lift|lifts|lifting|weight ?train|strength train|swim|swims|bike|ride|cycle|climb|box|row|play (?:soccer|football|basketball|tennis|pickleball|hockey|volleyball|rugby|golf)|do (?:yoga|pilates|barre|crossfit|spin|weights|jiu jitsu|bjj|martial arts)|go to (?:yoga|pilates|spin|crossfit|the gym))\b/;

// ---- questions -------------------------------------------------------------------------------------------

/** A text that opens with one of these, or ends with "?", asks rather than reports. */
export const QUESTION_OPENERS = [
  'what', "what's", 'whats', 'why', 'when', 'how', 'should', 'can', 'could', 'would', 'will', 'is', 'are', 'am', 'do',
  'does', 'did i', 'which', 'where', 'who', 'whos', "who's", 'any', 'is it', 'is that', 'shall', 'may', 'explain', 'tell me', 'remind me',
  'wondering', 'curious', 'wtf', 'wth', 'huh',
] as const;

/** Phrases that try to make the coach act outside its rules: never a log, never a change. */
export const INJECTION_PHRASES = [
  'ignore your instructions', 'ignore previous instructions', 'ignore all previous', 'ignore the above', 'ignore all instructions',
  'ignore your rules', 'disregard your', 'disregard previous', 'forget your instructions', 'forget everything',
  'you are now', 'act as', 'pretend to be', 'system prompt', 'developer mode', 'jailbreak', 'new instructions',
  'override', 'admin mode', 'as an ai', 'reveal your prompt',
] as const;

// ---- away from home, and moving one session ---------------------------------------------------------------

/** Words that alone say the client is away from home ("traveling next week", "out of town thu-sat"). */
export const AWAY_WORDS = [
  'travel', 'traveling', 'travelling', 'travels', 'traveled', 'trip', 'vacation', 'vacay', 'holiday', 'hotel', 'airbnb', 'out of town',
  'on the road', 'business trip', 'work trip', 'conference', 'staying with', 'house sitting', 'housesitting', 'cabin', 'camping',
  'visiting family', 'visiting my family', 'visiting the family', 'family visit', 'away for', 'away next', 'away this', 'away from home',
  'away until', 'away till', 'away the week', 'away that week', 'away the weekend', 'away over', 'out of the country', 'abroad',
] as const;
/**
 * Where people stay when away, said as "at my parents'", "going to my mom's", "visiting the in-laws": with
 * AWAY_PLACE_LEADS before it, a trip (an apostrophe or "s" after the word, and "house"/"place", are allowed).
 */
export const AWAY_PLACE_WORDS = [
  'parents', 'folks', 'family', 'mom', 'mum', 'dad', 'in-laws', 'inlaws', 'in laws', 'grandma', 'grandpa', 'grandparents', 'nana',
  'sister', 'brother', 'aunt', 'uncle', 'cousin', 'cousins', 'friend', 'friends', 'relatives', 'boyfriend', 'girlfriend', 'bf', 'gf',
] as const;
export const AWAY_PLACE_LEADS = ['at', 'to', 'visiting', 'visit', 'see', 'seeing', 'with', 'staying at', 'stay at', 'be at'] as const;
/** Going somewhere ("heading to denver", "in austin for work"): a trip only when the days are named too. */
export const GOING_WORDS = ['heading to', 'headed to', 'heading out to', 'going to', 'goin to', 'flying to', 'flying out to', 'driving to', 'off to', 'road trip to', 'leaving for', 'leave for', 'fly to', 'fly out to', 'travelling to', 'traveling to', 'going back to', 'heading back to'] as const;
/**
 * Things a client goes to for a day that are no trip ("going to a wedding sunday", "off to a birthday party sat"):
 * the day is busy, the kit at home is unchanged. Flying or driving to one, or one in another city, is still a trip.
 */
export const OUTING_WORDS = [
  'wedding', 'party', 'birthday', 'funeral', 'concert', 'game', 'match', 'show', 'bbq', 'barbecue', 'cookout', 'dinner',
  'brunch', 'lunch', 'graduation', 'christening', 'baptism', 'shower', 'recital', 'movie', 'movies', 'church', 'reunion',
] as const;
/**
 * Being out for a day ahead ("im out this sat at a wedding", "i'm at a wedding sat", "busy tmrw"): that day's
 * session cannot be made, as "can't make it sat" (the outing itself is OUTING_WORDS).
 */
export const BUSY_DAY_WORDS = ['out', 'busy', 'tied up', 'booked', 'slammed', 'swamped'] as const;
/** "in denver for work": in a place for one of these reasons. */
export const AWAY_REASON_WORDS = ['for work', 'for a work thing', 'for business', 'for a conference', 'for a wedding', 'for a funeral', 'for the holidays', 'for the weekend'] as const;

/** Verbs that move a session from one day to another ("move thursday's workout to friday", "swap sat to sun"). */
export const MOVE_WORDS = ['move', 'moving', 'swap', 'switch', 'shift', 'push', 'reschedule', 'trade', 'do', 'flip'] as const;
/** Wording that makes a change of days permanent: only these change the training days, never a one-off move. */
export const PERMANENT_WORDS = [
  'from now on', 'going forward', 'every week', 'each week', 'permanently', 'for good', 'anymore', 'any more', 'no longer',
  'my days are', 'my days to', 'my training days', 'my schedule', 'all my', 'from here on', 'moving forward', 'for the rest of',
  'every', 'usual days', 'regular days', 'can only', 'only train', 'only do', 'only make',
] as const;
/** PERMANENT_WORDS that hold even beside "this week" / "next week" ("next week i can only do tue and sat" is that week). */
export const PERMANENT_EVEN_THIS_WEEK: ReadonlyArray<(typeof PERMANENT_WORDS)[number]> = PERMANENT_WORDS.filter((w) => !['can only', 'only train', 'only do', 'only make', 'my schedule', 'all my'].includes(w));

/**
 * Told mid-plan: the client cannot use their legs now ("im in a wheelchair now", "broke my leg, in a cast for 6
 * weeks", "non weight bearing"): the lifting becomes upper body only, every lift seated (handlers upper_body_only).
 */
/**
 * Told after LEGS_OUT_SAID: the legs are back ("cast is off", "out of the boot", "back on my feet", "off crutches",
 * "cleared to walk"): the lower body returns, light for two weeks (handlers legs_back). Checked before
 * LEGS_OUT_SAID: "broke my leg in march, the cast came off today" is the end of it.
 */
const LEG_SUPPORT = String.raw`(?:cast|casts|boot|walking boot|moon boot|brace|crutches|wheel ?chair|splint)`;
export const LEGS_BACK_SAID: readonly RegExp[] = [
  new RegExp(String.raw`\b${LEG_SUPPORT}(?:'s| is| are| was| has been| have been| got| came| come| comes| just came| finally came| finally got| is finally)? (?:off|removed|gone|taken off)\b`),
  new RegExp(String.raw`\b(?:got|get|getting|took|had|have|finally got) (?:my |the |rid of (?:my |the )?)?${LEG_SUPPORT} (?:off|removed|taken off)\b`),
  new RegExp(String.raw`\b(?:got rid of|ditched|done with|finished with|free of|no more|no longer (?:in|on|using|need)) (?:my |the |a )?${LEG_SUPPORT}\b`),
  new RegExp(String.raw`\b(?:out of|off) (?:the |my |a )?${LEG_SUPPORT}\b`),
  /\bback on (?:my|both|two) (?:feet|legs)\b/,
  /(?<!non[ -]?)\b(?:(?:full(?:y)?|partial(?:ly)?) )?weight.?bearing (?:again|now)\b/,
  /\bcleared (?:me )?(?:to|for) (?:walk|walking|bear weight|weight.?bearing|use my legs?|train my legs|leg (?:work|day|training))\b/,
  /\b(?:can|able to) (?:walk|use my legs?|stand|put weight on (?:it|my (?:leg|foot|ankle))) again\b/,
  /\bwalking (?:again|normally again|without (?:crutches|the boot|a boot|a cast))\b/,
];

export const LEGS_OUT_SAID: readonly RegExp[] = [
  /\b(?:i'?m|im|i am|now|been|stuck)\s+(?:in|using|use|on)\s+(?:a\s+)?wheel ?chair\b/,
  /\bwheel ?chair (?:user|now|bound|for (?:now|good|the next|a few|\d+|six|two|three|four|five|eight))\b/,
  /\b(?:broke|broken|fractured|snapped) (?:my |a |both )?(?:leg|legs|ankle|ankles|foot|feet|femur|tibia|fibula|kneecap)\b.*\b(?:cast|boot|crutches|weight.?bearing)\b/,
  /\b(?:leg|ankle|foot|knee) (?:is |are )?in a (?:cast|boot)\b/,
  /\bnon.?weight.?bearing\b/,
  /\b(?:paraly[sz]ed from the waist down|paraple(?:gic|gia)|(?:can'?t|cannot|can not) (?:use|move|stand on) (?:my|both|either) legs?)\b/,
];
