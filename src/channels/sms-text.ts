/**
 * SMS text rules: the GSM-7 alphabet, Twilio's segment arithmetic, and fitting a message into a segment
 * budget. One curly quote or emoji turns a whole message into UCS-2 (70 characters a segment instead of
 * 160), so every outbound text goes through `toGsm7` before it is counted or sent.
 */

/** GSM 03.38 basic character set (without ESC, which is never written by hand). */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Extension table: each costs two septets (ESC + char). */
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const BASIC_SET = new Set(Array.from(GSM7_BASIC));
const EXTENSION_SET = new Set(Array.from(GSM7_EXTENSION));

export const GSM7_SINGLE = 160;
export const GSM7_PART = 153;
export const UCS2_SINGLE = 70;
export const UCS2_PART = 67;
/** Twilio rejects bodies longer than this (characters). */
export const SMS_BODY_LIMIT = 1600;

/** Look-alikes a phone keyboard or a language model produces, mapped to their GSM-7 spelling. */
const REPLACEMENTS: ReadonlyArray<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g, '-'],
  [/[\u00D7\u2715\u2716]/g, 'x'],
  [/\u2026/g, '...'],
  [/[\u2022\u00B7\u25CF\u25AA\u2023]/g, '-'],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' '],
  [/\u2192/g, '->'],
  [/\u2264/g, '<='],
  [/\u2265/g, '>='],
  [/\u00BD/g, '1/2'],
  [/\u00BC/g, '1/4'],
  [/\u00BE/g, '3/4'],
  [/\u00B0/g, ' deg'],
  [/\u2122/g, 'TM'],
  [/\u00A9/g, '(c)'],
  [/\r\n?/g, '\n'],
];

const REMOVED = '\u0000';

const escapeClass = (chars: string) => Array.from(chars, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
/**
 * Text already in the GSM-7 alphabet with nothing to rewrite (no \r, which becomes \n): the common case, a
 * formatter's own lines, checked in one regex pass instead of a Set lookup per character. The message fitter
 * converts and counts the same day's text dozens of times per client, so this is most of a morning's CPU.
 */
const PLAIN_GSM = new RegExp(`^[${escapeClass((GSM7_BASIC + GSM7_EXTENSION).replace('\r', ''))}]*$`);
/** Any GSM-7 extension character (two septets). */
const HAS_EXTENSION = new RegExp(`[${escapeClass(GSM7_EXTENSION)}]`);
const EXTENSION_CODES = new Set(Array.from(GSM7_EXTENSION, (c) => c.charCodeAt(0)));

function isGsmChar(ch: string): boolean {
  return BASIC_SET.has(ch) || EXTENSION_SET.has(ch);
}

/**
 * Rewrites text into the GSM-7 alphabet: typographic punctuation becomes its plain form, accented letters
 * outside GSM-7 lose their accent, and anything else (emoji, CJK, symbols) is dropped. Never throws.
 */
export function toGsm7(text: string): string {
  if (typeof text !== 'string') return '';
  // Nothing to replace or remove: only the spacing tidy-up below applies.
  if (PLAIN_GSM.test(text)) return text.replace(/ +\n/g, '\n').trim();
  let s = text;
  for (const [re, to] of REPLACEMENTS) s = s.replace(re, to);
  // Removed characters become a marker first so the spaces around them can be tidied without touching
  // the spacing of the rest of the text.
  let out = '';
  for (const ch of s) {
    if (isGsmChar(ch)) {
      out += ch;
      continue;
    }
    // "ç", "á", "ō": keep the base letter when the accented one is not in GSM-7.
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += base.length > 0 && Array.from(base).every(isGsmChar) ? base : REMOVED;
  }
  return out
    .replace(/(^|\n) *\u0000[\u0000 ]*/g, '$1')
    .replace(/ *\u0000[\u0000 ]*(?=$|\n|[!?.,;:)])/g, '')
    .replace(/ *\u0000[\u0000 ]*/g, (m) => (m.includes(' ') ? ' ' : ''))
    .replace(/ +\n/g, '\n')
    .trim();
}

/** The most segments one outbound body may take: 10 GSM-7 parts (1530 characters) stay under Twilio's 1600. */
export const MAX_BODY_SEGMENTS = 10;

/**
 * The one function that turns what the coach wants to say into what is stored and sent, on every path
 * (TwiML reply, local chat, REST send): GSM-7 only, and cut with "..." to MAX_BODY_SEGMENTS when longer.
 * Whatever is stored is byte for byte what the client receives.
 */
export function smsBody(text: string): string {
  return fitSegments([text], MAX_BODY_SEGMENTS);
}

/**
 * True when `text` is GSM-7 that costs one septet per character and that toGsm7 leaves as it is inside a
 * line (no extension character, no line break or carriage return): swapping it for another such text of the
 * same length changes no segment count.
 */
export function isPlainSeptets(text: string): boolean {
  return PLAIN_GSM.test(text) && !HAS_EXTENSION.test(text) && !text.includes('\n');
}

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!isGsmChar(ch)) return false;
  return true;
}

export interface SegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** Septets for GSM-7 (extension characters count 2); UTF-16 code units for UCS-2. */
  characters: number;
}

/** Per-character cost in the message's encoding: septets, or UTF-16 code units. */
function units(text: string, encoding: 'GSM-7' | 'UCS-2'): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(encoding === 'GSM-7' ? (EXTENSION_SET.has(ch) ? 2 : 1) : ch.length);
  return out;
}

