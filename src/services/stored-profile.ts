/**
 * A client's stored profile as the services read it: parsed with the engine's vocabulary (stored JSON is parsed at
 * the edge, never cast). Each read keeps the rest of the profile as stored, so a write back changes only the field
 * it means to, and a field that does not parse is treated as not there.
 */
import { z } from 'zod';
import { LIMITATIONS, TRAINING_AGES, type Limitation, type TrainingAge } from '../engine/vocabulary.js';

const anyProfile = z.looseObject({});
const spared = z.looseObject({
  limitations: z.array(z.enum(LIMITATIONS)).optional(),
  limitationAreas: z.array(z.string()).optional(),
});
const experience = z.object({ trainingAge: z.enum(TRAINING_AGES) });

/** The stored profile as an object to write fields into ({} when none is stored). */
export function storedProfile(profile: unknown): Record<string, unknown> {
  const parsed = anyProfile.safeParse(profile);
  return parsed.success ? parsed.data : {};
}

/** The training age told at onboarding, or null when none (or one the engine does not know) is stored. */
export function storedTrainingAge(profile: unknown): TrainingAge | null {
  const parsed = experience.safeParse(profile);
  return parsed.success ? parsed.data.trainingAge : null;
}

/**
 * The stored profile without `cleared` (and the client's own names for those areas: "left knee" for the knee), or
 * null when its areas do not parse (the profile is then left as stored).
 */
export function profileWithoutLimitations(profile: unknown, cleared: readonly Limitation[]): Record<string, unknown> | null {
  const parsed = spared.safeParse(profile ?? {});
  if (!parsed.success) return null;
  const p = parsed.data;
  const words = cleared.map((l) => l.replace(/_/g, ' '));
  const limitations = p.limitations?.filter((l) => !cleared.includes(l));
  const areas = p.limitationAreas?.filter((a) => !words.some((w) => a.toLowerCase().includes(w)));
  return { ...p, ...(limitations !== undefined ? { limitations } : {}), ...(areas !== undefined ? { limitationAreas: areas } : {}) };
}
