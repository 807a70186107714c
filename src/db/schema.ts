import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types for every table, as the migrations in migrations/ create them. Dates (`date` columns) travel as
 * 'YYYY-MM-DD' strings and timestamptz as Date on both PGlite and pg (see db/connection.ts parsers).
 */

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T, string | T>;

export type ClientStatus = 'onboarding' | 'active' | 'paused' | 'opted_out';

export interface ClientsTable {
  id: Generated<string>;
  phone: string;
  name: string | null;
  timezone: string;
  morning_time: Generated<string>;
  status: Generated<ClientStatus>;
  status_before_opt_out: ClientStatus | null;
  units: Generated<'imperial' | 'metric'>;
  profile: Json<Record<string, unknown>>;
  opted_out_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ConversationStatesTable {
  client_id: string;
  flow: string;
  state: Json<unknown>;
  updated_at: Timestamp;
}

export interface InboundMessagesTable {
  id: Generated<string>;
  provider: 'twilio' | 'local';
  provider_sid: string;
  client_id: string | null;
  from_phone: string;
  to_phone: string | null;
  body: string;
  num_media: Generated<number>;
  params: Json<Record<string, string>>;
  status: Generated<'received' | 'processed' | 'failed'>;
  intent: string | null;
  reply: string | null;
  error: string | null;
  agent: Json<unknown> | null;
  received_at: CreatedAt;
  processed_at: NullableTimestamp;
  /** Length of the body as received, when characters PostgreSQL refuses (U+0000) were stripped; else null. */
  original_body_length: number | null;
  /** Until when the storing process is expected to handle it; past it, an unhandled message is taken over. */
  lease_until: NullableTimestamp;
}

/** `coach`: written by the coach on the dashboard (migration 2026_11_29_3000). */
export type OutboundKind = 'reply' | 'morning' | 'system' | 'coach';
export type OutboundStatus =
  | 'queued'
  | 'sending'
  | 'accepted'
  | 'sent'
  | 'delivered'
  | 'undelivered'
  | 'failed'
  | 'suppressed'
  | 'local';
export type OutboundChannel = 'twilio' | 'twiml' | 'local';

export interface OutboundMessagesTable {
  id: Generated<string>;
  client_id: string | null;
  to_phone: string;
  body: string;
  kind: OutboundKind;
  status: Generated<OutboundStatus>;
  channel: OutboundChannel;
  provider_sid: string | null;
  error_code: string | null;
  error_message: string | null;
  segments: number;
  encoding: string;
  inbound_message_id: string | null;
  /** A morning text's daily send (one text per daily send at most: a unique index). */
  daily_send_id: Generated<string | null>;
  agent: Json<unknown> | null;
  attempts: Generated<number>;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
  status_updated_at: Timestamp;
}

export type PlanStatus = 'draft' | 'active' | 'archived';
export type ProgramType = 'strength' | 'race' | 'hybrid';

/**
 * fitness_plans.json_digest and microcycles.pattern_digest (stored generated columns, migration
 * 2026_12_02_2000) are left out of these row types on purpose: only the morning pass's batch reads use them, by
 * name in SQL; the rows the app maps to its domain never need them (selectAll() carries them along unread).
 */
export interface FitnessPlansTable {
  id: Generated<string>;
  client_id: string;
  status: PlanStatus;
  program_type: ProgramType;
  start_date: string;
  end_date: string;
  weeks: number;
  request: Json<unknown>;
  outline: Json<unknown>;
  race: Json<unknown> | null;
  version: Generated<number>;
  /** Bumped when anything the plan's weeks are built from changes (adaptations, signals, logs, maxes). */
  inputs_rev: Generated<number>;
  notes: string | null;
  created_at: CreatedAt;
  activated_at: NullableTimestamp;
  archived_at: NullableTimestamp;
}

export interface MicrocyclesTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string;
  week_number: number;
  start_date: string;
  pattern: Json<unknown>;
  engine_input: Json<unknown>;
  version: Generated<number>;
  created_at: CreatedAt;
}

export type WorkoutStatus = 'scheduled' | 'completed' | 'skipped';

export interface WorkoutInstancesTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string;
  microcycle_id: string | null;
  date: string;
  status: Generated<WorkoutStatus>;
  workout: Json<unknown>;
  rationale: string | null;
  engine_input: Json<unknown>;
  version: Generated<number>;
  created_at: CreatedAt;
  completed_at: NullableTimestamp;
}

