/**
 * Carrier keywords (CTIA / Twilio): these are answered before anything else and work in every state,
 * including mid-onboarding and after an opt-out. Matching is on the whole text, any case, ignoring
 * surrounding spaces and punctuation ("Stop.", " STOP!!") — "stop sending me squats" is not an opt-out.
 */

const OPT_OUT = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;
const OPT_IN = ['START', 'YES', 'UNSTOP'] as const;
const HELP = ['HELP', 'INFO'] as const;

/**
 * A whole text that asks to stop in words ("please stop texting me", "unsubscribe me", "remove me from this
 * list"): consent may be revoked by any reasonable means (FCC, 2024), so these opt out like STOP. The carrier
 * does not know them, so Cadence always answers them itself. "stop texting me so early" is a later time, not this.
 */
const OPT_OUT_PHRASES: readonly RegExp[] = [
  /^(?:please |pls |plz |can you |could you |can u )?(?:stop|quit|cease) (?:texting|messaging|contacting|txting|sending (?:me )?(?:texts|messages))(?: me)?(?: (?:please|pls|plz|now|anymore|any more|thanks|thank you|ok|okay|for good))*$/,
  /^(?:please |pls )?(?:unsubscribe|opt out|opt me out|optout)(?: me)?(?: (?:please|pls|now|from this|from these texts|from this list))*$/,
  /^(?:please |pls )?(?:remove|take) me (?:off|from) (?:this|your|the) (?:list|texts|number)(?: (?:please|pls|now))*$/,
  /^(?:please |pls )?(?:remove me|delete my number|lose my number)(?: (?:please|pls|now))*$/,
  /^(?:i )?(?:want|wanna|would like) to (?:unsubscribe|opt out|stop (?:getting|receiving) (?:these |your )?(?:texts|messages))$/,
  /^(?:please )?(?:no more texts|stop all texts|stop all messages|stop the texts)(?: (?:please|pls|now|thanks))*$/,
];

export type CarrierKeyword = { kind: 'opt_out' | 'opt_in' | 'help'; word: string; /** Said in words, not the carrier's keyword: answered by Cadence even where the carrier answers keywords. */ phrase?: boolean };

export function carrierKeyword(text: string): CarrierKeyword | null {
  const word = text
    .trim()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .toUpperCase();
  if ((OPT_OUT as readonly string[]).includes(word)) return { kind: 'opt_out', word };
  if ((OPT_IN as readonly string[]).includes(word)) return { kind: 'opt_in', word };
  if ((HELP as readonly string[]).includes(word)) return { kind: 'help', word };
  const said = text.trim().toLowerCase().replace(/[’']/g, "'").replace(/[\s\p{P}\p{S}]+$/gu, '').replace(/^[\s\p{P}\p{S}]+/gu, '').replace(/\s+/g, ' ');
  if (OPT_OUT_PHRASES.some((re) => re.test(said))) return { kind: 'opt_out', word: 'STOP', phrase: true };
  return null;
}
