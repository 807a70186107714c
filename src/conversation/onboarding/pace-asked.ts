/**
 * "what pace should my easy runs be?" asked mid-onboarding by a runner who already told a recent race ("ran a 10k
 * in 49:30 in october"): a coach answers with the paces that race sets, not "once your plan starts". The zones are
 * the engine's (Daniels' VDOT), the ones the plan will print.
 */
import { formatFinish, formatPace } from '../../engine/endurance/durations.js';
import { recentDistanceMeters } from '../../engine/endurance/race-request.js';
import { paceZones, roundVdot, vdotFromRace } from '../../engine/endurance/vdot.js';
import { SETUP_QUESTIONS } from './asides.js';
import type { OnboardingAnswers } from './types.js';

const PACE_ASKED = SETUP_QUESTIONS.filter((q) => q.id === 'run_pace' || q.id === 'hard_pace').map((q) => q.re);
const LABEL: Record<string, string> = { '5k': '5K', '10k': '10K', half: 'half marathon', marathon: 'marathon' };

/** 'h:mm:ss' or 'mm:ss' → seconds; null when it is neither. */
function seconds(time: string): number | null {
  const parts = time.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !Number.isFinite(p))) return null;
  return parts.reduce((s, p) => s * 60 + p, 0);
}

/** The paces a told recent race sets, for a pace question; null when no pace is asked or no race was told. */
export function paceFromRecentRace(t: string, answers: Partial<OnboardingAnswers>): string | null {
  const recent = answers.race?.recentRace;
  if (!recent || !PACE_ASKED.some((re) => re.test(t))) return null;
  const distance = recent.distance === 'custom' ? recent.customDistanceKm : recent.distance;
  const time = seconds(recent.time);
  if (distance === undefined || time === null || time <= 0) return null;
  const vdot = roundVdot(vdotFromRace(recentDistanceMeters(distance as '5k' | '10k' | 'half' | 'marathon' | number), time));
  const unit = answers.units === 'metric' ? 'km' : 'mi';
  const p = paceZones(vdot, unit);
  const race = typeof distance === 'number' ? `${distance}K` : LABEL[distance] ?? distance;
  return `From your ${race} in ${formatFinish(time)}: easy runs ${formatPace(p.easy.min)}-${formatPace(p.easy.max)}/${unit} (conversational), tempo ${formatPace(p.threshold)}/${unit}, intervals ${formatPace(p.interval)}/${unit}. Each run in your plan comes with its pace.`;
}
