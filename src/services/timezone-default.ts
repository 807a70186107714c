import { guessTimezoneFromPhone } from '../conversation/parse/area-code.js';

/**
 * The time zone a new client starts with, before onboarding confirms it: the area code's zone for North
 * American numbers (onboarding proposes it and asks), the operator's default otherwise.
 */
export function guessTimezone(phone: string, fallback: string): string {
  return guessTimezoneFromPhone(phone) ?? fallback;
}
