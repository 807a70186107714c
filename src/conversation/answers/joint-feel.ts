/**
 * "how is my shoulder supposed to feel on bench", "what should my knee feel like when i squat": what a joint should
 * feel in a lift. Worked muscles around it are fine; a sharp, pinching or catching joint is not. The cue is the
 * lift's (named in the text, else the joint's usual lift), as data: the first cue a coach gives for that joint.
 */

const CUES: ReadonlyArray<{ lift: RegExp; joint: RegExp; cue: string }> = [
  { lift: /\b(bench|press|push ?ups?|dips?|fly|flyes|flies)\b/, joint: /\bshoulders?\b/, cue: "On presses keep your shoulder blades pulled back and down and your elbows about 45 degrees from your sides; if the front of your shoulder pinches, go lighter or stop an inch short of the bottom (bar above your chest, dumbbells at chest height), and stop the set if it stays." },
  { lift: /\b(squats?|squatting|lunges?|leg press|split squats?)\b/, joint: /\bknees?\b/, cue: 'On squats let your knees travel over your toes, pushing them out in line with your feet; if the knee pinches, squat to a box or a little higher for now and stop the set if it stays.' },
  { lift: /\b(deadlifts?|dl|rdls?|rows?|hinges?|good mornings?)\b/, joint: /\b(?:lower )?back\b/, cue: 'On pulls and hinges your back should feel braced and worked, never sharp or shooting: keep the weight close, your back flat, and stop the set the moment your lower back rounds or twinges.' },
  { lift: /\b(squats?|deadlifts?|hip thrusts?|lunges?)\b/, joint: /\bhips?\b/, cue: 'On squats and hinges a hip should feel the glutes working, never a pinch at the front of the hip: widen your stance a little and stop where it is still comfortable.' },
];

const GENERAL = 'Move through the range that stays comfortable, go lighter if it pinches, and stop the set if it stays.';

export function jointFeelAnswer(text: string): string {
  const cue = CUES.find((c) => c.lift.test(text) && c.joint.test(text)) ?? CUES.find((c) => c.joint.test(text));
  const part = /\b(shoulder|knee|lower back|back|hip|elbow|wrist|neck|ankle)s?\b/.exec(text)?.[1] ?? 'joint';
  return `The muscles around it can feel worked, warm or tired - that's fine. The joint itself should never feel sharp, pinching or catching. ${cue?.cue ?? GENERAL} Sore muscles the next day are normal; pain in the ${part} that lingers is not - tell me (e.g. "${part} pinched on ${/\bbench\b/.test(text) ? 'bench' : /\bsquat/.test(text) ? 'squats' : /\bdeadlift|\bdl\b/.test(text) ? 'deadlifts' : 'presses'}") and I'll change the lift.`;
}
