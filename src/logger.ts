import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * A phone number as logs show it: country code and area kept (which deployment, which region), the middle
 * hidden, the last four kept (enough for an operator to match a complaint): +14155550123 → +1415***0123.
 * The one helper for phone numbers in logs; `createLogger` also applies it to every string it writes.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 8) return '***';
  return `+${digits.slice(0, 4)}***${digits.slice(-4)}`;
}

// E.164 (+ and 8-15 digits) wherever it appears in a string: an error message, a URL, a pg error detail.
const E164_IN_TEXT = /\+[1-9]\d{7,14}\b/g;
// postgres://user:password@host: the password part.
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@\s]+@/gi;
const SECRET_KEY = /token|secret|password|passwd|api[-_]?key|authorization|cookie|database_?url|connection_?string/i;

/** Masks phone numbers, URL passwords and the given secret values inside a string. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(E164_IN_TEXT, (m) => maskPhone(m)).replace(URL_PASSWORD, '$1***@');
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out;
}

function redactValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redactText(value, secrets);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Date) return value;
  if (value instanceof Error) return redactValue(pino.stdSerializers.err(value), secrets, depth + 1);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) && v !== null && v !== undefined && typeof v !== 'boolean' ? '[redacted]' : redactValue(v, secrets, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  /** Values that must never appear in a log line (auth token, API key, admin token, database password). */
  secrets?: readonly string[];
  /** Where lines go (tests capture them); stdout by default. */
  destination?: { write(line: string): void };
}

/**
 * JSON lines on stdout (what log collectors expect); `silent` in tests. Every line passes through the
 * redaction above: phone numbers masked, secret-named fields and known secret values replaced, so a
 * careless `log.info({ config })` or a driver error quoting a row cannot leak them.
 */
export function createLogger(level: string, options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const opts: pino.LoggerOptions = {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { log: (obj) => redactValue(obj, secrets, 0) as Record<string, unknown> },
      // Errors are already serialized (and redacted) above; the default serializer would re-label them "Object".
      serializers: { err: (e: unknown) => (e instanceof Error ? redactValue(e, secrets, 0) : e) },
      hooks: {
        logMethod(args, method) {
          // The message string (the last string argument) is redacted too.
          const redacted = args.map((a) => (typeof a === 'string' ? redactText(a, secrets) : a)) as Parameters<typeof method>;
          method.apply(this, redacted);
        },
      },
  };
  return options.destination ? pino(opts, options.destination as pino.DestinationStream) : pino(opts);
}
