import { fail, ok, type ParseResult } from './text.js';
import { FILLER_WORDS, NO_WORDS, YES_WORDS } from '../words.js';

/** "k", "ok", "yep", "lol": an acknowledgement at the name question is not a name. */
const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set<string>([...YES_WORDS, ...NO_WORDS, ...FILLER_WORDS]);

// How a set felt ("…went 40 instead of 30, easy."), a day or a plain word standing alone in its sentence is no name
// (was "Hi Easy!").
const NOT_A_NAME = /^(hi|hey|hello|yo|sup|yes|no|ok|okay|help|what|why|who|start|stop|back|idk|test|thanks|thank you|hola|gracias|si|sí|easy|hard|heavy|light|good|great|fine|done|tough|brutal|tired|sore|nice|cool|sure|maybe|none|nope|yep|yeah|today|tomorrow|rest)$/i;

function titleCase(word: string): string {
  // Respect names already typed with capitals ("McKenzie", "DeShawn"); fix all-lower or all-caps ones.
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  // Initials typed in capitals stay so ("DJ", "AJ").
  if (word.length <= 2 && word === word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The client's name from "Sam", "I'm Sam", "my name is Sam Lee", "it's sam", "call me Sam", "Sam here".
 * Up to three words of letters, hyphens and apostrophes; "hi" or a number is re-asked.
 */
export function parseName(text: string): ParseResult<string> {
  let t = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .trim()
    .replace(/[.!?,;:)(]+$/g, '')
    .replace(/^(hi|hey|hello|yo|hola|buenos dias|buenas)[,!. \u2013\u2014-]+/i, '')
    // Spanish ("me llamo Lucía", "soy Ana", "mi nombre es …"), French, Portuguese: mixed-language clients introduce themselves so.
    .replace(/^(?:my name is|my name's|name is|name's|i am|i'm|im|it's|its|this is|call me|they call me|you can call me|it is|me llamo|mi nombre es|soy|je m'appelle|je suis|meu nome (?:é|e)|eu sou)\s+/i, '')
    .replace(/\s+here$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  t = t.replace(/^(?:just\s+)/i, '');
  const words = t.split(' ').filter((w) => w !== '');
  if (words.length === 0 || words.length > 3 || NOT_A_NAME.test(t) || ACKNOWLEDGEMENTS.has(t.toLowerCase())) return fail("What should I call you? Just your first name is fine");
  if (!words.every((w) => /^\p{L}[\p{L}'-]*\.?$/u.test(w))) return fail("What should I call you? Just your first name is fine");
  if (t.length > 40) return fail("What should I call you? Just your first name is fine");
  return ok(words.map(titleCase).join(' '));
}
