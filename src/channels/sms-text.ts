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

/**
 * Septets per UTF-16 code unit: 1 for the basic table, 2 for the extension table (ESC + char), 0 outside
 * GSM-7. Every character of both tables is in the BMP, so one lookup per code unit decides (a surrogate is
 * 0). Every reply is checked and counted several times on its way out: a table beats Set lookups of
 * one-character strings (and the garbage they make) on the texting rush's hot path.
 */
const SEPTETS = new Uint8Array(0x10000);
for (const ch of GSM7_BASIC) SEPTETS[ch.charCodeAt(0)] = 1;
for (const ch of GSM7_EXTENSION) SEPTETS[ch.charCodeAt(0)] = 2;
const CR = 0x0d;
const FORM_FEED = 0x0c;
const LF = 0x0a;

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
  // A form feed is in GSM-7's extension table but is no character XML 1.0 can carry (TwiML): a line break.
  [/\f/g, '\n'],
];

const REMOVED = '\u0000';

function isGsmChar(ch: string): boolean {
  return ch.length === 1 && SEPTETS[ch.charCodeAt(0)] !== 0;
}

/** True when `text` is already what toGsm7 keeps character for character: GSM-7 only, no CR or form feed to fold. */
function plainGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SEPTETS[code] === 0 || code === CR || code === FORM_FEED) return false;
  }
  return true;
}

/**
 * Rewrites text into the GSM-7 alphabet: typographic punctuation becomes its plain form, accented letters
 * outside GSM-7 lose their accent, and anything else (emoji, CJK, symbols) is dropped. Never throws.
 */
export function toGsm7(text: string): string {
  if (typeof text !== 'string') return '';
  // The common case (the coach's own words): nothing to replace or drop, only the spacing tidied as below.
  if (plainGsm7(text)) return (text.includes(' \n') ? text.replace(/ +\n/g, '\n') : text).trim();
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
  return smsBodyCounted(text).body;
}

/**
 * smsBody with its segment count, counted once (what the outbound row stores beside the body). A pure function of
 * the text, remembered for the texts last asked (frozen, shared): under a texting rush many clients are sent the
 * same words (a roster's "what's today" on the same template), and each of them was made GSM-7 and counted again.
 */
export function smsBodyCounted(text: string): { body: string; count: SegmentCount } {
  const known = bodiesCounted.get(text);
  if (known) return known;
  const fitted = fitSegmentsCounted([text], MAX_BODY_SEGMENTS);
  const counted = Object.freeze({ body: fitted.body, count: Object.freeze(fitted.count) });
  if (text.length > BODY_COUNTED_MAX_CHARS) return counted;
  if (bodiesCounted.size >= BODIES_COUNTED_CAPACITY) bodiesCounted.delete(bodiesCounted.keys().next().value!);
  bodiesCounted.set(text, counted);
  return counted;
}

/** The texts smsBodyCounted last counted (insertion order: the oldest goes first); a bound on memory. */
const bodiesCounted = new Map<string, { body: string; count: SegmentCount }>();
const BODIES_COUNTED_CAPACITY = 2000;
const BODY_COUNTED_MAX_CHARS = 4000;

/**
 * True when `text` is GSM-7 that costs one septet per character and that toGsm7 leaves as it is inside a
 * line (no extension character, no line break or carriage return): swapping it for another such text of the
 * same length changes no segment count.
 */
export function isPlainSeptets(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (SEPTETS[code] !== 1 || code === CR || code === FORM_FEED || code === LF) return false;
  }
  return true;
}

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (SEPTETS[text.charCodeAt(i)] === 0) return false;
  return true;
}

export interface SegmentCount {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  /** Septets for GSM-7 (extension characters count 2); UTF-16 code units for UCS-2. */
  characters: number;
}

