/**
 * A body part as this client knows it: the side said in the text ("my right knee"), else the side they told at
 * onboarding ("bad left knee" kept in the profile's limitationAreas), so "my knee hurts" is "your left knee".
 */
import { partLabel, sidedPartLabel } from '../engine/adaptation/body.js';
import { onboardingProfileSchema } from './onboarding/profile.js';
import type { Limitation } from '../engine/vocabulary.js';

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

/** The body part words a spared limitation is said with ("overhead" is a shoulder that only complains overhead). */
const PART_OF_LIMITATION: Record<Limitation, string> = {
  knee: 'knee', lower_back: 'lower_back', shoulder: 'shoulders', elbow: 'elbow', wrist: 'wrist', hip: 'hips', ankle: 'ankle', neck: 'neck', overhead: 'shoulders', abdominal: 'abs',
};

/** "lower back", "left knee": the areas a plan spares, as this client told them. */
export function sparedAreasLabel(profile: unknown, spared: readonly Limitation[]): string {
  const names = [...new Set(spared.map((l) => clientPartLabel(profile, PART_OF_LIMITATION[l], '').replace(/^shoulders$/, 'shoulder')))];
  return names.join(' and ');
}
