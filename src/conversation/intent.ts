/**
 * The closed set of things a client can mean by a text once onboarded. Both the deterministic parser
 * and the model classifier answer with one of these, so everything downstream switches on one enum.
 */
export const INTENTS = [
  'today', // "what's today", "workout?"
  'tomorrow',
  'day', // a specific date or weekday: "thursday", "the 14th"
  'week', // "this week", "next week"
  'plan', // "my plan", "where am I"
  'done', // "done", "finished it"
  'skipped', // "skipped", "missed today"
  'log_strength', // "squat 3x5 at 225, felt like RPE 9"
  'log_run', // "ran 6 at 8:40"
  'readiness', // soreness, sleep, stress, energy: "legs are wrecked", "slept 4 hours"
  'pain', // pain or injury: "my knee hurts when I squat"
  'travel', // travel / equipment change: "hotel gym Tue-Thu"
  'change_time', // "send it at 6:30 instead"
  'change_timezone', // "I moved to Denver", "time zone Europe/London"
  'change_days', // "I can only train mon wed fri now"
  'pause',
  'resume',
  'new_plan', // "new plan", "change my goal to..."
  'help',
  'greeting',
  'thanks',
  'unknown',
] as const;

export type Intent = (typeof INTENTS)[number];

/** What a text says beyond its intent. Every field is optional: an intent needs only some of them. */
export interface IntentEntities {
  /** Local ISO date the text refers to ("thursday", "the 14th"), resolved in the client's time zone. */
  date?: string;
  /** Start of a date range (travel, "this week"). */
  dateFrom?: string;
  dateTo?: string;
  /** "HH:MM" 24-hour local time. */
  time?: string;
  /** IANA zone, e.g. "America/Denver". */
  timezone?: string;
  /** ISO weekdays 1=Monday … 7=Sunday. */
  weekdays?: number[];
  /** A logged strength set: exercise, sets x reps at load, effort. */
  strength?: { exercise: string; sets: number | null; reps: number | null; load: number | null; unit: 'kg' | 'lb' | null; rpe: number | null; rir: number | null };
  /** A logged run. */
  run?: { distance: number | null; unit: 'mi' | 'km' | null; pace: string | null; durationSec: number | null };
  /** 1 (fine) … 5 (wrecked) for readiness / pain. */
  severity?: number;
  /** Body part named for soreness or pain: "knee", "lower back". */
  bodyPart?: string;
  /** Equipment available while travelling ("hotel gym" → dumbbell, machine, bodyweight). */
  equipment?: string[];
  /** Free text the handler should keep (notes). */
  note?: string;
}

export interface ParsedIntent {
  intent: Intent;
  entities: IntentEntities;
  /** 0..1 — below the threshold the model classifier (when configured) is asked. */
  confidence: number;
}
