/**
 * The exercise library: movement pattern, muscles (primary count 1 set, secondary 0.5), equipment needed
 * (all of it), minimum training age, laterality, the body areas it loads hard (excluded when the client
 * names that limitation) and how it is loaded (for plate/dumbbell rounding; null = bodyweight or bands).
 *
 * Order matters: within a movement pattern the first exercise that fits is the preferred main/secondary
 * lift, and earlier accessories win ties. Ids are stable slugs: stored plans, logs and the conversation
 * parser refer to them.
 */
import type { Equipment, Limitation, TrainingAge } from '../vocabulary.js';
import { TRAINING_AGES } from '../vocabulary.js';
import type { LoadImplement } from '../units.js';
import type { Muscle } from './volume-landmarks.js';

export const MOVEMENT_PATTERNS = [
  'squat',
  'hinge',
  'lunge',
  'horizontal_push',
  'vertical_push',
  'horizontal_pull',
  'vertical_pull',
  'knee_extension',
  'knee_flexion',
  'hip_thrust',
  'chest_fly',
  'lateral_raise',
  'rear_delt',
  'elbow_flexion',
  'elbow_extension',
  'calf_raise',
  'core_anti_extension',
  'core_flexion',
  'core_anti_rotation',
  'carry',
  'power',
  'balance',
] as const;
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number];

export interface Exercise {
  id: string;
  name: string;
  aliases: string[];
  pattern: MovementPattern;
  primaryMuscles: Muscle[];
  secondaryMuscles: Muscle[];
  equipment: Equipment[];
  level: TrainingAge;
  laterality: 'bilateral' | 'unilateral';
  kind: 'compound' | 'isolation';
  /** Body areas this loads hard enough that a client with that limitation should not do it. */
  stresses: Limitation[];
  implement: LoadImplement | null;
  /** Held for time (reps shown as seconds). */
  timed: boolean;
  /** Preference inside its pattern: 0 is first choice. */
  rank: number;
  /** A rough 1RM ratio to a related lift, used only when nothing is known about this lift itself. */
  oneRmFrom?: { exerciseId: string; ratio: number };
}

interface Def {
  id: string;
  name: string;
  pattern: MovementPattern;
  p: Muscle[];
  s?: Muscle[];
  eq: Equipment[];
  lvl?: TrainingAge;
  uni?: boolean;
  iso?: boolean;
  x?: Limitation[];
  aka?: string[];
  timed?: boolean;
  from?: [string, number];
}

