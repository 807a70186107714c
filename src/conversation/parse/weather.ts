/**
 * Weather told, not asked ("it's 95 degrees out", "snow, doing it on the treadmill", "so humid today"): what a
 * runner says before a run in it. Heat by its words or a temperature a runner would only say of heat (85+ F,
 * 30+ C); snow and ice by theirs. Rain is left alone: it changes nothing about a run.
 */
export type WeatherTold = 'heat' | 'snow';

const HEAT: readonly RegExp[] = [
  /\b(?:8[5-9]|9\d|1[01]\d) ?(?:degrees?|deg|°|f\b)/,
  /\b(?:3\d|4[0-5]) ?(?:degrees? ?c\b|°c|c\b|celsius)/,
  /\b(?:so|too|really|super|crazy|brutally|very|insanely|stupid|hella) (?:hot|humid)\b/,
  /\b(?:heat ?wave|heat index|scorching|sweltering|boiling out|boiling outside)\b/,
];
const SNOW = /\b(?:snow(?:ing|y|ed|storm)?|blizzard|icy|ice on|sleet|freezing rain|below zero|wind ?chill)\b/;

/** A run already done ("ran 6 in the snow"): the weather is how it went, not a run ahead to advise on. */
const DONE = /\b(?:ran|did|done|finished|jogged|completed|got in)\b/;

/** The weather a text tells of before a run, or null. */
export function weatherTold(text: string): WeatherTold | null {
  if (DONE.test(text)) return null;
  if (SNOW.test(text)) return 'snow';
  if (HEAT.some((re) => re.test(text))) return 'heat';
  return null;
}
