/**
 * A session named by its theme or name ("leg day", "my upper day", "the long run", "full body B", "tempo"):
 * the words clients use, and which plan days (by their title) each one means. Rules as data: one row per name.
 */
import { normalize } from './text.js';

export interface SessionName {
  /** Stable key, e.g. 'legs', 'full_body_b', 'long_run'. */
  key: string;
  /** How the reply names it: "leg day", "long run". */
  label: string;
  /** Whether a plan day's title is this session. */
  matches: (title: string) => boolean;
}

interface Row {
  key: string;
  label: string;
  words: RegExp;
  title: RegExp;
}

const ROWS: readonly Row[] = [
  { key: 'long_run', label: 'long run', words: /\blong (?:run|one)\b/, title: /^long run\b/i },
  { key: 'tempo', label: 'tempo run', words: /\b(?:tempo|threshold)(?: run| day| session)?\b/, title: /^tempo\b/i },
  { key: 'intervals', label: 'intervals', words: /\b(?:intervals?|speed ?work|speed (?:day|session)|track (?:day|session|workout)|repeats)\b/, title: /^intervals\b/i },
  { key: 'easy_run', label: 'easy run', words: /\b(?:easy|recovery) (?:run|day|jog)\b/, title: /^(?:easy|recovery) run\b/i },
  // A day named by its main lift ("my deadlift day", "squat session"): the plan day whose title leads with that lift.
  // Also the lift alone as what is moved ("can i do deadlifts on friday instead of thursday": the words between the
  // move verb and the day are "deadlifts"): the day that has it.
  { key: 'squat_day', label: 'squat day', words: /\b(?:back |front )?squats? (?:day|session|workout)\b|^(?:my |the )?(?:back |front )?squats$/, title: /\bsquat\b/i },
  { key: 'deadlift_day', label: 'deadlift day', words: /\b(?:deadlifts?|deads?|dl) (?:day|session|workout)\b|^(?:my |the )?(?:deadlifts|deads)$/, title: /\bdeadlift\b/i },
  { key: 'bench_day', label: 'bench day', words: /\bbench(?: press)? (?:day|session|workout)\b|^(?:my |the )?bench(?: press)?$/, title: /\bbench press\b/i },
  { key: 'press_day', label: 'press day', words: /\b(?:ohp|overhead press|overhead|shoulder press|press) (?:day|session|workout)\b/, title: /\boverhead press\b/i },
  { key: 'legs', label: 'leg day', words: /\b(?:legs?|lower(?: body)?)(?: day| session| workout| lift)?\b(?! press| curl| extension| raise)/, title: /^(?:legs|lower)\b/i },
  { key: 'upper', label: 'upper day', words: /\bupper(?: body)?(?: day| session| workout| lift)?\b/, title: /^upper\b/i },
  { key: 'push', label: 'push day', words: /\bpush (?:day|session|workout)\b/, title: /^push\b/i },
  { key: 'pull', label: 'pull day', words: /\bpull (?:day|session|workout)\b/, title: /^pull\b/i },
];

/** "full body a", "full-body B", "fb c", "full body day". */
const FULL_BODY = /\b(?:full[ -]?body|fb|total body)(?: (?:day|session|workout))?(?: ([abc]))?\b/;

/**
 * The session a text names, or null. "push" and "pull" count only as "push day"/"pull day" (plain "push"
 * is a move verb: "push the long run to sunday").
 */
export function findSessionName(text: string): SessionName | null {
  const t = normalize(text);
  const fb = FULL_BODY.exec(t);
  if (fb) {
    const letter = fb[1]?.toUpperCase();
    return {
      key: letter ? `full_body_${letter.toLowerCase()}` : 'full_body',
      label: letter ? `Full body ${letter}` : 'full body day',
      matches: (title) => (letter ? new RegExp(`^full body ${letter}\\b`, 'i').test(title) : /^full body\b/i.test(title)),
    };
  }
  for (const r of ROWS) if (r.words.test(t)) return { key: r.key, label: r.label, matches: (title) => r.title.test(title) };
  return null;
}

/** The session a stored key names (the reading's `session`), or null for an unknown key. */
export function sessionNameFromKey(key: string): SessionName | null {
  const fb = /^full_body(?:_([abc]))?$/.exec(key);
  if (fb) return findSessionName(fb[1] ? `full body ${fb[1]}` : 'full body');
  const r = ROWS.find((x) => x.key === key);
  return r ? { key: r.key, label: r.label, matches: (title) => r.title.test(title) } : null;
}
