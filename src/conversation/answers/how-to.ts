/**
 * "What's an RDL?", "how do I do a doorway towel row?": what an exercise in the plan is and how to do it, from
 * the library's own facts (its movement pattern, muscles and kit) and one coaching cue per pattern, as data.
 * A beginner meets names like these in the first morning text; the answer must not wait for a human.
 */
import type { Exercise, MovementPattern } from '../../engine/strength/exercises.js';

/** What the movement is, in plain words, and the cue a coach gives first. */
const PATTERN_HOW: Record<MovementPattern, { is: string; cue: string }> = {
  squat: { is: 'a squat', cue: 'Feet about shoulder width, chest up, sit down between your heels as deep as you can with a flat back, knees tracking over your toes, then stand by pushing the floor away.' },
  hinge: { is: 'a hip hinge', cue: 'Soft knees, flat back: push your hips back until your hamstrings stretch (the weight close to your legs), then drive your hips forward to stand tall.' },
  lunge: { is: 'a single-leg squat', cue: 'Step into a long stance, lower straight down until the back knee nearly touches the floor, front knee over the toes, then push up through the front foot.' },
  horizontal_push: { is: 'a press', cue: 'Shoulder blades pulled back and down, lower the weight to mid-chest with elbows about 45 degrees from your sides, then press back up.' },
  vertical_push: { is: 'an overhead press', cue: 'Brace your stomach and squeeze your glutes so your back does not arch, press straight up until your arms are locked out by your ears, then lower under control.' },
  horizontal_pull: { is: 'a row', cue: 'Flat back, pull your elbows back toward your hips and squeeze your shoulder blades together, pause, then lower slowly.' },
  vertical_pull: { is: 'a pull from overhead', cue: 'Start with straight arms, pull your elbows down toward your ribs and your chest up, then lower all the way under control.' },
  knee_extension: { is: 'a knee extension', cue: 'Straighten your knees fully and squeeze the front of your thighs for a second, then lower slowly.' },
  knee_flexion: { is: 'a leg curl', cue: 'Curl your heels toward your seat without lifting your hips, squeeze, then straighten slowly.' },
  hip_thrust: { is: 'a hip extension', cue: 'Drive through your heels and lift your hips until your body is straight from shoulders to knees, squeeze your glutes for a second, then lower.' },
  chest_fly: { is: 'a fly', cue: 'Slightly bent elbows, open your arms wide until you feel a stretch across your chest, then bring your hands together in an arc.' },
  lateral_raise: { is: 'a raise', cue: 'Slight bend in the elbows, lift the weights out to your sides to shoulder height, leading with your elbows, then lower slowly.' },
  rear_delt: { is: 'a rear-shoulder raise', cue: 'Arms nearly straight, pull them out and back while squeezing your shoulder blades, then return slowly.' },
  elbow_flexion: { is: 'a curl', cue: 'Elbows pinned at your sides, curl the weight up without swinging, then lower it slowly.' },
  elbow_extension: { is: 'a triceps extension', cue: 'Keep your upper arms still and straighten your elbows fully, then bend them slowly back.' },
  calf_raise: { is: 'a calf raise', cue: 'Rise as high as you can onto the balls of your feet, pause, then lower your heels slowly below the step or to the floor.' },
  core_anti_extension: { is: 'a core hold', cue: 'Squeeze your glutes and brace your stomach so your lower back does not sag; breathe and hold a straight line.' },
  core_flexion: { is: 'a crunch', cue: 'Curl your ribs toward your hips with your lower back controlled, breathe out at the top, then lower slowly.' },
  core_anti_rotation: { is: 'an anti-rotation core exercise', cue: 'Brace and keep your hips and shoulders square - the point is not letting the weight or band twist you.' },
  carry: { is: 'a loaded carry', cue: 'Pick up heavy weights, stand tall with your shoulders down, and walk with short steady steps without leaning.' },
  power: { is: 'an explosive exercise', cue: 'Move as fast as you can with good form, land softly, and rest fully between sets - quality beats quantity here.' },
  balance: { is: 'a balance drill', cue: 'Stand tall beside a wall or counter, lift one foot a few inches and hold still, a hand ready to touch the support; look at a point ahead.' },
};

