/**
 * Endurance (race plan) engine: pure, deterministic, no clock or randomness.
 */

export { raceRequestSchema, parseRaceRequest, MIN_DAYS_TO_RACE, MIN_DAYS_TO_FULL_PLAN, MAX_DAYS_TO_RACE, planWeekCount, raceDistanceMeters } from './race-request.js';
export type { RaceRequest, RaceRequestInput, ParseRaceResult } from './race-request.js';
export { vdotFromRace, predictTime, paceZones, predictStandardTimes, vdotForThresholdPace, METERS_PER_UNIT, STANDARD_DISTANCES_M } from './vdot.js';
export type { PaceZones, StandardDistance } from './vdot.js';
export { formatPace, formatDuration, formatFinish, parseDuration } from './durations.js';
export { raceOutline, assessGoal } from './outline.js';
export type { RaceOutline, OutlineWeek, GoalAssessment } from './outline.js';
export { PHASE_NAMES, splitPhases, taperWeeksFor } from './phases.js';
export type { Phase, PhaseName } from './phases.js';
export { weekPattern } from './pattern.js';
export type { WeekPattern } from './pattern.js';
export { cutbackFlags, CUTBACK_FACTOR, MAX_WEEKLY_INCREASE, RACE_WINDOW_SHARE } from './volume.js';
export { generateRaceWeek } from './week.js';
export type { RaceWeek, GenerateWeekOptions } from './week.js';
export type { WeekExecution } from './execution.js';
export { DAY_TYPES, HARD_TYPES } from './race-day.js';
export type { DayType, Lap, RaceDay, Effort, QualityType } from './race-day.js';
export { buildRacePlan, racePlanToJson } from './plan.js';
export type { RacePlan, RacePlanJson } from './plan.js';
export { validateRaceWeek, validateRacePlan, CUTBACK_RATIO, RACE_WINDOW_RATIO, TAPER_WEEK_MAX } from './validate.js';
export type { ValidationResult, WeekValidationContext } from './validate.js';
export { raceDayToWorkout } from './to-workout.js';
export { summarizeRacePlan } from './summary.js';