// prettier-ignore
const DEFS: Def[] = [
  // Squat pattern — knee-dominant; deep variants load the knee.
  { id: 'back_squat', name: 'Back squat', pattern: 'squat', p: ['quads', 'glutes'], s: ['core'], eq: ['barbell', 'rack'], x: ['knee', 'lower_back', 'hip'], aka: ['back squat', 'squat', 'squats', 'barbell squat', 'bb squat', 'high bar squat', 'sq'] },
  // A sore lower back ('lower_back') spares the lifts that load the spine from above or bend it under load: the
  // front squat, hack squat, a barbell on the back and a standing calf machine too, not only the back squat.
  { id: 'front_squat', name: 'Front squat', pattern: 'squat', p: ['quads'], s: ['glutes', 'core'], eq: ['barbell', 'rack'], lvl: 'intermediate', x: ['knee', 'wrist', 'lower_back'], from: ['back_squat', 0.8] },
  { id: 'leg_press', name: 'Leg press', pattern: 'squat', p: ['quads', 'glutes'], eq: ['machine'], x: ['knee'], aka: ['legpress'] },
  { id: 'hack_squat', name: 'Hack squat', pattern: 'squat', p: ['quads'], s: ['glutes'], eq: ['machine'], lvl: 'intermediate', x: ['knee', 'lower_back'] },
  { id: 'goblet_squat', name: 'Goblet squat', pattern: 'squat', p: ['quads', 'glutes'], s: ['core'], eq: ['dumbbell'], x: ['knee'], aka: ['goblets', 'db squat', 'dumbbell squat'] },
  { id: 'kb_goblet_squat', name: 'Kettlebell goblet squat', pattern: 'squat', p: ['quads', 'glutes'], s: ['core'], eq: ['kettlebell'], x: ['knee'] },
  { id: 'cable_goblet_squat', name: 'Cable goblet squat', pattern: 'squat', p: ['quads', 'glutes'], s: ['core'], eq: ['cable'], x: ['knee'], aka: ['cable squat'] },
  { id: 'landmine_squat', name: 'Landmine squat', pattern: 'squat', p: ['quads', 'glutes'], eq: ['barbell'], x: ['knee'] },
  { id: 'box_squat', name: 'Box squat (to a parallel box)', pattern: 'squat', p: ['quads', 'glutes'], s: ['hamstrings'], eq: ['barbell', 'rack', 'bench'], lvl: 'intermediate', x: ['lower_back'], from: ['back_squat', 0.85] },
  { id: 'db_box_squat', name: 'Dumbbell box squat (to a bench)', pattern: 'squat', p: ['quads', 'glutes'], eq: ['dumbbell', 'bench'] },
  { id: 'bodyweight_squat', name: 'Bodyweight squat', pattern: 'squat', p: ['quads', 'glutes'], eq: ['bodyweight'], x: ['knee'], aka: ['air squat'] },
  { id: 'spanish_squat', name: 'Banded Spanish squat', pattern: 'squat', p: ['quads'], eq: ['bands'] },
  { id: 'wall_sit', name: 'Wall sit', pattern: 'squat', p: ['quads'], eq: ['bodyweight'], timed: true, aka: ['wall sits', 'wallsit'] },
  // The Smith machine's bar runs on rails (balance taken out) and is often counterbalanced, so its numbers do not
  // carry over one for one: a plan derives it at 90% of the free lift until the client logs it, and a Smith set
  // logged is its own lift, never a back squat or bench (a "smith squat 3x8 at 95" had lowered a squat max).
  // Last in their patterns: a plan that picked a lift before keeps picking it.
  { id: 'smith_squat', name: 'Smith machine squat', pattern: 'squat', p: ['quads', 'glutes'], s: ['core'], eq: ['machine'], x: ['knee', 'lower_back'], aka: ['smith squat', 'smith squats', 'smith machine squats', 'smith back squat'], from: ['back_squat', 0.9] },
  // Hinge — hip-dominant; loads the lower back.
  { id: 'deadlift', name: 'Deadlift', pattern: 'hinge', p: ['hamstrings', 'glutes'], s: ['back', 'quads', 'core'], eq: ['barbell'], x: ['lower_back', 'hip'], aka: ['dead', 'deads', 'deadlift', 'deadlifts', 'dl', 'conventional deadlift'] },
  { id: 'romanian_deadlift', name: 'Romanian deadlift', pattern: 'hinge', p: ['hamstrings', 'glutes'], s: ['back'], eq: ['barbell'], x: ['lower_back'], aka: ['rdl', 'rdls', 'romanian'], from: ['deadlift', 0.65] },
  { id: 'sumo_deadlift', name: 'Sumo deadlift', pattern: 'hinge', p: ['glutes', 'hamstrings'], s: ['quads', 'back'], eq: ['barbell'], lvl: 'intermediate', x: ['lower_back', 'hip'], aka: ['sumo', 'sumo dl', 'sumo deadlifts'], from: ['deadlift', 1] },
  { id: 'db_romanian_deadlift', name: 'Dumbbell Romanian deadlift', pattern: 'hinge', p: ['hamstrings', 'glutes'], s: ['back'], eq: ['dumbbell'], x: ['lower_back'], aka: ['db rdl'] },
  { id: 'kb_deadlift', name: 'Kettlebell deadlift', pattern: 'hinge', p: ['glutes', 'hamstrings'], s: ['quads'], eq: ['kettlebell'], x: ['lower_back'] },
  { id: 'kb_swing', name: 'Kettlebell swing', pattern: 'hinge', p: ['glutes', 'hamstrings'], s: ['core'], eq: ['kettlebell'], x: ['lower_back'], aka: ['swings'] },
  { id: 'good_morning', name: 'Good morning', pattern: 'hinge', p: ['hamstrings'], s: ['glutes', 'back'], eq: ['barbell', 'rack'], lvl: 'advanced', x: ['lower_back'] },
  { id: 'single_leg_rdl', name: 'Single-leg dumbbell RDL', pattern: 'hinge', p: ['hamstrings', 'glutes'], eq: ['dumbbell'], lvl: 'intermediate', uni: true, x: ['ankle'] },
  { id: 'kb_single_leg_deadlift', name: 'Single-leg kettlebell deadlift', pattern: 'hinge', p: ['hamstrings', 'glutes'], eq: ['kettlebell'], lvl: 'intermediate', uni: true, x: ['ankle'] },
  { id: 'back_extension', name: '45-degree back extension', pattern: 'hinge', p: ['hamstrings', 'glutes'], s: ['back'], eq: ['machine'], x: ['lower_back'] },
  { id: 'cable_pull_through', name: 'Cable pull-through', pattern: 'hinge', p: ['glutes', 'hamstrings'], eq: ['cable'] },
  { id: 'band_good_morning', name: 'Banded good morning', pattern: 'hinge', p: ['hamstrings', 'glutes'], eq: ['bands'], x: ['lower_back'] },
  { id: 'bw_single_leg_rdl', name: 'Bodyweight single-leg RDL', pattern: 'hinge', p: ['hamstrings', 'glutes'], eq: ['bodyweight'], uni: true },
  // Single-leg knee-dominant.
  { id: 'bulgarian_split_squat', name: 'Bulgarian split squat', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['dumbbell', 'bench'], lvl: 'intermediate', uni: true, x: ['knee'], aka: ['bss', 'rear foot elevated split squat'] },
  { id: 'walking_lunge', name: 'Dumbbell walking lunge', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['dumbbell'], uni: true, x: ['knee'], aka: ['lunges', 'lunge'] },
  { id: 'db_step_up', name: 'Dumbbell step-up', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['dumbbell', 'bench'], uni: true, x: ['knee'], aka: ['step up', 'step-ups'] },
  // Both feet planted, a dumbbell in one hand and the other on a wall: single-leg work without a moving balance
  // challenge (the choice for an older beginner or brittle bones when there is no bench to step up on).
  { id: 'db_split_squat', name: 'Dumbbell split squat', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['dumbbell'], uni: true, x: ['knee'], aka: ['db split squat', 'dumbbell split squat', 'dumbbell split squats', 'db split squats'] },
  { id: 'barbell_reverse_lunge', name: 'Barbell reverse lunge', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['barbell', 'rack'], lvl: 'intermediate', uni: true, x: ['knee', 'lower_back'] },
  { id: 'kb_reverse_lunge', name: 'Kettlebell reverse lunge', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['kettlebell'], uni: true, x: ['knee'] },
  { id: 'reverse_lunge', name: 'Bodyweight reverse lunge', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['bodyweight'], uni: true, x: ['knee'] },
  { id: 'split_squat', name: 'Split squat', pattern: 'lunge', p: ['quads', 'glutes'], eq: ['bodyweight'], uni: true, x: ['knee'] },
  { id: 'pistol_squat', name: 'Pistol squat', pattern: 'lunge', p: ['quads', 'glutes'], s: ['core'], eq: ['bodyweight'], lvl: 'advanced', uni: true, x: ['knee', 'ankle'] },
  // Knee extension / flexion.
  { id: 'leg_extension', name: 'Leg extension', pattern: 'knee_extension', p: ['quads'], eq: ['machine'], iso: true, x: ['knee'], aka: ['leg ext', 'leg exts', 'quad extension', 'quad extensions'] },
  { id: 'band_knee_extension', name: 'Banded terminal knee extension', pattern: 'knee_extension', p: ['quads'], eq: ['bands'], iso: true },
  { id: 'leg_curl', name: 'Leg curl', pattern: 'knee_flexion', p: ['hamstrings'], eq: ['machine'], iso: true, aka: ['hamstring curl', 'hamstring curls', 'ham curl', 'ham curls', 'lying leg curl', 'seated leg curl'] },
  { id: 'db_leg_curl', name: 'Dumbbell leg curl', pattern: 'knee_flexion', p: ['hamstrings'], eq: ['dumbbell', 'bench'], lvl: 'intermediate', iso: true },
  { id: 'slider_leg_curl', name: 'Slider (towel) leg curl', pattern: 'knee_flexion', p: ['hamstrings'], s: ['glutes'], eq: ['bodyweight'], iso: true },
  { id: 'band_leg_curl', name: 'Banded leg curl', pattern: 'knee_flexion', p: ['hamstrings'], eq: ['bands'], iso: true },
  { id: 'nordic_curl', name: 'Nordic hamstring curl', pattern: 'knee_flexion', p: ['hamstrings'], eq: ['bodyweight'], lvl: 'advanced', iso: true, x: ['knee'] },
  // Hip extension (glutes).
  { id: 'hip_thrust', name: 'Barbell hip thrust', pattern: 'hip_thrust', p: ['glutes'], s: ['hamstrings'], eq: ['barbell', 'bench'], aka: ['hip thrust', 'hip thrusts'] },
  { id: 'db_hip_thrust', name: 'Dumbbell hip thrust', pattern: 'hip_thrust', p: ['glutes'], s: ['hamstrings'], eq: ['dumbbell', 'bench'] },
  { id: 'barbell_glute_bridge', name: 'Barbell glute bridge', pattern: 'hip_thrust', p: ['glutes'], s: ['hamstrings'], eq: ['barbell'], from: ['hip_thrust', 0.9] },
  { id: 'cable_kickback', name: 'Cable glute kickback', pattern: 'hip_thrust', p: ['glutes'], eq: ['cable'], uni: true, iso: true },
  { id: 'glute_bridge', name: 'Glute bridge', pattern: 'hip_thrust', p: ['glutes'], s: ['hamstrings'], eq: ['bodyweight'] },
  { id: 'single_leg_glute_bridge', name: 'Single-leg glute bridge', pattern: 'hip_thrust', p: ['glutes'], s: ['hamstrings'], eq: ['bodyweight'], uni: true },
  { id: 'banded_glute_bridge', name: 'Banded glute bridge', pattern: 'hip_thrust', p: ['glutes'], eq: ['bands'] },
  // Horizontal push.
  { id: 'bench_press', name: 'Bench press', pattern: 'horizontal_push', p: ['chest'], s: ['triceps', 'shoulders'], eq: ['barbell', 'bench', 'rack'], x: ['shoulder', 'wrist'], aka: ['bench', 'flat bench', 'barbell bench', 'bb bench'] },
  { id: 'db_bench_press', name: 'Dumbbell bench press', pattern: 'horizontal_push', p: ['chest'], s: ['triceps', 'shoulders'], eq: ['dumbbell', 'bench'], aka: ['db bench press', 'dumbbell bench press', 'db chest press', 'db bench', 'dumbbell bench', 'flat db', 'flat db bench', 'flat dumbbell press', 'flat dumbbell bench'], from: ['bench_press', 0.4] },
  { id: 'incline_bench_press', name: 'Incline bench press', pattern: 'horizontal_push', p: ['chest'], s: ['shoulders', 'triceps'], eq: ['barbell', 'bench', 'rack'], lvl: 'intermediate', x: ['shoulder'], aka: ['incline bench'], from: ['bench_press', 0.8] },
  { id: 'incline_db_press', name: 'Incline dumbbell press', pattern: 'horizontal_push', p: ['chest'], s: ['shoulders', 'triceps'], eq: ['dumbbell', 'bench'], aka: ['incline db press', 'incline dumbbell bench', 'incline db', 'incline db bench', 'incline dumbbell', 'incline dbs'], from: ['bench_press', 0.35] },
  { id: 'machine_chest_press', name: 'Machine chest press', pattern: 'horizontal_push', p: ['chest'], s: ['triceps'], eq: ['machine'], aka: ['chest press', 'chest presses', 'machine chest press', 'chest press machine', 'seated chest press'] },
  { id: 'close_grip_bench_press', name: 'Close-grip bench press', pattern: 'horizontal_push', p: ['triceps', 'chest'], s: ['shoulders'], eq: ['barbell', 'bench', 'rack'], lvl: 'intermediate', x: ['elbow', 'wrist'], from: ['bench_press', 0.9] },
  { id: 'floor_press', name: 'Barbell floor press', pattern: 'horizontal_push', p: ['chest', 'triceps'], s: ['shoulders'], eq: ['barbell', 'rack'], x: ['wrist'], aka: ['floor press'], from: ['bench_press', 0.85] },
  { id: 'db_floor_press', name: 'Dumbbell floor press', pattern: 'horizontal_push', p: ['chest', 'triceps'], eq: ['dumbbell'] },
  { id: 'dip', name: 'Dip', pattern: 'horizontal_push', p: ['chest', 'triceps'], s: ['shoulders'], eq: ['machine'], lvl: 'intermediate', x: ['shoulder', 'elbow'], aka: ['dips'] },
  { id: 'push_up', name: 'Push-up', pattern: 'horizontal_push', p: ['chest'], s: ['triceps', 'shoulders', 'core'], eq: ['bodyweight'], x: ['wrist'], aka: ['knee push up', 'knee pushups', 'push-up', 'pushup', 'pushups', 'push ups'] },
  // Hands on a counter, a bench or a wall: the push-up an older or deconditioned beginner can start with, made
  // harder by a lower surface (age-rules.ts and health.ts swap the floor push-up for it).
  { id: 'incline_push_up', name: 'Incline push-up (hands on a counter or bench)', pattern: 'horizontal_push', p: ['chest'], s: ['triceps', 'shoulders'], eq: ['bodyweight'], x: ['wrist'], aka: ['incline push up', 'incline push ups', 'incline push-ups', 'incline pushup', 'incline pushups', 'counter push up', 'counter push-ups', 'wall push up', 'wall push-ups', 'wall pushups'] },
  { id: 'band_chest_press', name: 'Banded chest press', pattern: 'horizontal_push', p: ['chest'], s: ['triceps'], eq: ['bands'] },
  { id: 'feet_elevated_push_up', name: 'Feet-elevated push-up', pattern: 'horizontal_push', p: ['chest'], s: ['shoulders', 'triceps'], eq: ['bodyweight'], lvl: 'intermediate', x: ['wrist', 'shoulder'] },
  { id: 'smith_bench_press', name: 'Smith machine bench press', pattern: 'horizontal_push', p: ['chest'], s: ['triceps', 'shoulders'], eq: ['machine', 'bench'], x: ['shoulder'], aka: ['smith bench', 'smith bench press', 'smith machine bench', 'smith press bench'], from: ['bench_press', 0.9] },
  // Vertical push.
  { id: 'overhead_press', name: 'Overhead press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps', 'core'], eq: ['barbell', 'rack'], x: ['overhead', 'shoulder', 'lower_back'], aka: ['ohp', 'press', 'military press', 'strict press', 'shoulder press'] },
  { id: 'db_shoulder_press', name: 'Seated dumbbell shoulder press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps'], eq: ['dumbbell', 'bench'], x: ['overhead', 'shoulder'], aka: ['db press', 'db ohp', 'db shoulder press', 'dumbbell press'], from: ['overhead_press', 0.4] },
  { id: 'landmine_press', name: 'Half-kneeling landmine press', pattern: 'vertical_push', p: ['shoulders', 'chest'], s: ['triceps', 'core'], eq: ['barbell'], uni: true },
  { id: 'machine_shoulder_press', name: 'Machine shoulder press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps'], eq: ['machine'], x: ['overhead', 'shoulder'] },
  { id: 'push_press', name: 'Push press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps', 'quads'], eq: ['barbell', 'rack'], lvl: 'advanced', x: ['overhead', 'shoulder', 'lower_back'], from: ['overhead_press', 1.25] },
  { id: 'arnold_press', name: 'Arnold press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps'], eq: ['dumbbell', 'bench'], lvl: 'intermediate', x: ['overhead', 'shoulder'] },
  { id: 'kb_press', name: 'Kettlebell overhead press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps', 'core'], eq: ['kettlebell'], uni: true, x: ['overhead', 'shoulder'] },
  { id: 'band_overhead_press', name: 'Banded overhead press', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps'], eq: ['bands'], x: ['overhead', 'shoulder'] },
  { id: 'pike_push_up', name: 'Pike push-up', pattern: 'vertical_push', p: ['shoulders'], s: ['triceps'], eq: ['bodyweight'], lvl: 'intermediate', x: ['overhead', 'shoulder', 'wrist'] },
  // Horizontal pull.
  { id: 'barbell_row', name: 'Barbell row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps', 'shoulders'], eq: ['barbell'], x: ['lower_back'], aka: ['row', 'rows', 'bent over row', 'bb row'] },
  { id: 'chest_supported_row', name: 'Chest-supported dumbbell row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps', 'shoulders'], eq: ['dumbbell', 'bench'] },
  { id: 'seated_cable_row', name: 'Seated cable row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['cable'], aka: ['cable row', 'cable rows', 'seated row', 'seated rows', 'seated cable rows'] },
  { id: 'db_row', name: 'One-arm dumbbell row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['dumbbell', 'bench'], uni: true, aka: ['db row', 'dumbbell row'] },
  // Two dumbbells, hinged over, no bench: the row a dumbbell-only kit has (a doorway row is for no kit at all).
  { id: 'db_bent_over_row', name: 'Bent-over dumbbell row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps', 'shoulders'], eq: ['dumbbell'], x: ['lower_back'], aka: ['bent over dumbbell row', 'bent over db row', 'db bent over row', 'dumbbell bent over row'] },
  { id: 'machine_row', name: 'Machine row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['machine'] },
  { id: 'pendlay_row', name: 'Pendlay row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps', 'shoulders'], eq: ['barbell'], lvl: 'advanced', x: ['lower_back'], from: ['barbell_row', 0.9] },
  { id: 'kb_row', name: 'Kettlebell row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['kettlebell'], uni: true },
  { id: 'inverted_row', name: 'Inverted row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['rack'] },
  { id: 'band_row', name: 'Banded row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['bands'] },
  // A row with nothing but a door: feet at the frame, a towel around the handles on both sides, lean back and pull.
  { id: 'doorway_row', name: 'Doorway towel row', pattern: 'horizontal_pull', p: ['back'], s: ['biceps'], eq: ['bodyweight'], aka: ['door row', 'towel row', 'doorframe row'] },
  // Vertical pull.
  { id: 'pull_up', name: 'Pull-up', pattern: 'vertical_pull', p: ['back'], s: ['biceps'], eq: ['pullup_bar'], lvl: 'intermediate', x: ['shoulder'], aka: ['pull up', 'pull-up', 'pullup', 'pullups', 'pull ups'] },
  { id: 'lat_pulldown', name: 'Lat pulldown', pattern: 'vertical_pull', p: ['back'], s: ['biceps'], eq: ['cable'], aka: ['pulldown', 'pulldowns', 'lat pull', 'lat pulls', 'lat pull down', 'lat pull downs', 'lat pulldowns'] },
  { id: 'chin_up', name: 'Chin-up', pattern: 'vertical_pull', p: ['back', 'biceps'], eq: ['pullup_bar'], lvl: 'intermediate', x: ['elbow'], aka: ['chinup', 'chin ups'] },
  { id: 'neutral_grip_pull_up', name: 'Neutral-grip pull-up', pattern: 'vertical_pull', p: ['back'], s: ['biceps'], eq: ['pullup_bar'], lvl: 'intermediate' },
  { id: 'band_assisted_pull_up', name: 'Band-assisted pull-up', pattern: 'vertical_pull', p: ['back'], s: ['biceps'], eq: ['pullup_bar', 'bands'], x: ['shoulder'] },
  { id: 'straight_arm_pulldown', name: 'Straight-arm pulldown', pattern: 'vertical_pull', p: ['back'], eq: ['cable'], iso: true },
  { id: 'band_pulldown', name: 'Kneeling banded pulldown', pattern: 'vertical_pull', p: ['back'], s: ['biceps'], eq: ['bands'] },
  { id: 'db_pullover', name: 'Dumbbell pullover', pattern: 'vertical_pull', p: ['back'], s: ['chest'], eq: ['dumbbell', 'bench'], lvl: 'intermediate', iso: true, x: ['shoulder'] },
  // Chest isolation.
  { id: 'cable_fly', name: 'Cable fly', pattern: 'chest_fly', p: ['chest'], eq: ['cable'], iso: true },
  { id: 'pec_deck', name: 'Pec deck', pattern: 'chest_fly', p: ['chest'], eq: ['machine'], iso: true, aka: ['pec dec', 'pec fly', 'pec flys', 'machine fly', 'machine flys'] },
  { id: 'db_fly', name: 'Dumbbell fly', pattern: 'chest_fly', p: ['chest'], eq: ['dumbbell', 'bench'], iso: true, x: ['shoulder'] },
  { id: 'band_fly', name: 'Banded chest fly', pattern: 'chest_fly', p: ['chest'], eq: ['bands'], iso: true },
  // Delts.
  { id: 'db_lateral_raise', name: 'Dumbbell lateral raise', pattern: 'lateral_raise', p: ['shoulders'], eq: ['dumbbell'], iso: true, aka: ['lateral raise', 'side raise', 'lat raise'] },
  { id: 'cable_lateral_raise', name: 'Cable lateral raise', pattern: 'lateral_raise', p: ['shoulders'], eq: ['cable'], uni: true, iso: true },
  { id: 'machine_lateral_raise', name: 'Machine lateral raise', pattern: 'lateral_raise', p: ['shoulders'], eq: ['machine'], iso: true },
  { id: 'band_lateral_raise', name: 'Banded lateral raise', pattern: 'lateral_raise', p: ['shoulders'], eq: ['bands'], iso: true },
  { id: 'face_pull', name: 'Face pull', pattern: 'rear_delt', p: ['shoulders'], s: ['back'], eq: ['cable'], iso: true, aka: ['face pulls'] },
  { id: 'db_rear_delt_fly', name: 'Dumbbell rear-delt fly', pattern: 'rear_delt', p: ['shoulders'], s: ['back'], eq: ['dumbbell'], iso: true },
  { id: 'reverse_pec_deck', name: 'Reverse pec deck', pattern: 'rear_delt', p: ['shoulders'], s: ['back'], eq: ['machine'], iso: true },
  { id: 'band_pull_apart', name: 'Band pull-apart', pattern: 'rear_delt', p: ['shoulders'], s: ['back'], eq: ['bands'], iso: true },
  // Arms.
  { id: 'db_curl', name: 'Dumbbell curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['dumbbell'], iso: true, aka: ['curl', 'curls', 'bicep curl', 'biceps curl'] },
  { id: 'barbell_curl', name: 'Barbell curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['barbell'], iso: true, x: ['wrist', 'elbow'] },
  { id: 'hammer_curl', name: 'Hammer curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['dumbbell'], iso: true, aka: ['hammer curls'] },
  { id: 'cable_curl', name: 'Cable curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['cable'], iso: true },
  { id: 'incline_db_curl', name: 'Incline dumbbell curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['dumbbell', 'bench'], lvl: 'intermediate', iso: true, x: ['elbow'] },
  { id: 'kb_curl', name: 'Kettlebell curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['kettlebell'], iso: true },
  { id: 'band_curl', name: 'Banded curl', pattern: 'elbow_flexion', p: ['biceps'], eq: ['bands'], iso: true },
  { id: 'triceps_pushdown', name: 'Triceps pushdown', pattern: 'elbow_extension', p: ['triceps'], eq: ['cable'], iso: true, aka: ['pushdown', 'tricep pushdown'] },
  { id: 'overhead_db_extension', name: 'Overhead dumbbell triceps extension', pattern: 'elbow_extension', p: ['triceps'], eq: ['dumbbell'], iso: true, x: ['overhead', 'elbow'] },
  { id: 'skull_crusher', name: 'Skull crusher', pattern: 'elbow_extension', p: ['triceps'], eq: ['barbell', 'bench'], lvl: 'intermediate', iso: true, x: ['elbow'], aka: ['skullcrusher', 'lying triceps extension'] },
  { id: 'overhead_cable_extension', name: 'Overhead cable triceps extension', pattern: 'elbow_extension', p: ['triceps'], eq: ['cable'], iso: true, x: ['overhead'] },
  { id: 'db_kickback', name: 'Dumbbell triceps kickback', pattern: 'elbow_extension', p: ['triceps'], eq: ['dumbbell'], iso: true },
  { id: 'band_pushdown', name: 'Banded triceps pushdown', pattern: 'elbow_extension', p: ['triceps'], eq: ['bands'], iso: true },
  { id: 'bench_dip', name: 'Bench dip', pattern: 'elbow_extension', p: ['triceps'], eq: ['bench'], x: ['shoulder'] },
  { id: 'diamond_push_up', name: 'Diamond push-up', pattern: 'elbow_extension', p: ['triceps'], s: ['chest'], eq: ['bodyweight'], lvl: 'intermediate', x: ['wrist', 'elbow'] },
  // Calves.
  { id: 'standing_calf_raise', name: 'Standing calf raise', pattern: 'calf_raise', p: ['calves'], eq: ['machine'], iso: true, x: ['ankle', 'lower_back'], aka: ['calf raise', 'calf raises'] },
  { id: 'seated_calf_raise', name: 'Seated calf raise', pattern: 'calf_raise', p: ['calves'], eq: ['machine'], iso: true, x: ['ankle'] },
  { id: 'db_calf_raise', name: 'Single-leg dumbbell calf raise', pattern: 'calf_raise', p: ['calves'], eq: ['dumbbell'], uni: true, iso: true, x: ['ankle'] },
  { id: 'bodyweight_calf_raise', name: 'Bodyweight calf raise', pattern: 'calf_raise', p: ['calves'], eq: ['bodyweight'], iso: true, x: ['ankle'] },
  // Core.
  { id: 'plank', name: 'Plank', pattern: 'core_anti_extension', p: ['core'], eq: ['bodyweight'], iso: true, x: ['abdominal'], timed: true, aka: ['planks'] },
  { id: 'dead_bug', name: 'Dead bug', pattern: 'core_anti_extension', p: ['core'], eq: ['bodyweight'], iso: true },
  { id: 'hollow_hold', name: 'Hollow hold', pattern: 'core_anti_extension', p: ['core'], eq: ['bodyweight'], lvl: 'intermediate', iso: true, timed: true, x: ['lower_back', 'abdominal'] },
  { id: 'bird_dog', name: 'Bird dog', pattern: 'core_anti_extension', p: ['core'], eq: ['bodyweight'], iso: true },
  { id: 'cable_crunch', name: 'Cable crunch', pattern: 'core_flexion', p: ['core'], eq: ['cable'], iso: true, x: ['abdominal'] },
  { id: 'hanging_knee_raise', name: 'Hanging knee raise', pattern: 'core_flexion', p: ['core'], eq: ['pullup_bar'], iso: true, x: ['shoulder', 'abdominal'] },
  { id: 'reverse_crunch', name: 'Reverse crunch', pattern: 'core_flexion', p: ['core'], eq: ['bodyweight'], iso: true, x: ['abdominal'] },
  { id: 'pallof_press', name: 'Pallof press', pattern: 'core_anti_rotation', p: ['core'], eq: ['cable'], uni: true, iso: true },
  { id: 'band_pallof_press', name: 'Banded Pallof press', pattern: 'core_anti_rotation', p: ['core'], eq: ['bands'], uni: true, iso: true },
  { id: 'side_plank', name: 'Side plank', pattern: 'core_anti_rotation', p: ['core'], eq: ['bodyweight'], uni: true, iso: true, timed: true },
  { id: 'farmer_carry', name: "Farmer's carry", pattern: 'carry', p: ['core'], s: ['back'], eq: ['dumbbell'], timed: true, aka: ['farmers walk', 'farmer walk'] },
  { id: 'suitcase_carry', name: 'Kettlebell suitcase carry', pattern: 'carry', p: ['core'], eq: ['kettlebell'], uni: true, timed: true },
  // Power (explosive, far from failure — not counted as hard sets).
  { id: 'box_jump', name: 'Box jump', pattern: 'power', p: ['quads', 'glutes'], eq: ['bodyweight'], lvl: 'intermediate', x: ['knee', 'ankle', 'abdominal'] },
  { id: 'kb_power_swing', name: 'Explosive kettlebell swing', pattern: 'power', p: ['glutes', 'hamstrings'], eq: ['kettlebell'], x: ['lower_back'] },
  { id: 'jump_squat', name: 'Bodyweight jump squat', pattern: 'power', p: ['quads', 'glutes'], eq: ['bodyweight'], x: ['knee', 'ankle', 'abdominal'] },
  { id: 'power_clean', name: 'Power clean', pattern: 'power', p: ['hamstrings', 'glutes'], s: ['back', 'quads'], eq: ['barbell'], lvl: 'advanced', x: ['lower_back', 'wrist'] },
  { id: 'plyo_push_up', name: 'Plyometric push-up', pattern: 'power', p: ['chest'], s: ['triceps'], eq: ['bodyweight'], lvl: 'intermediate', x: ['wrist', 'shoulder'] },
  { id: 'broad_jump', name: 'Broad jump', pattern: 'power', p: ['glutes', 'quads'], eq: ['bodyweight'], x: ['knee', 'ankle', 'abdominal'] },
  // Power without a landing: stand up from a chair as fast as you can, sit down slowly (an older lifter's power
  // work, strength/age-rules.ts; last in the pattern so a younger lifter's power slot still jumps).
  { id: 'fast_sit_to_stand', name: 'Fast sit-to-stand', pattern: 'power', p: ['quads', 'glutes'], eq: ['bodyweight'], aka: ['sit to stand', 'sit-to-stand', 'chair stand', 'chair stands'] },
  // Balance: no slot asks for it; a lifter 60+ gets it on every training day (strength/age-rules.ts).
  { id: 'single_leg_stand', name: 'Single-leg stand', pattern: 'balance', p: ['core'], eq: ['bodyweight'], uni: true, iso: true, timed: true, x: ['ankle'], aka: ['single leg stand', 'single-leg stands', 'single leg balance'] },
];

function implementFor(eq: Equipment[], timed: boolean): LoadImplement | null {
  if (timed && !eq.includes('dumbbell') && !eq.includes('kettlebell')) return null;
  for (const i of ['barbell', 'dumbbell', 'kettlebell', 'cable', 'machine'] as const) if (eq.includes(i)) return i;
  return null;
}

export const EXERCISES: readonly Exercise[] = (() => {
  const rankByPattern = new Map<MovementPattern, number>();
  return DEFS.map((d): Exercise => {
    const rank = rankByPattern.get(d.pattern) ?? 0;
    rankByPattern.set(d.pattern, rank + 1);
    const ex: Exercise = {
      id: d.id,
      name: d.name,
      aliases: d.aka ?? [],
      pattern: d.pattern,
      primaryMuscles: d.p,
      secondaryMuscles: d.s ?? [],
      equipment: d.eq,
      level: d.lvl ?? 'beginner',
      laterality: d.uni ? 'unilateral' : 'bilateral',
      kind: d.iso ? 'isolation' : 'compound',
      stresses: d.x ?? [],
      implement: implementFor(d.eq, d.timed === true),
      timed: d.timed === true,
      rank,
    };
    if (d.from) ex.oneRmFrom = { exerciseId: d.from[0], ratio: d.from[1] };
    return ex;
  });
})();

const BY_ID = new Map(EXERCISES.map((e) => [e.id, e]));

const normalize = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_NAME = (() => {
  const m = new Map<string, Exercise>();
  for (const e of EXERCISES) {
    for (const key of [e.id, e.name, ...e.aliases]) {
      const k = normalize(key);
      if (!m.has(k)) m.set(k, e);
    }
  }
  return m;
})();

/** Words in lift names that stay capitalized mid-sentence: places and people ("Bulgarian split squat", "Pallof press"). */
const PROPER_NAME = /^(?:Bulgarian|Romanian|Arnold|Pallof|Copenhagen|Nordic|Turkish|Zercher|Jefferson|Cossack|Meadows|Yates|Pendlay|Kroc|Spanish)$/;

/**
 * A lift's name inside a sentence: lower-cased, but an acronym stays one and a person or place keeps its
 * capital ("single-leg dumbbell RDL", "Romanian deadlift", "Bulgarian split squat", never "rdl").
 */
export function nameMidSentence(name: string): string {
  return name.split(' ').map((w) => (/^[A-Z0-9-]{2,}$/.test(w) || PROPER_NAME.test(w) ? w : w.toLowerCase())).join(' ');
}

export function exerciseById(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** Matches an id, a name or a common alias, case- and punctuation-insensitive ("OHP", "Bench", "rdl"). */
export function findExercise(nameOrAlias: string): Exercise | undefined {
  const k = normalize(nameOrAlias);
  if (!k) return undefined;
  return BY_NAME.get(k) ?? BY_NAME.get(k.replace(/s$/, ''));
}

/** Bodyweight is always available: a client's body comes to every session. */
export function equipmentFits(ex: Exercise, available: readonly Equipment[]): boolean {
  return ex.equipment.every((e) => e === 'bodyweight' || available.includes(e));
}

export function limitationConflicts(ex: Exercise, limitations: readonly Limitation[]): Limitation[] {
  return ex.stresses.filter((s) => limitations.includes(s));
}

export function levelFits(ex: Exercise, age: TrainingAge): boolean {
  return TRAINING_AGES.indexOf(ex.level) <= TRAINING_AGES.indexOf(age);
}

/** A variant loaded at 90%+ of a lift is the same lift for "go easy on it" (sumo for deadlift, Smith for squat). */
export const CLOSE_VARIANT_RATIO = 0.9;
/**
 * A lift refused for a while ("no squats this week") takes its barbell variants with it: a front squat (80%) or box
 * squat (85%) is still squatting to the client who said no squats. A lighter, different lift (the Romanian deadlift
 * at 65%, dumbbell presses under 50%) stays: it is what a coach puts in its place.
 */
export const REFUSED_VARIANT_RATIO = 0.75;

/**
 * A lift's close variants, for a client's "go easy on deadlifts for a while": the same movement at the same
 * load (its 1RM taken from the lift's at 90% or more, or the lift's from it: sumo deadlift, push press). A
 * lighter variant (Romanian deadlift at 65%) stays: it is how a coach eases a lift. With a body part named
 * ("no overhead press for now, shoulder") every lift of the same pattern that stresses it goes too (the
 * seated dumbbell press spares no shoulder). The lift itself is first.
 */
export function closeVariants(id: string, spare: readonly Limitation[] = [], nearRatio = CLOSE_VARIANT_RATIO): Exercise[] {
  const ex = exerciseById(id);
  if (!ex) return [];
  const spared = spare.filter((l) => ex.stresses.includes(l));
  const near = (a: Exercise, b: Exercise) => a.oneRmFrom?.exerciseId === b.id && a.oneRmFrom.ratio >= nearRatio;
  return [ex, ...EXERCISES.filter((e) => e.id !== ex.id && e.pattern === ex.pattern && (near(e, ex) || near(ex, e) || limitationConflicts(e, spared).length > 0))];
}
