/**
 * The adaptation engine's public API. Pure: services pass the client's open adaptations and soreness in
 * (parsed with `adaptationInputSchema` / `sorenessInputSchema`) and store what comes out.
 */
export { adaptedWeek, daysOf, hasAdaptations, ADAPTATION_ENGINE_VERSION } from './adapt-week.js';
export { adaptationInputSchema, sorenessInputSchema, NO_ADAPTATIONS } from './inputs.js';
export type { AdaptationInput, AdaptationKind, AdaptationContext, SorenessInput } from './inputs.js';
export { CHANGE_TYPES, describeDay, changesBetween } from './changes.js';
export type { ChangeType, Cause, PlanChange } from './changes.js';
export { strengthOverrides } from './strength-overrides.js';
export { whyNotInPlan, type LiftAbsence } from './why-exercise.js';
export { adaptRaceWeek, easedWhenMild } from './race-days.js';
export { covers, lastDay, reentryDates, REENTRY_FACTOR, LEGS_BACK_DAYS, ILLNESS_DEFAULT_DAYS, PAIN_DEFAULT_DAYS, LONG_BREAK_DAYS, SORENESS_HORIZON_DAYS } from './windows.js';
export { RUN_IMPACT_PARTS, LIMITATION_FOR_PART, musclesFor, partLabel } from './body.js';
