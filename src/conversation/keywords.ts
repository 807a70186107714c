/**
 * Carrier keywords (CTIA / Twilio): these are answered before anything else and work in every state,
 * including mid-onboarding and after an opt-out. Matching is on the whole text, any case, ignoring
 * surrounding spaces and punctuation ("Stop.", " STOP!!") — "stop sending me squats" is not an opt-out.
 */

const OPT_OUT = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;
const OPT_IN = ['START', 'YES', 'UNSTOP'] as const;
const HELP = ['HELP', 'INFO'] as const;

export type CarrierKeyword = { kind: 'opt_out' | 'opt_in' | 'help'; word: string };

export function carrierKeyword(text: string): CarrierKeyword | null {
  const word = text
    .trim()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toUpperCase();
  if ((OPT_OUT as readonly string[]).includes(word)) return { kind: 'opt_out', word };
  if ((OPT_IN as readonly string[]).includes(word)) return { kind: 'opt_in', word };
  if ((HELP as readonly string[]).includes(word)) return { kind: 'help', word };
  return null;
}
