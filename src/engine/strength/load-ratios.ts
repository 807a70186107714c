/**
 * How one lift's 1RM carries to another (from → to), as data: the swaps a coach would make for equipment,
 * travel or an exclusion. Strength reads it to estimate a 1RM from a related lift (known-maxes.ts);
 * adaptation reads it to rescale a load on a swap (adaptation/rescale.ts). It lives with the lifts, so the
 * strength engine does not depend on the adaptation layer.
 */

export interface LoadRatio {
  /** Target 1RM = source 1RM × ratio (per dumbbell/bell when the target is one). */
  ratio: number;
  /** Where the number comes from. Most are coaching heuristics, said so; none is a law. */
  source: string;
}

export const HEURISTIC = 'coaching heuristic';
/** Two dumbbells together usually move about 80% of the barbell (stability cost), i.e. ~40% each. */
const PAIR = `${HEURISTIC}: a pair of dumbbells moves about 80% of the barbell, so about 40% per dumbbell`;

/**
 * Stated ratios, from → to. Only pairs a coach would actually swap are listed; anything else is refused
 * (start light and log) rather than guessed. Reverse swaps use 1 / ratio (see RETURN_FACTOR).
 */
export const LOAD_RATIOS: Readonly<Record<string, Readonly<Record<string, LoadRatio>>>> = {
  back_squat: {
    front_squat: { ratio: 0.8, source: `${HEURISTIC}: front squat max is usually 80-85% of back squat; the low end is used` },
    box_squat: { ratio: 0.85, source: `${HEURISTIC}: a parallel box squat runs about 85% of a full back squat` },
    goblet_squat: { ratio: 0.35, source: `${HEURISTIC}: a goblet squat is limited by holding one dumbbell at the chest, about a third of the back squat` },
    db_box_squat: { ratio: 0.35, source: `${HEURISTIC}: held goblet-style, about a third of the back squat` },
    kb_goblet_squat: { ratio: 0.35, source: `${HEURISTIC}: held goblet-style, about a third of the back squat` },
    bulgarian_split_squat: { ratio: 0.2, source: `${HEURISTIC}: one leg moves about 40-50% of a back squat; per dumbbell about 20%` },
    walking_lunge: { ratio: 0.2, source: `${HEURISTIC}: one leg moves about 40-50% of a back squat; per dumbbell about 20%` },
    db_step_up: { ratio: 0.15, source: `${HEURISTIC}: step-ups are weaker than split squats; per dumbbell about 15%` },
  },
  front_squat: {
    goblet_squat: { ratio: 0.45, source: `${HEURISTIC}: same front-loaded position, limited by one dumbbell` },
  },
  bench_press: {
    db_bench_press: { ratio: 0.4, source: PAIR },
    db_floor_press: { ratio: 0.35, source: `${PAIR}; the floor shortens the range, and no leg drive: a little lower` },
    incline_db_press: { ratio: 0.35, source: `${HEURISTIC}: incline is about 80-85% of flat, then about 40% per dumbbell` },
    incline_bench_press: { ratio: 0.8, source: `${HEURISTIC}: incline bench is about 80% of flat bench` },
    close_grip_bench_press: { ratio: 0.9, source: `${HEURISTIC}: close grip is about 90% of a competition-grip bench` },
  },
  incline_bench_press: {
    incline_db_press: { ratio: 0.4, source: PAIR },
  },
  overhead_press: {
    db_shoulder_press: { ratio: 0.4, source: PAIR },
    arnold_press: { ratio: 0.35, source: `${PAIR}; the rotation costs a little more` },
  },
  deadlift: {
    romanian_deadlift: { ratio: 0.65, source: `${HEURISTIC}: an RDL is about 60-70% of a deadlift` },
    sumo_deadlift: { ratio: 1, source: `${HEURISTIC}: most lifters pull within a few % sumo or conventional` },
    kb_deadlift: { ratio: 0.4, source: `${HEURISTIC}: one bell held in both hands between the feet, limited by the grip and the bell's height: about 40% of the barbell` },
    db_romanian_deadlift: { ratio: 0.3, source: `${HEURISTIC}: RDL about 65% of the deadlift, a dumbbell pair about 90% of the bar: about 30% per dumbbell` },
  },
  romanian_deadlift: {
    db_romanian_deadlift: { ratio: 0.45, source: `${HEURISTIC}: a dumbbell pair moves about 90% of the barbell RDL, about 45% each` },
  },
  barbell_row: {
    db_row: { ratio: 0.45, source: `${HEURISTIC}: one arm with one dumbbell rows about 45% of a two-arm barbell row` },
    chest_supported_row: { ratio: 0.35, source: `${PAIR}; the chest support takes the body swing out` },
    db_bent_over_row: { ratio: 0.4, source: PAIR },
  },
  hip_thrust: {
    db_hip_thrust: { ratio: 0.3, source: `${HEURISTIC}: one dumbbell across the hips, limited by balancing it: about 30% of the bar` },
  },
  barbell_curl: {
    db_curl: { ratio: 0.45, source: `${HEURISTIC}: about 45% of the barbell curl per dumbbell` },
    hammer_curl: { ratio: 0.5, source: `${HEURISTIC}: the neutral grip is a little stronger, about 50% per dumbbell` },
  },
};

/**
 * Estimates across lifts that are not swaps: a first weight for a lift the client never gave, from one they
 * did ("bench 185x5" → an overhead press and a row with a load on day one instead of "pick a weight").
 * Only for setting a start; logs replace them. Each ratio is the conservative end of its usual range, so a
 * first session errs light. Rescaling a swap never reads this table.
 */
export const ESTIMATE_RATIOS: Readonly<Record<string, Readonly<Record<string, LoadRatio>>>> = {
  bench_press: {
    overhead_press: { ratio: 0.6, source: `${HEURISTIC}: a strict overhead press is usually 60-65% of the bench press; the low end is used` },
    barbell_row: { ratio: 0.7, source: `${HEURISTIC}: a strict barbell row is usually 70-80% of the bench press; the low end is used` },
  },
  overhead_press: {
    bench_press: { ratio: 1.4, source: `${HEURISTIC}: the bench press is usually 1.5-1.65x the overhead press; a little under is used` },
  },
  deadlift: {
    back_squat: { ratio: 0.75, source: `${HEURISTIC}: most lifters squat 75-90% of their deadlift; the low end is used` },
    barbell_row: { ratio: 0.45, source: `${HEURISTIC}: a strict barbell row is usually 45-55% of the deadlift; the low end is used` },
  },
  back_squat: {
    deadlift: { ratio: 1.05, source: `${HEURISTIC}: most lifters deadlift 10-30% more than they squat; less is used` },
  },
};
