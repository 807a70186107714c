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
