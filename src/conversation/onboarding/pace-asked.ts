/**
 * "what pace should my easy runs be?" asked mid-onboarding by a runner who already told a recent race ("ran a 10k
 * in 49:30 in october"): a coach answers with the paces that race sets, not "once your plan starts". The zones are
 * the engine's (Daniels' VDOT), the ones the plan will print.
 */
import { formatFinish, formatPace, parseDuration } from '../../engine/endurance/durations.js';
import { raceDistanceMeters } from '../../engine/endurance/race-request.js';
import { paceZones, roundVdot, vdotFromRace } from '../../engine/endurance/vdot.js';
import { raceLabel } from '../parse/race.js';
import { SETUP_QUESTIONS } from './asides.js';
import type { OnboardingAnswers } from './types.js';

const PACE_ASKED = SETUP_QUESTIONS.filter((q) => q.id === 'run_pace' || q.id === 'hard_pace').map((q) => q.re);

/** The paces a told recent race sets, for a pace question; null when no pace is asked or no race was told. */
export function paceFromRecentRace(t: string, answers: Partial<OnboardingAnswers>): string | null {
  const recent = answers.race?.recentRace;
  if (!recent || !PACE_ASKED.some((re) => re.test(t))) return null;
  const meters = raceDistanceMeters(recent);
  const time = parseDuration(recent.time);
  if (meters <= 0 || time === null || time <= 0) return null;
  const vdot = roundVdot(vdotFromRace(meters, time));
  const unit = answers.units === 'metric' ? 'km' : 'mi';
  const p = paceZones(vdot, unit);
  return `From your ${raceLabel(recent)} in ${formatFinish(time)}: easy runs ${formatPace(p.easy.min)}-${formatPace(p.easy.max)}/${unit} (conversational), tempo ${formatPace(p.threshold)}/${unit}, intervals ${formatPace(p.interval)}/${unit}. Each run in your plan comes with its pace.`;
}