/** UTF-16 code units of the code point at `i` (2 for a surrogate pair): what UCS-2 bills, never split across parts. */
function codePointUnits(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Packs characters into parts of `partSize`, never splitting an escape pair or a surrogate pair across a
 * boundary (the carrier would not either), which is why a long message can need one part more than
 * ceil(characters / partSize).
 */
function packParts(text: string, gsm: boolean, partSize: number): number {
  let parts = 1;
  let used = 0;
  for (let i = 0; i < text.length; ) {
    const units = gsm ? 1 : codePointUnits(text, i);
    const cost = gsm ? SEPTETS[text.charCodeAt(i)]! : units;
    if (used + cost > partSize) {
      parts += 1;
      used = 0;
    }
    used += cost;
    i += units;
  }
  return parts;
}

/** Segments Twilio bills for `text`: GSM-7 160 single / 153 per part, UCS-2 70 / 67. Empty text is 0. */
export function countSegments(text: string): SegmentCount {
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = SEPTETS[text.charCodeAt(i)]!;
    if (cost === 0) {
      septets = -1;
      break;
    }
    septets += cost;
  }
  const gsm = septets >= 0;
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  // UCS-2 counts UTF-16 code units: a surrogate pair (an emoji) is 2.
  const characters = gsm ? septets : text.length;
  if (characters === 0) return { encoding, segments: 0, characters };
  const single = gsm ? GSM7_SINGLE : UCS2_SINGLE;
  const part = gsm ? GSM7_PART : UCS2_PART;
  const segments = characters <= single ? 1 : packParts(text, gsm, part);
  return { encoding, segments, characters };
}

/** The count of `text` when it fits `maxSegments` and Twilio's length limit; null when it does not. */
function countIfFits(text: string, maxSegments: number): SegmentCount | null {
  if (text.length > SMS_BODY_LIMIT) return null;
  const count = countSegments(text);
  return count.segments <= maxSegments ? count : null;
}

function fits(text: string, maxSegments: number): boolean {
  return countIfFits(text, maxSegments) !== null;
}

/** Longest prefix of `text` (ending at a word boundary when one is near) that fits `maxSegments`. */
function cutToFit(text: string, maxSegments: number, ellipsis: string): string {
  return countIfFits(text, maxSegments) ? text : cutLonger(text, maxSegments, ellipsis);
}

/** cutToFit for a text known not to fit. */
function cutLonger(text: string, maxSegments: number, ellipsis: string): string {
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
  /** Said instead of dropping the line when the message is too long ("Tomorrow: Full body B. Text "tomorrow" for all of it."). */
  short?: string;
}

/**
 * Joins lines into one GSM-7 message of at most `maxSegments`, dropping lines until it fits: the lowest
 * priority first, and among equals the last one first (so with plain strings, trailing lines go first).
 * When even the most important line alone is too long it is shortened with "...".
 */
export function fitSegments(lines: ReadonlyArray<string | MessageLine>, maxSegments: number): string {
  return fitSegmentsCounted(lines, maxSegments).body;
}

/** fitSegments with the result's segment count (counted while fitting, not again). */
function fitSegmentsCounted(lines: ReadonlyArray<string | MessageLine>, maxSegments: number): { body: string; count: SegmentCount } {
  const max = Math.max(1, Math.floor(maxSegments));
  const kept: { text: string; priority: number; short?: string }[] = [];
  for (const l of lines) {
    const text = toGsm7(typeof l === 'string' ? l : l.text);
    if (text !== '') kept.push({ text, priority: typeof l === 'string' ? 0 : l.priority, ...(typeof l !== 'string' && l.short ? { short: toGsm7(l.short) } : {}) });
  }
  let joined = kept.length === 1 ? kept[0]!.text : kept.map((l) => l.text).join('\n');
  let count = countIfFits(joined, max);
  while (kept.length > 1 && !count) {
    let drop = 0;
    for (let i = 1; i < kept.length; i++) {
      const k = kept[i]!;
      const d = kept[drop]!;
      if (k.priority <= d.priority) drop = i;
    }
    // A line with a short form is shortened before it is dropped: the answer stays, its detail goes.
    const d = kept[drop]!;
    if (d.short !== undefined) kept[drop] = { text: d.short, priority: d.priority };
    else kept.splice(drop, 1);
    joined = kept.map((l) => l.text).join('\n');
    count = countIfFits(joined, max);
  }
  if (count) return { body: joined, count };
  const body = cutLonger(joined, max, '...');
  return { body, count: countSegments(body) };
}
