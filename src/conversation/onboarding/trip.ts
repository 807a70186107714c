/**
 * A trip told inside an onboarding text ("home gym with a barbell and dumbbells. away dec 10-17, just a band"):
 * the trip's part of the text (its kit, its city, its days) is not the client's home kit, home or week. The trip
 * starts at the clause that says the client is away and runs to the end of its sentence, so what comes before it
 * is still read as usual and what comes after it in that sentence ("just a band there") is the trip's.
 */
import { awayKind } from '../parse/away.js';
import { anyOf, AWAY_REASON_WORDS } from '../words.js';

const REASON = anyOf(AWAY_REASON_WORDS);
/** When the trip is: days, dates, a stay's length. Without one, "hotel gym" is where they train, not a trip. */
const WHEN = new RegExp(
  [
    /\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(day)?s?\b/.source,
    /\b(tomorrow|today|tonight|this week(?:end)?|next week(?:end)?|next month|over the holidays|for the holidays)\b/.source,
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b/.source,
    /\b(?:on|from) the \d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}\s*-\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:min|mins|minutes|reps?|x|lbs?|kg|miles?|km|days? a|times))/.source,
    /\bfor (?:\d+|a|one|two|three|a few|a couple(?: of)?) (?:days?|nights?|weeks?|wks?)\b|\b(?:until|till|til|through|thru) /.source,
  ].join('|'),
);

/** "away dec 10-17", "on a trip": a word that says away once a time is beside it. */
const TRIP_WORD = /\b(away|trip|travel\w*|hotel|vacation|vacay)\b/;
/**
 * A sentence after the trip's that is still about where they will be ("hotel gym only has dumbells up to 50",
 * "just a band there"), not home ("at home I have a rack").
 */
const TRIP_PLACE = /\b(hotel|airbnb|there|while (?:i'?m |im )?(?:away|there|gone|traveling|travelling)|on the (?:trip|road))\b/;
const HOME_PLACE = /\b(home|my gym|my usual|usually|normally)\b/;

export interface TripSplit {
  /** The text without the trip's part: read for every slot as usual. */
  home: string;
  /** The trip's part, kept as a note for the plan; null when the text tells no trip. */
  trip: string | null;
}

/** Splits a (normalized or raw) text into what is about home and what is about a trip. */
export function splitTrip(text: string): TripSplit {
  const sentences = text.split(/(?<=[.!?\n])\s*/);
  for (const [i, s] of sentences.entries()) {
    const low = s.toLowerCase();
    if (awayKind(low) === null && !REASON.test(low) && !TRIP_WORD.test(low)) continue;
    if (!WHEN.test(low)) continue;
    // "can i swap sat and sun this week? going to a wedding sunday": an outing given as a swap's reason is no trip.
    if (awayKind(low) === 'going' && !TRIP_WORD.test(low) && /\b(move|moving|swap|switch|shift|reschedule|trade)\b/.test(text.toLowerCase())) continue;
    const clauses = s.split(/(?<=,)\s*/);
    const at = clauses.findIndex((c) => awayKind(c.toLowerCase()) !== null || REASON.test(c.toLowerCase()) || TRIP_WORD.test(c.toLowerCase()));
    const from = at < 0 ? 0 : at;
    // The trip runs on through the sentences that go on about the place they will be.
    let end = i + 1;
    while (end < sentences.length && TRIP_PLACE.test(sentences[end]!.toLowerCase()) && !HOME_PLACE.test(sentences[end]!.toLowerCase())) end++;
    const home = [...sentences.slice(0, i), clauses.slice(0, from).join(' ').replace(/,\s*$/, ''), ...sentences.slice(end)].map((x) => x.trim()).filter(Boolean).join(' ');
    return { home, trip: [clauses.slice(from).join(' '), ...sentences.slice(i + 1, end)].join(' ').trim() };
  }
  return { home: text, trip: null };
}
