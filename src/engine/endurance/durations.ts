/**
 * Times and paces as runners write them. Durations are whole seconds; paces are seconds per unit (mile or km).
 */

/** "m:ss" for a pace in seconds per unit, rounded to the second (445.6 → "7:26"). */
export function formatPace(sec: number): string {
  const total = Math.max(0, Math.round(sec));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** "h:mm:ss" for a duration in seconds (1199.6 → "0:20:00"). */
export function formatDuration(sec: number): string {
  const total = Math.max(0, Math.round(sec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** A finish time as runners say it: "4:52" for a mile, "22:30" for a 5K, "1:45:10" past the hour (no "0:" or "04:52"). */
export function formatFinish(sec: number): string {
  return sec < 3600 ? formatPace(sec) : formatDuration(sec);
}

/**
 * A goal time as a runner says it: past the hour with no seconds it is hours and minutes ("4:00" for a marathon,
 * "1:55" for a half; was "4:00:00"), otherwise as formatFinish ("3:45:30", "50:00" for a 10K).
 */
export function formatGoal(sec: number): string {
  const total = Math.max(0, Math.round(sec));
  return total >= 3600 && total % 60 === 0 ? formatDuration(total).slice(0, -3) : formatFinish(total);
}

const HMS = /^(\d{1,2}):([0-5]\d):([0-5]\d)$/;
const MS = /^(\d{1,3}):([0-5]\d)$/;

/**
 * Seconds in "h:mm:ss" or "mm:ss" (also "m:ss", so it parses paces too); null when the text is not a time
 * or is zero.
 */
export function parseDuration(str: string): number | null {
  const t = str.trim();
  const hms = HMS.exec(t);
  const sec = hms
    ? Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3])
    : (() => {
        const ms = MS.exec(t);
        return ms ? Number(ms[1]) * 60 + Number(ms[2]) : null;
      })();
  return sec && sec > 0 ? sec : null;
}

/** A pace goal as stored on a lap: "m:ss" with seconds 00–59. */
export const PACE_PATTERN = /^\d{1,2}:[0-5]\d$/;
