import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LOCK_FILE, acquireDataDirLock, DataDirLockedError, readDataDirOwner } from '../../src/db/data-dir-lock.js';

/**
 * The operator's mistakes, with real processes: two processes on one PGlite data folder, `npm run chat`
 * beside a running server, a port already in use, a bad HOST. Each must fail at once, loudly, naming the
 * reason, and exit non-zero; never run half-alive.
 */
// node with tsx's loader: one process, so a child's pid is the pid that takes the lock.
const root = mkdtempSync(path.join(tmpdir(), 'cadence-startup-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function run(script: string, env: Record<string, string>, args: string[] = [], input?: string): Run {
  const base = { ...process.env };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID', 'PUBLIC_BASE_URL', 'OPENAI_API_KEY', 'npm_lifecycle_event']) delete base[k];
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...base, LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  if (input !== undefined) child.stdin!.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, exited };
}

async function until<T>(what: string, probe: () => T | null | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== null && v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('data-dir-lock', () => {
  it('a lock left by a process that no longer runs is taken over; a live one is refused naming its owner', () => {
    const dir = path.join(root, 'unit');
    const lock = acquireDataDirLock(dir, 'test');
    expect(() => acquireDataDirLock(dir, 'second')).toThrow(DataDirLockedError);
    expect(readDataDirOwner(dir)).toMatchObject({ pid: process.pid, purpose: 'test' });
    lock.release();
    expect(readDataDirOwner(dir)).toBeNull();
    // A crashed process's lock: a pid that does not exist.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 17, processStart: null, hostname: 'h', startedAt: 'then', purpose: 'server', url: null }));
    expect(readDataDirOwner(dir)).toBeNull();
    const again = acquireDataDirLock(dir, 'test');
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    again.release();
  });

  it('when a live owner\'s lock file lacks fields (an older version wrote it), they are unknown; a lock naming no pid is none', () => {
    const dir = path.join(root, 'older');
    acquireDataDirLock(dir, 'test').release();
    // The test runner's parent: a live process that is not this one.
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, hostname: 7 }));
    expect(readDataDirOwner(dir)).toEqual({ pid: process.ppid, processStart: null, hostname: 'unknown host', startedAt: 'unknown time', purpose: 'unknown', url: null });
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: String(process.ppid), purpose: 'server' }));
    expect(readDataDirOwner(dir)).toBeNull();
    writeFileSync(path.join(dir, LOCK_FILE), 'null');
    expect(readDataDirOwner(dir)).toBeNull();
  });
});

describe('server start-up (real processes)', () => {
  const dataDir = path.join(root, 'data');
  let server: Run;
  let url: string;

  it('a server records its address in the data folder lock', async () => {
    server = run('src/server.ts', { PORT: '0', DATA_DIR: dataDir });
    url = await until('the server to listen', () => readDataDirOwner(dataDir)?.url, 90_000);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
  }, 120_000);

  it('a second process on the same data folder fails at once, naming the first; the first keeps serving', async () => {
    const second = run('src/server.ts', { PORT: '0', DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.out()).toContain(`in use by another Cadence process (pid ${server.child.pid}, server at ${url}`);
    expect((await fetch(`${url}/health`)).status).toBe(200);
  }, 120_000);

  it('npm run chat finds the running server through the lock (any port) and talks through it', async () => {
    const chat = run('scripts/chat.ts', { DATA_DIR: dataDir, PORT: '1' }, ['+14155550133'], 'hi\n');
    expect(await chat.exited).toBe(0);
    expect(chat.out()).toContain(`Connected to ${url} as +14155550133`);
    expect(chat.out()).toMatch(/coach> Hi! I'm Cadence/);
  }, 120_000);

  it('a port already in use: start-up fails with the reason and exit code 1, no scheduler left running', async () => {
    const port = new URL(url).port;
    const busy = run('src/server.ts', { PORT: port, DATA_DIR: path.join(root, 'data-2') });
    expect(await busy.exited).toBe(1);
    expect(busy.out()).toContain(`Cadence could not start: port ${port} on 127.0.0.1 is already in use`);
    expect(busy.out()).not.toMatch(/listening/i);
    // It released its own data folder on the way out.
    expect(readDataDirOwner(path.join(root, 'data-2'))).toBeNull();
  }, 120_000);

  it('a bad HOST: start-up fails naming it', async () => {
    const bad = run('src/server.ts', { PORT: '0', HOST: 'no-such-host.invalid', DATA_DIR: path.join(root, 'data-2') });
    expect(await bad.exited).toBe(1);
    expect(bad.out()).toContain('HOST no-such-host.invalid does not resolve');
  }, 120_000);

  it('after the server is killed (no clean shutdown), its stale lock does not block the next start', async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    const next = run('src/server.ts', { PORT: '0', DATA_DIR: dataDir });
    const nextUrl = await until('the next server to listen', () => {
      const owner = readDataDirOwner(dataDir);
      return owner && owner.pid === next.child.pid ? owner.url : null;
    }, 90_000);
    expect((await fetch(`${nextUrl}/health`)).status).toBe(200);
    next.child.kill('SIGTERM');
    expect(await next.exited).toBe(0);
    expect(readDataDirOwner(dataDir)).toBeNull();
  }, 120_000);
});