const KIT_WORDS: Partial<Record<Exercise['equipment'][number], string>> = {
  barbell: 'a barbell',
  dumbbell: 'dumbbells',
  kettlebell: 'a kettlebell',
  cable: 'a cable machine',
  machine: 'a machine',
  bands: 'a band',
  pullup_bar: 'a pull-up bar',
  bench: 'a bench',
};

/** Exercises whose set-up the pattern's cue does not explain. */
const SET_UP: Readonly<Record<string, string>> = {
  doorway_row: 'Wrap a towel around both handles of a closed, sturdy door (or a door frame), hold the ends, lean back with straight arms and feet close to the door, then pull your chest to your hands.',
  wall_sit: 'Back flat against a wall, slide down until your knees are bent about 90 degrees, and hold.',
  pistol_squat: 'Stand on one leg with the other straight out in front, sit down as low as you can with control (hold a door frame at first), then stand back up.',
  db_step_up: 'Put one whole foot on a knee-high box or bench, drive through that heel to stand up on it without pushing off the back foot, then step down slowly.',
};

/** "Romanian deadlift: a hip hinge for your hamstrings and glutes, with a barbell. Soft knees and …" */
export function howToDo(ex: Exercise): string {
  const how = PATTERN_HOW[ex.pattern];
  const muscles = ex.primaryMuscles.map((m) => m.replace(/_/g, ' '));
  const forWhat = muscles.length ? ` for your ${muscles.length > 1 ? `${muscles.slice(0, -1).join(', ')} and ${muscles.at(-1)}` : muscles[0]}` : '';
  const kit = ex.equipment.map((e) => KIT_WORDS[e]).filter((w): w is string => w !== undefined);
  const withKit = kit.length ? `, with ${kit.join(' and ')}` : ex.equipment.includes('bodyweight') ? ', with your bodyweight' : '';
  const side = ex.laterality === 'unilateral' ? ' Sets are per side.' : '';
  const hold = ex.timed ? ' Held for time (seconds).' : '';
  return `${ex.name}: ${how.is}${forWhat}${withKit}. ${SET_UP[ex.id] ?? how.cue}${side}${hold} Start light; stop if it hurts.`;
}

/** What each movement is in a plan for, in a coach's words ("... is for <this>"). */
const PATTERN_WHY: Record<MovementPattern, string> = {
  squat: 'your legs: strong legs for stairs, getting up and carrying things',
  hinge: 'your hamstrings, glutes and back: it teaches lifting from the floor with a flat back',
  lunge: 'one leg at a time: it evens out left and right and trains balance with strength',
  horizontal_push: 'your chest, shoulders and triceps: the main upper-body push',
  vertical_push: 'strong shoulders, pressing overhead',
  horizontal_pull: 'your upper back: it balances all the pushing and keeps your shoulders healthy',
  vertical_pull: 'your back and arms, pulling from overhead',
  knee_extension: 'the front of your thighs, without loading your back',
  knee_flexion: 'your hamstrings, which help protect your knees',
  hip_thrust: 'strong glutes, without loading your back much',
  chest_fly: 'extra chest work at a stretch, light on the joints',
  lateral_raise: 'the sides of your shoulders, which presses barely reach',
  rear_delt: 'the backs of your shoulders: posture and healthy shoulders',
  elbow_flexion: 'your biceps, which help every pull',
  elbow_extension: 'your triceps, which help every press',
  calf_raise: 'your calves and ankles: walking, running and balance',
  core_anti_extension: 'a core that holds your spine still under load',
  core_flexion: 'your stomach muscles',
  core_anti_rotation: 'a core that resists twisting, which protects your back',
  carry: 'grip, posture and a strong core, the way you carry bags and kids',
  power: 'speed and power: moving fast keeps you quick and steady on your feet',
  balance: 'balance: steadier on one foot is what keeps you from falling when you trip',
};

/** "what are lunges for": what the lift trains, in a sentence. */
export function liftPurpose(ex: Exercise): string {
  return `${ex.name} is for ${PATTERN_WHY[ex.pattern]}.`;
}

