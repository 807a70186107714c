/**
 * The time zone a new client starts with, before onboarding confirms it. Onboarding proposes a better guess
 * from the area code; until then the operator's default serves.
 */
export function guessTimezone(_phone: string, fallback: string): string {
  return fallback;
}
