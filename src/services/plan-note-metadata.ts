/**
 * The `metadata` JSON of plan notes (plan_adaptations rows), per note type, as the services read it back.
 * Rows written by older code or by hand may lack a field or hold a wrong type: each schema says what such a
 * field reads as, so one odd row never breaks a client's week.
 */
import { z } from 'zod';

/** A multiplier of an accepted ease-off: in (0, 1]; anything else reads as "no change" (1). */
const multiplier = z.number().gt(0).lte(1).catch(1);

/** early_deload / intensity_reduction notes (readiness.service acceptProposal). */
export const easeOffMetaSchema = z.object({
  volumeMultiplier: multiplier,
  loadMultiplier: multiplier,
  exerciseId: z.string().nullable().catch(null),
});

/** missed_session notes (missed.service): the decision and the line the client was told. */
export const missedSessionMetaSchema = z.object({
  action: z.string().nullable().catch(null),
  to: z.string().nullable().catch(null),
  line: z.string().nullable().catch(null),
  /** A move the client asked for ahead, not a missed session (older notes have none). */
  asked: z.boolean().nullable().catch(null),
  /** A session dropped before its day ("skip sat" on Tuesday): that day is a rest day in the week (older notes have none). */
  ahead: z.boolean().nullable().catch(null),
});

/**
 * week_days notes (missed.service applyWeekDays): one week's sessions on the days the client gave, as moves
 * applied in order; a move that is not a pair of dates is left out (the rest of the week still applies).
 */
export const weekDaysMetaSchema = z.object({
  moves: z.array(z.unknown()).catch([]).transform((ms) => ms.flatMap((m) => {
    const r = z.object({ from: z.iso.date(), to: z.iso.date(), dropped: z.boolean().optional(), swapped: z.boolean().optional() }).safeParse(m);
    return r.success ? [{ from: r.data.from, to: r.data.to, asked: true, ...(r.data.dropped ? { dropped: true } : {}), ...(r.data.swapped ? { swapped: true } : {}) }] : [];
  })),
  line: z.string().nullable().catch(null),
});

/** pain_note notes (notes.service): the body part in the client's words, or null when none was named. */
export const painMetaSchema = z.object({ bodyPart: z.string().nullable().catch(null) });

/** Any note's metadata as an open record, for amending it without dropping fields this code does not know. */
export const openMetaSchema = z.record(z.string(), z.unknown()).catch({});

/** A note's metadata read with its type's schema; a missing (null) metadata reads as an empty object. */
export function readNoteMeta<S extends z.ZodType>(schema: S, metadata: unknown): z.infer<S> | null {
  const parsed = schema.safeParse(metadata ?? {});
  return parsed.success ? parsed.data : null;
}