/**
 * Packs characters into parts of `partSize`, never splitting an escape pair or a surrogate pair across a
 * boundary (the carrier would not either), which is why a long message can need one part more than
 * ceil(characters / partSize).
 */
function packParts(costs: number[], partSize: number): number {
  let parts = 1;
  let used = 0;
  for (const c of costs) {
    if (used + c > partSize) {
      parts += 1;
      used = 0;
    }
    used += c;
  }
  return parts;
}

/** Segments Twilio bills for `text`: GSM-7 160 single / 153 per part, UCS-2 70 / 67. Empty text is 0. */
export function countSegments(text: string): SegmentCount {
  // Plain GSM-7 (the formatter's own text): septets counted over the string's code units in one pass, with
  // no per-character array; parts never split an escape pair, as packParts.
  if (PLAIN_GSM.test(text)) {
    if (!HAS_EXTENSION.test(text)) {
      const characters = text.length;
      return { encoding: 'GSM-7', segments: characters === 0 ? 0 : characters <= GSM7_SINGLE ? 1 : Math.ceil(characters / GSM7_PART), characters };
    }
    let characters = 0;
    let parts = 1;
    let used = 0;
    for (let i = 0; i < text.length; i++) {
      const c = EXTENSION_CODES.has(text.charCodeAt(i)) ? 2 : 1;
      characters += c;
      if (used + c > GSM7_PART) {
        parts += 1;
        used = 0;
      }
      used += c;
    }
    return { encoding: 'GSM-7', segments: characters <= GSM7_SINGLE ? 1 : parts, characters };
  }
  const encoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const costs = units(text, encoding);
  const characters = costs.reduce((a, b) => a + b, 0);
  if (characters === 0) return { encoding, segments: 0, characters };
  const single = encoding === 'GSM-7' ? GSM7_SINGLE : UCS2_SINGLE;
  const part = encoding === 'GSM-7' ? GSM7_PART : UCS2_PART;
  const segments = characters <= single ? 1 : packParts(costs, part);
  return { encoding, segments, characters };
}

function fits(text: string, maxSegments: number): boolean {
  return countSegments(text).segments <= maxSegments && text.length <= SMS_BODY_LIMIT;
}

/** Longest prefix of `text` (ending at a word boundary when one is near) that fits `maxSegments`. */
function cutToFit(text: string, maxSegments: number, ellipsis: string): string {
  if (fits(text, maxSegments)) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // Binary search on character count: segment count grows monotonically with prefix length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(chars.slice(0, mid).join('') + ellipsis, maxSegments)) lo = mid;
    else hi = mid - 1;
  }
  let prefix = chars.slice(0, lo).join('');
  const lastSpace = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('\n'));
  if (lastSpace > prefix.length * 0.7) prefix = prefix.slice(0, lastSpace);
  return prefix.trimEnd() + ellipsis;
}

/**
 * Splits a long text into message bodies that each fit `maxSegments` (default 10, which keeps a GSM-7
 * body under Twilio's 1600-character limit). Breaks at line ends first, then at spaces, then anywhere.
 */
export function splitForSms(text: string, maxSegments = 10): string[] {
  const max = Math.max(1, Math.floor(maxSegments));
  const clean = text.trim();
  if (clean === '') return [];
  const bodies: string[] = [];
  let current = '';
  const pushPiece = (piece: string): void => {
    const joined = current === '' ? piece : `${current}\n${piece}`;
    if (fits(joined, max)) {
      current = joined;
      return;
    }
    if (current !== '') bodies.push(current);
    current = '';
    let rest = piece;
    while (!fits(rest, max)) {
      const head = cutToFit(rest, max, '');
      const taken = head.length > 0 ? head : Array.from(rest)[0] ?? '';
      bodies.push(taken.trimEnd());
      rest = rest.slice(taken.length).trimStart();
    }
    current = rest;
  };
  for (const line of clean.split('\n')) pushPiece(line);
  if (current !== '') bodies.push(current);
  return bodies;
}

/** A line of a message with its priority: when space runs out, the lowest priority goes first. */
export interface MessageLine {
  text: string;
  /** Higher is kept longer. Plain strings count as 0. */
  priority: number;
}

/**
 * Joins lines into one GSM-7 message of at most `maxSegments`, dropping lines until it fits: the lowest
 * priority first, and among equals the last one first (so with plain strings, trailing lines go first).
 * When even the most important line alone is too long it is shortened with "...".
 */
export function fitSegments(lines: ReadonlyArray<string | MessageLine>, maxSegments: number): string {
  const max = Math.max(1, Math.floor(maxSegments));
  const kept = lines
    .map((l, index) => (typeof l === 'string' ? { text: l, priority: 0, index } : { ...l, index }))
    .map((l) => ({ ...l, text: toGsm7(l.text) }))
    .filter((l) => l.text !== '');
  const join = (): string => kept.map((l) => l.text).join('\n');
  while (kept.length > 1 && !fits(join(), max)) {
    let drop = 0;
    for (let i = 1; i < kept.length; i++) {
      const k = kept[i]!;
      const d = kept[drop]!;
      if (k.priority <= d.priority) drop = i;
    }
    kept.splice(drop, 1);
  }
  return cutToFit(join(), max, '...');
}
