/**
 * The client's age when they say it ("I'm 16", "16 years old", "16yo", "age 62", "a 67-year-old"): a number
 * said with a unit ("I'm 30 minutes away", "im 25 weeks postpartum", "i'm 20 lbs over") is no age.
 */
import { normalize } from './text.js';

/** What a number after "I'm" may be instead of an age. */
const NOT_AGE = String.raw`(?!\s*(?:lbs?|kgs?|kilos?|pounds?|min\w*|hrs?|hours?|weeks?|wks?|months?|mos?|days?|miles?|mi\b|km|k\b|%|x\b|'|"|ft|feet|inch\w*|reps?|sets?|mpw|:|\.\d|am\b|pm\b|percent|st\b|th\b|nd\b|rd\b))`;

const AGE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(\d{2})\s*(?:-|\s)?\s*(?:years?|yrs?|yr)\s*(?:-|\s)?\s*old\b`),
  new RegExp(String.raw`\b(\d{2})\s*(?:yo|y/o|y\.o\.)\b`),
  new RegExp(String.raw`\b(?:age|aged)\s*:?\s*(\d{2})\b${NOT_AGE}`),
  new RegExp(String.raw`\b(?:i'?m|im|i am)\s+(?:only\s+|just\s+|now\s+|turning\s+)?(\d{2})\b${NOT_AGE}(?=\s*(?:$|[,.!;]|and\b|but\b|so\b|&|\+|years?\b|yrs?\b|turning\b|now\b|btw\b|lol\b|f\b|m\b|male\b|female\b|w\b|with\b|looking\b|want\w*\b|trying\b|who\b|,))`),
  // "hi i'm Walt, 64, want to get stronger", "Walt here, 64": a bare number said right after the name.
  new RegExp(String.raw`\b(?:(?:i'?m|im|i am|name'?s|this is|it'?s)\s+[a-z]+|[a-z]+ here)\s*,\s*(\d{2})\b${NOT_AGE}(?=\s*(?:$|[,.!;]|and\b|but\b|&|years?\b|yrs?\b|f\b|m\b|male\b|female\b|w\b|with\b|looking\b|want\w*\b|trying\b))`),
  // "hi coach! Marcus, 45, from Houston", "aisha, 34, sydney": a text opening with a name and a number after it.
  new RegExp(String.raw`^(?:(?:hi+|hey+|hello|hiya|heya|howdy|yo|g'?day)(?:\s+(?:there|coach|all))?[!,.]*\s*)?(?!(?:mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|ok|okay|yes|no|yeah|so|um|uh)\s*,)[a-z]{2,14}\s*,\s*(\d{2})\b${NOT_AGE}(?=\s*(?:$|[,.!;]|from\b|and\b|but\b|&|years?\b|yrs?\b|f\b|m\b|male\b|female\b|w\b|with\b|looking\b|want\w*\b|trying\b))`),
];

export function findAge(text: string): number | null {
  const t = normalize(text);
  for (const re of AGE_PATTERNS) {
    const m = re.exec(t);
    const n = m ? Number(m[1]) : NaN;
    if (n >= 10 && n <= 99) return n;
  }
  return null;
}

/** Under 18: a young lifter's plan puts technique first (NSCA 2009 youth position statement). */
export const isYouth = (age: number | undefined): boolean => age !== undefined && age < 18;
