import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * PGlite is one process per data folder: a second process opening the same folder does not fail, it
 * silently overwrites the first one's pages (or aborts with a dump of PGlite's source). A lock file in the
 * folder, created with O_EXCL, makes the second opener fail at once and name the first. A lock left by a
 * process that no longer runs (killed, crashed) is taken over: liveness is checked by pid and, on Linux,
 * by the process's start time, so a recycled pid (a restarted container is pid 1 again) is not mistaken
 * for the old owner.
 */

export const LOCK_FILE = 'cadence.lock';

export interface LockOwner {
  pid: number;
  /** /proc start time of the owner, when the platform has one: tells a recycled pid from the owner. */
  processStart: string | null;
  hostname: string;
  startedAt: string;
  /** What the owner is, e.g. "server", "npm run chat". */
  purpose: string;
  /** The HTTP address of a server that owns the folder, once it listens: `npm run chat` connects to it. */
  url: string | null;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | null,
  ) {
    super(
      owner
        ? `The data folder ${dataDir} is in use by another Cadence process (pid ${owner.pid}, ${owner.purpose}` +
            `${owner.url ? ` at ${owner.url}` : ''}, started ${owner.startedAt} on ${owner.hostname}). ` +
            'PGlite allows one process per data folder: stop that process, or use another DATA_DIR' +
            (owner.url ? `, or talk to it over HTTP (npm run chat connects to ${owner.url}).` : '.')
        : `The data folder ${dataDir} is locked (${path.join(dataDir, LOCK_FILE)} exists but cannot be read). ` +
            'If no Cadence process uses it, delete that file.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Records the server's address in the lock so `npm run chat` can find it on any port. */
  setUrl(url: string): void;
  release(): void;
}

/** Start time of a process (field 22 of /proc/<pid>/stat), or null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.processStart === null) return true;
  const now = processStart(owner.pid);
  return now === null || now === owner.processStart;
}

/** The lock file as written by another process (or an older version): what it cannot tell is said unknown. */
const ownerFile = z.object({
  pid: z.number().int().positive(),
  processStart: z.string().nullable().catch(null),
  hostname: z.string().catch('unknown host'),
  startedAt: z.string().catch('unknown time'),
  purpose: z.string().catch('unknown'),
  url: z.string().nullable().catch(null),
});

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = ownerFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Locks held by this process: a lock file naming our own pid that we did not create is a stale one. */
const heldHere = new Set<string>();

/** The live owner of a data folder, or null when it is free (no lock, or a stale one). */
export function readDataDirOwner(dataDir: string): LockOwner | null {
  const file = path.join(path.resolve(dataDir), LOCK_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const owner = parseOwner(text);
  if (!owner) return null;
  if (owner.pid === process.pid) return heldHere.has(file) ? owner : null;
  return isAlive(owner) ? owner : null;
}

/**
 * Takes the data folder's lock (creating the folder if needed) or throws DataDirLockedError naming the
 * process that holds it. The lock is released by `release()` and, as a last resort, when the process exits.
 */
export function acquireDataDirLock(dataDir: string, purpose: string): DataDirLock {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const mine: LockOwner = {
    pid: process.pid,
    processStart: processStart(process.pid),
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    purpose,
    url: null,
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o644);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue; // removed between open and read: try again
      }
      const owner = parseOwner(text);
      if (owner === null) {
        // Unreadable: a writer that has just created it, or a crash mid-write. Only an old one is stale.
        let ageMs = 0;
        try {
          ageMs = Date.now() - statSync(file).mtimeMs;
        } catch {
          continue;
        }
        if (ageMs < 5_000) throw new DataDirLockedError(dataDir, null);
      } else if ((owner.pid !== process.pid || heldHere.has(file)) && isAlive(owner)) {
        throw new DataDirLockedError(dataDir, owner);
      }
      // Stale: move it aside atomically (only one taker wins the rename), then try to create ours.
      const aside = `${file}.stale-${process.pid}-${attempt}`;
      try {
        renameSync(file, aside);
        unlinkSync(aside);
      } catch {
        // Someone else took it over first; the next attempt sees their lock.
      }
      continue;
    }
    writeSync(fd, JSON.stringify(mine));
    closeSync(fd);
    heldHere.add(file);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      heldHere.delete(file);
      process.removeListener('exit', release);
      try {
        if (parseOwner(readFileSync(file, 'utf8'))?.pid === process.pid) unlinkSync(file);
      } catch {
        // Already gone.
      }
    };
    process.on('exit', release);
    return {
      file,
      setUrl(url) {
        if (released) return;
        mine.url = url;
        writeFileSync(file, JSON.stringify(mine));
      },
      release,
    };
  }
  throw new DataDirLockedError(dataDir, parseOwner(safeRead(file)));
}

function safeRead(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
