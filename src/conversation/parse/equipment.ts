import { EQUIPMENT, EQUIPMENT_PRESETS, type Equipment } from '../../engine/vocabulary.js';
import { fail, normalize, ok, type ParseResult } from './text.js';

const PRESET_PATTERNS: Array<[RegExp, keyof typeof EQUIPMENT_PRESETS]> = [
  [/\bhotel\b/, 'hotel_gym'],
  [/\b(home|garage|basement|apartment) gym\b/, 'home_gym'],
  [/\b(dumbbells? only|only dumbbells?|just dumbbells?|dbs? only|only dbs?|just dbs?)\b/, 'dumbbells_only'],
  [/\b(body ?weight|no equipment|nothing|no gym|calisthenics|none)\b/, 'bodyweight'],
  [/\b(full|commercial|regular|big|normal|public|globo|chain|university|college|school|work|office) gym\b|\b(planet fitness|la fitness|ymca|24 hour fitness|equinox|gold'?s|anytime fitness|crossfit|lifetime|life time)\b/, 'full_gym'],
];

const ITEM_PATTERNS: Array<[RegExp, Equipment]> = [
  [/\b(barbells?|olympic bar)\b/, 'barbell'],
  [/\b((squat |power )?racks?|squat stand)\b/, 'rack'],
  [/\bbench(es)?\b/, 'bench'],
  [/\b(dumbbells?|dbs?|dumb bells?)\b/, 'dumbbell'],
  [/\b(kettlebells?|kbs?|kettle bells?)\b/, 'kettlebell'],
  [/\b(cables?|cable machine)\b/, 'cable'],
  [/\b(machines?|smith)\b/, 'machine'],
  [/\b(pull ?-?up bar|chin ?-?up bar|pull ?-?ups?|chin ?-?ups?)\b/, 'pullup_bar'],
  [/\b(bands?|resistance bands?|trx)\b/, 'bands'],
];

function ordered(items: Iterable<Equipment>): Equipment[] {
  const set = new Set(items);
  return EQUIPMENT.filter((e) => set.has(e));
}

/**
 * Equipment named in a text, or null when none is: presets ("full gym", "home gym", "dumbbells only",
 * "hotel gym", "just bodyweight") plus any items named ("home gym with kettlebells"). Bodyweight is always
 * available, so it is always included.
 */
export function findEquipment(text: string): Equipment[] | null {
  const t = normalize(text);
  const found = new Set<Equipment>();
  let matched = false;
  for (const [re, preset] of PRESET_PATTERNS) {
    if (re.test(t)) {
      EQUIPMENT_PRESETS[preset].forEach((e) => found.add(e));
      matched = true;
      if (preset === 'dumbbells_only') break;
    }
  }
  for (const [re, item] of ITEM_PATTERNS) {
    if (re.test(t)) {
      found.add(item);
      matched = true;
    }
  }
  if (!matched && /^(the )?gym$|\b(at|to) (a|the) gym\b|\bgym membership\b/.test(t)) {
    EQUIPMENT_PRESETS.full_gym.forEach((e) => found.add(e));
    matched = true;
  }
  if (!matched && /^(at )?home$/.test(t)) {
    EQUIPMENT_PRESETS.bodyweight.forEach((e) => found.add(e));
    matched = true;
  }
  if (!matched) return null;
  found.add('bodyweight');
  return ordered(found);
}

export function parseEquipment(text: string): ParseResult<Equipment[]> {
  const found = findEquipment(text);
  if (found === null) {
    return fail("I didn't catch your setup - try 'full gym', 'home gym', 'dumbbells only', 'hotel gym' or 'just bodyweight'");
  }
  return ok(found);
}