export interface WorkoutLogsTable {
  id: Generated<string>;
  client_id: string;
  workout_id: string | null;
  date: string;
  kind: 'done' | 'skipped' | 'strength' | 'run';
  details: Json<Record<string, unknown>>;
  raw_text: string | null;
  inbound_message_id: string | null;
  created_at: CreatedAt;
}

export interface ReadinessSignalsTable {
  id: Generated<string>;
  client_id: string;
  date: string;
  kind: 'soreness' | 'sleep' | 'stress' | 'energy' | 'pain' | 'illness';
  severity: number;
  body_part: string | null;
  note: string | null;
  /** Soreness only: 'tight' for stiffness; null (older rows) reads as 'sore'. */
  feel: ColumnType<'sore' | 'tight' | null, 'sore' | 'tight' | null | undefined, 'sore' | 'tight' | null>;
  inbound_message_id: string | null;
  created_at: CreatedAt;
}

export interface PlanAdaptationsTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string;
  type: string;
  reason: string;
  trigger: 'auto' | 'asked';
  effective_from: string;
  effective_to: string | null;
  metadata: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

/** A change the adaptation engine made to the client's workouts (see migrations/2026_11_29_4000). */
export interface PlanChangesTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string;
  type: string;
  reason: string;
  dates: Json<string[]>;
  before: Json<Record<string, string>>;
  after: Json<Record<string, string>>;
  trigger: 'auto' | 'asked';
  created_at: CreatedAt;
}

export interface ExerciseExposuresTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string;
  exercise: string;
  mesocycle_index: number;
  first_date: string;
  last_date: string;
  exposures: Generated<number>;
}

export type DailySendStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface DailySendsTable {
  id: Generated<string>;
  client_id: string;
  local_date: string;
  status: Generated<DailySendStatus>;
  due_at: ColumnType<Date, Date | string, Date | string>;
  lease_until: NullableTimestamp;
  attempts: Generated<number>;
  error: string | null;
  created_at: CreatedAt;
  sent_at: NullableTimestamp;
}

/** The private link to a client's plan page and calendar feed; revoked links are kept (see the migration). */
export interface PlanLinksTable {
  id: Generated<string>;
  client_id: string;
  token: string;
  created_at: CreatedAt;
  revoked_at: NullableTimestamp;
}

/** What a calendar feed event last looked like, so a changed workout bumps its SEQUENCE. */
export interface CalendarEventsTable {
  client_id: string;
  uid: string;
  content_hash: string;
  sequence: Generated<number>;
  updated_at: Timestamp;
}

/** A sender's next free send slot (ms of the database's clock), shared by every worker (scheduler/shared-pacer.ts). */
export interface SendPaceTable {
  sender: string;
  next_at_ms: number;
}

export interface Database {
  clients: ClientsTable;
  conversation_states: ConversationStatesTable;
  inbound_messages: InboundMessagesTable;
  outbound_messages: OutboundMessagesTable;
  fitness_plans: FitnessPlansTable;
  microcycles: MicrocyclesTable;
  workout_instances: WorkoutInstancesTable;
  workout_logs: WorkoutLogsTable;
  readiness_signals: ReadinessSignalsTable;
  plan_adaptations: PlanAdaptationsTable;
  plan_changes: PlanChangesTable;
  exercise_exposures: ExerciseExposuresTable;
  daily_sends: DailySendsTable;
  plan_links: PlanLinksTable;
  calendar_events: CalendarEventsTable;
  send_pace: SendPaceTable;
}

export type ClientRow = Selectable<ClientsTable>;
export type NewClient = Insertable<ClientsTable>;
export type ClientUpdate = Updateable<ClientsTable>;
export type InboundRow = Selectable<InboundMessagesTable>;
export type OutboundRow = Selectable<OutboundMessagesTable>;
export type PlanRow = Selectable<FitnessPlansTable>;
export type MicrocycleRow = Selectable<MicrocyclesTable>;
export type WorkoutRow = Selectable<WorkoutInstancesTable>;
export type DailySendRow = Selectable<DailySendsTable>;
export type PlanLinkRow = Selectable<PlanLinksTable>;
