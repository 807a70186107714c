/** Short day labels shared by the week view and the daily message. */
import { weekdayShort, parseIsoDate } from '../../engine/dates.js';
import type { WorkoutDay } from '../../engine/workout/workout.js';
import { MEET_DAY_THEME } from '../../engine/strength/week.js';
import { convertDistance, formatNumber, type DisplayUnits } from './workout-lines.js';


/** "Mon 11/24" for an ISO date; the raw string when it is not one. */
export function formatDateLabel(iso: string): string {
  if (!parseIsoDate(iso).success) return iso;
  const [, mo, d] = iso.split('-');
  return `${weekdayShort(iso)} ${Number(mo)}/${Number(d)}`;
}

/** One line for a week view: "Lower - squat focus (heavy)", "Intervals (moderate) 6.2 mi", "Rest". */
export function formatDayBrief(day: WorkoutDay, units: DisplayUnits = {}): string {
  // A day off is "Rest", except the one a client plans around: the meet their plan peaks for.
  if (day.kind === 'rest') return day.title === MEET_DAY_THEME ? day.title : 'Rest';
  const level = day.loadLevel !== 'rest' && day.kind !== 'race' ? ` (${day.loadLevel})` : '';
  // The engine's race day is titled "Race day: 5K" already; its distance holds the warm-up and cool-down too,
  // so it is said as such (a bare "5K 4.61 mi" reads as a wrong race distance).
  const race = day.kind === 'race';
  const prefix = race && !/^race day\b/i.test(day.title) ? 'RACE: ' : '';
  let distance = '';
  if (day.totalDistance !== null && day.distanceUnit !== null && day.totalDistance > 0) {
    const unit = units.distance ?? day.distanceUnit;
    const d = `${formatNumber(convertDistance(day.totalDistance, day.distanceUnit, unit), race ? 1 : 2)} ${unit}`;
    distance = race ? ` (${d} with warm-up and cool-down)` : ` ${d}`;
  }
  return `${prefix}${day.title}${level}${distance}`;
}
