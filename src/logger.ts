import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON lines on stdout (what log collectors expect); `silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime });
}
