/**
 * Where a runner's pain can be a stress fracture, as data: the sites runners break most (tibia, metatarsals,
 * heel; Warden et al., Br J Sports Med 2014) and the signs that tell one from an overuse ache.
 * A stress fracture is tender in one spot on the bone and hurts more the longer you run, then at rest and at
 * night; shin splints (medial tibial stress syndrome) ache along a long stretch of the inner shin and ease once
 * warm. A coach by text never diagnoses: the red signs send the runner to a doctor, the rest to less running.
 */
const BONE_STRESS: Readonly<Record<string, string>> = {
  shins:
    'If one spot on the bone hurts when you press it, or the pain gets worse as you run, or is there at rest or at night, it can be a stress fracture: stop running and see a doctor. A dull ache along the inside of the shin that eases once you warm up is more likely shin splints: fewer miles, bike or pool running instead, then build back gradually.',
  foot:
    'If one spot on the top of your foot hurts when you press it, swells, or hurts at rest or more as you run, it can be a stress fracture: stop running and see a doctor.',
  heel:
    'If squeezing the sides of your heel hurts, or it aches at rest or more as you run, it can be a stress fracture: stop running and see a doctor. Sharp pain under the heel on your first steps in the morning is more likely plantar fasciitis.',
};

/** The parts where a runner's ache after runs can be bone, never passed over as a mild ache ("shins a bit achy after"). */
export const BONE_STRESS_PARTS: ReadonlySet<string> = new Set(Object.keys(BONE_STRESS));

/** The stress-fracture signs for a runner's pain at this part, or null when running rarely breaks bone there. */
export function boneStressAdvice(bodyPart: string | null): string | null {
  return bodyPart ? BONE_STRESS[bodyPart] ?? null : null;
}

/** "stress fracture", "stress reaction", "fractured": a broken bone told, not an ache to read the signs of. */
const FRACTURE_TOLD = /\b(?:stress (?:fracture|reaction)s?|fractured?)\b/;

/**
 * A fracture told (or feared): running stops until a doctor has seen it, whatever the plan says; a coach by text
 * neither diagnoses nor trains around a bone. Null when the words name no fracture.
 */
export function fractureAdvice(note: string, part: string | null): string | null {
  if (!FRACTURE_TOLD.test(note.toLowerCase())) return null;
  return `${part ? `Sorry about ${part}.` : 'Sorry to hear that.'} With a possible stress fracture, stop running now and see a doctor before you run again - running on it can turn a crack into a break. Until then no runs, and no bike or pool work that hurts. Text me what the doctor says and I'll build your running back from there.`;
}