/** "why rdl?": what the lift is in the plan for, how to do it, and how to ask for another. */
export function whyThisLift(ex: Exercise): string {
  const how = SET_UP[ex.id] ?? PATTERN_HOW[ex.pattern].cue;
  const name = ex.aliases.find((a) => a.length <= 4 && !a.includes(' ')) ?? ex.name.toLowerCase();
  // Said of the lift, not of the plan: "why leg press?" may be asked of a lift the plan does not hold.
  return `${liftPurpose(ex)} How: ${how} Rather do something else? Text "swap ${name} for ..." and I'll change it.`;
}

/** A lift's name without its bracketed detail, mid-sentence: "box squat", not "Box squat (to a parallel box)". */
function shortName(ex: Exercise): string {
  return ex.name.replace(/\s*\(.*\)$/, '').toLowerCase();
}

/**
 * "what's the difference between a box squat and a regular squat": what the two share and what sets them apart,
 * from the library's facts (pattern, muscles, kit, one or two legs, the areas each loads hard), then how to do
 * the first. The plan's choice between them has its own answer ("why box squat").
 */
export function compareExercises(a: Exercise, b: Exercise): string {
  const [an, bn] = [shortName(a), shortName(b)];
  const same = a.pattern === b.pattern;
  const list = (xs: readonly string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : (xs[0] ?? ''));
  const shared = a.primaryMuscles.filter((m) => b.primaryMuscles.includes(m)).map((m) => m.replace(/_/g, ' '));
  const lead = same ? `Both are ${PATTERN_HOW[a.pattern].is}${shared.length ? ` for your ${list(shared)}` : ''}.` : `The ${an} is ${PATTERN_HOW[a.pattern].is}, the ${bn} ${PATTERN_HOW[b.pattern].is}.`;
  const kit = (ex: Exercise) => ex.equipment.map((e) => KIT_WORDS[e]).filter((w): w is string => w !== undefined && w !== 'a bench');
  const [ka, kb] = [kit(a), kit(b)];
  const kitLine = ka.join() !== kb.join() ? `The ${an} uses ${ka.length ? ka.join(' and ') : 'your bodyweight'}, the ${bn} ${kb.length ? kb.join(' and ') : 'your bodyweight'}.` : null;
  const sideLine = a.laterality !== b.laterality ? `The ${a.laterality === 'unilateral' ? an : bn} works one side at a time.` : null;
  // What each spares is a comparison only inside one movement: a squat is not "easier on the shoulder" than a press.
  const easier = (x: Exercise, y: Exercise) => y.stresses.filter((s) => !x.stresses.includes(s) && s !== 'overhead').map((s) => s.replace(/_/g, ' '));
  const spares = same ? [[an, easier(a, b)], [bn, easier(b, a)]].filter(([, xs]) => xs!.length).map(([n, xs]) => `The ${n as string} is easier on your ${list(xs as string[])}.`) : [];
  const told = same ? (DIFFERENCE[a.id] ?? DIFFERENCE[b.id] ?? SET_UP[a.id]) : undefined;
  // Two texts at most: what sets them apart in a coach's words first, then the facts, the joints last to go.
  const parts = [lead, kitLine, sideLine, ...spares, told].filter((x): x is string => !!x);
  while (parts.join(' ').length > 300 && parts.length > 1) parts.splice(parts.length - (told ? 2 : 1), 1);
  return parts.join(' ');
}

/** What sets a lift apart from its usual comparison, in a coach's words (the library's facts do not say it). */
const DIFFERENCE: Readonly<Record<string, string>> = {
  box_squat: 'On the box squat you sit back until you touch the box, pause without relaxing, then stand: it teaches depth and takes the bounce out.',
  db_box_squat: 'On the box squat you sit back until you touch the bench, pause without relaxing, then stand: it teaches depth and takes the bounce out.',
  romanian_deadlift: 'The RDL starts standing and lowers only until your hamstrings stretch (soft knees, the bar close), never to the floor; the deadlift starts every rep from the floor.',
  leg_press: 'The leg press takes balance out, so your legs can be pushed harder; the squat also trains your trunk. Both build legs well.',
  db_bench_press: 'Dumbbells let each arm work on its own and move freely, which many shoulders like; the barbell lets you lift more.',
  front_squat: 'The front squat holds the bar on the front of your shoulders, so you stay more upright: more quads, less lower back, and lighter loads than the back squat.',
  sumo_deadlift: 'Sumo takes a wide stance with your hands inside your legs: a more upright back and more work for your hips and quads than conventional.',
};
