/**
 * Closed vocabularies shared by the engines, the onboarding parser and the model schemas, so "what
 * equipment" or "which injury" means one thing everywhere.
 */

export const EQUIPMENT = [
  'barbell',
  'rack',
  'bench',
  'dumbbell',
  'kettlebell',
  'cable',
  'machine',
  'pullup_bar',
  'bands',
  'bodyweight',
] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/** Where people train, and what that usually means. Onboarding offers these as shortcuts. */
export const EQUIPMENT_PRESETS: Record<'full_gym' | 'machine_gym' | 'home_gym' | 'dumbbells_only' | 'hotel_gym' | 'bodyweight', Equipment[]> = {
  full_gym: ['barbell', 'rack', 'bench', 'dumbbell', 'kettlebell', 'cable', 'machine', 'pullup_bar', 'bands', 'bodyweight'],
  // Planet Fitness and gyms like it: selectorized machines, Smith machines, cables, benches and dumbbells
  // (to 60-75 lb), but no free barbells, squat racks, kettlebells or pull-up bars (an assisted pull-up machine).
  machine_gym: ['bench', 'dumbbell', 'cable', 'machine', 'bodyweight'],
  home_gym: ['barbell', 'rack', 'bench', 'dumbbell', 'pullup_bar', 'bands', 'bodyweight'],
  dumbbells_only: ['dumbbell', 'bench', 'bodyweight'],
  // A hotel gym reliably has a dumbbell rack and a bench; machines there are rare and unnamed ones are not planned.
  hotel_gym: ['dumbbell', 'bench', 'bodyweight'],
  // "No equipment, just my bodyweight" is exactly that: bands only when the client names them.
  bodyweight: ['bodyweight'],
};

/** Body areas an injury or limitation can name; the exercise library marks what stresses each. */
/**
 * Areas to spare. 'overhead' is a shoulder that only complains overhead ("cranky on overhead stuff"): it
 * removes overhead pressing and overhead extensions and keeps the bench press, which a whole-'shoulder'
 * limitation removes.
 */
/**
 * `abdominal`: the abdominal wall and pelvic floor (diastasis recti, postpartum, a hernia, abdominal surgery):
 * spares crunches, leg raises, front planks and hollow holds (they bulge the midline) and jumping (impact).
 */
export const LIMITATIONS = ['knee', 'lower_back', 'shoulder', 'elbow', 'wrist', 'hip', 'ankle', 'neck', 'overhead', 'abdominal'] as const;
export type Limitation = (typeof LIMITATIONS)[number];

export const TRAINING_AGES = ['beginner', 'intermediate', 'advanced'] as const;
export type TrainingAge = (typeof TRAINING_AGES)[number];

export const STRENGTH_GOALS = ['strength', 'hypertrophy', 'fat_loss', 'general_fitness', 'power', 'muscular_endurance'] as const;
export type StrengthGoal = (typeof STRENGTH_GOALS)[number];

export const RACE_DISTANCES = ['5k', '10k', 'half', 'marathon', 'custom'] as const;
export type RaceDistance = (typeof RACE_DISTANCES)[number];

/** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
