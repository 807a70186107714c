import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Logger } from './logger.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { isTransientDbError } from './db/errors.js';

/** Binds the port, or rejects with the reason (the 'error' event of listen() otherwise goes unnoticed). */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    const onError = (err: Error) => {
      server.close();
      reject(err);
    };
    server.once('error', onError);
    server.once('listening', () => {
      server.removeListener('error', onError);
      resolve(server);
    });
  });
}

/** An operator's sentence for a failed bind: which setting to change. */
export function describeListenError(err: unknown, port: number, host: string): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EADDRINUSE':
      return `port ${port} on ${host} is already in use by another process: stop it or set PORT`;
    case 'EACCES':
      return `no permission to listen on port ${port}: use a port above 1023 or set PORT`;
    case 'EADDRNOTAVAIL':
      return `HOST ${host} is not an address of this machine: use 127.0.0.1, 0.0.0.0 or one of its addresses`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST ${host} does not resolve to an address: use 127.0.0.1, 0.0.0.0 or one of this machine's addresses`;
    default:
      return `cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** A start-up failure as one clear line on stderr (and the log), then exit 1: never a process serving nothing. */
export function failStartup(log: Logger, reason: string, err?: unknown): never {
  log.fatal(err === undefined || err instanceof DataDirLockedError ? {} : { err }, `start-up failed: ${reason}`);
  process.stderr.write(`Cadence could not start: ${reason}\n`);
  process.exit(1);
}

/**
 * A database error nobody awaited (a fire-and-forget write after a reply, a pool event) must not take the
 * process down with every other client's turn: it is logged. Any other unhandled rejection is a bug, and
 * keeps Node's behaviour (exit), after being logged.
 */
export function keepAliveOnDatabaseErrors(log: Logger): void {
  process.on('unhandledRejection', (reason) => {
    if (isTransientDbError(reason)) {
      log.error({ err: reason }, 'unhandled database error (the process keeps serving)');
      return;
    }
    log.fatal({ err: reason }, 'unhandled rejection');
    process.exit(1);
  });
}
