import type { z } from 'zod';
import { HttpError } from './http-error.js';

/** Parses a request part with zod; a failure is a 400 naming every bad field. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`);
  throw new HttpError(400, 'invalid_request', `Invalid ${what}: ${problems.join('; ')}`, { details: problems });
}
