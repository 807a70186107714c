/**
 * The strength engine's public API (services and scripts import from here).
 */
export { strengthRequestSchema, parseStrengthRequest, loggedSetInputSchema, weeksToMeet, requestForWeek, withLoadLimit, YOUTH_EFFORT_FLOOR } from './request.js';
export type { StrengthRequest, StrengthRequestInput, ParseResult } from './request.js';
export { buildStrengthOutline, strengthWeek, buildStrengthPlan, createStrengthPlanner } from './week.js';
export { blockContextFor } from '../periodization/block-context.js';
export type {
  StrengthOutline,
  BlockContext,
  Mesocycle,
  TrainingBlock,
  BlockType,
  IntensityBias,
  VolumeTarget,
  AdaptationType,
  PrescriptionModifiers,
  OutlineWeek,
} from '../periodization/types.js';
export { estimateOneRepMax, percentOfOneRepMax, loadFor, ONE_RM_FORMULA } from './one-rep-max.js';
export type { LoadPrescription } from './one-rep-max.js';
export { progressExercise, detectStall, STALL_EXPOSURES } from './progression.js';
export type { ProgressionTarget, ProgressionAction, ProgressionDecision, StallVerdict } from './progression.js';
export { validateStrengthWeek, validateStrengthPlan, validateStrengthOutline } from './validate.js';
export type { ValidationResult } from './validate.js';
export { strengthDayToWorkout, toLiftItem, positionLabel } from './to-workout.js';
export { summarizeStrengthPlan } from './summary.js';
export {
  EXERCISES,
  MOVEMENT_PATTERNS,
  findExercise,
  exerciseById,
  nameMidSentence,
  equipmentFits,
  limitationConflicts,
  closeVariants,
  CLOSE_VARIANT_RATIO,
  REFUSED_VARIANT_RATIO,
} from './exercises.js';
export type { Exercise, MovementPattern } from './exercises.js';
export { MUSCLES, RP_LANDMARKS, landmarksFor } from './volume-landmarks.js';
export type { Muscle, VolumeLandmarks } from './volume-landmarks.js';
export { ROTATION_POLICY } from './selection.js';
export { REP_CEILING, HARDER_VARIANTS, standsInFor } from './load-cap.js';
export type { ExposureRecord } from './selection.js';
export { knownOneRepMaxes, derivedFrom } from './known-maxes.js';
export type {
  LoggedSet,
  WeekOverrides,
  PrescribedExercise,
  StrengthDay,
  StrengthWeek,
  StrengthPlan,
  StrengthWeekOptions,
  WeekBlockInfo,
  OneRmSource,
} from './types.js';
export { weeklyPattern } from '../microcycle/split.js';
export type { SplitName, DayLoadLevel, SlotRole } from '../microcycle/split.js';
