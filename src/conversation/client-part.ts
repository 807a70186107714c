/**
 * A body part as this client knows it: the side said in the text ("my right knee"), else the side they told at
 * onboarding ("bad left knee" kept in the profile's limitationAreas), so "my knee hurts" is "your left knee".
 */
import { partLabel, sidedPartLabel } from '../engine/adaptation/body.js';
import { onboardingProfileSchema } from './onboarding/profile.js';

const storedAreas = onboardingProfileSchema.pick({ limitationAreas: true }).partial();

/** The side stored for a part ("left knee"), when the profile names exactly one side for it. */
export function storedSidedPart(profile: unknown, part: string): string | null {
  const parsed = storedAreas.safeParse(profile);
  const one = partLabel(part).replace(/s$/, '');
  const sided = (parsed.success ? (parsed.data.limitationAreas ?? []) : []).filter((a) => new RegExp(String.raw`^(?:left|right) ${one}$`).test(a));
  return sided.length === 1 ? sided[0]! : null;
}

/** "my knee hurts" from a client with a bad left knee → "left knee"; a side said in the text wins; "both" is no side. */
export function clientPartLabel(profile: unknown, part: string, said: string): string {
  const fromText = sidedPartLabel(part, said);
  if (/^(?:left|right) /.test(fromText) || /\b(?:both|other|either)\b/i.test(said)) return fromText;
  return storedSidedPart(profile, part) ?? fromText;
}
