/**
 * How long a plan's morning texts are: the segments of every training day's text (race day excluded) and the
 * most lines a rest day takes. The coach's review test and `npm run -s plan -- --grid/--digest` both read it.
 */
import { countSegments, toGsm7 } from '../../channels/sms-text.js';
import { planOutline, programWeek, workoutDaysOf, type PlanRequest } from '../../engine/program/program.js';
import { formatDailyMessage, workoutNoteSpellings } from './daily-message.js';

export interface TextSizes {
  median: number;
  max: number;
  /** Training days whose text is over 2 segments, and how many training days there are. */
  over2: number;
  count: number;
  restLines: number;
  /** Training days whose text left out a workout note (a finisher, strides, how to do the supersets) without a "+N more" line. */
  notesCutSilently: number;
  /** The first training day's text and the first rest day's after it, as samples. */
  samples: string[];
}

export function morningTextSizes(req: PlanRequest, name = 'Sam'): TextSizes {
  const outline = planOutline(req);
  const sizes: number[] = [];
  const samples: string[] = [];
  let restLines = 0;
  let notesCutSilently = 0;
  for (let n = 1; n <= outline.weeks; n++) {
    for (const day of workoutDaysOf(outline, programWeek(req, outline, n))) {
      const text = formatDailyMessage(day, { name, isMorning: true });
      if (day.kind === 'rest') restLines = Math.max(restLines, text.split('\n').length);
      else if (day.kind !== 'race') {
        sizes.push(countSegments(text).segments);
        const cut = day.notes.some((n) => {
          const spelled = workoutNoteSpellings(n);
          return spelled !== null && !spelled.some((x) => text.includes(toGsm7(x)));
        });
        if (cut && !/^\+\d+ more: /m.test(text)) notesCutSilently += 1;
      }
      if (samples.length === 0 && day.kind !== 'rest') samples.push(text);
      if (samples.length === 1 && day.kind === 'rest') samples.push(text);
    }
  }
  sizes.sort((a, b) => a - b);
  return {
    median: sizes[Math.floor((sizes.length - 1) / 2)] ?? 0,
    max: sizes.at(-1) ?? 0,
    over2: sizes.filter((s) => s > 2).length,
    count: sizes.length,
    restLines,
    notesCutSilently,
    samples,
  };
}
