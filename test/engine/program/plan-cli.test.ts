import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Spawns the real CLI (about 1 s each, so only a few, run concurrently). */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

async function plan(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run('npx', ['tsx', 'scripts/plan.ts', ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  // An open stdin would make the CLI wait for a request; close it (after writing one, if given).
  child.child.stdin!.end(stdin ?? '');
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe.concurrent('npm run plan', () => {
  it('prints a valid strength plan from --input', async () => {
    const r = await plan(['--input', 'scripts/examples/strength-request.json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('strength');
    expect(json.outline.mesocycles.length).toBeGreaterThan(0);
    expect(json.weeks).toHaveLength(12);
    expect(json.weeks[0].days[0].exercises[0]).toHaveProperty('percent1RM');
    expect(json.validation).toEqual({ ok: true, errors: [] });
  });

  it('prints a hybrid plan (race + strength) from stdin', async () => {
    const r = await plan(['--compact'], readFileSync(`${root}scripts/examples/hybrid-request.json`, 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(r.stdout);
    expect(json.kind).toBe('hybrid');
    expect(json.race.vdot).toBeGreaterThan(0);
    expect(json.race.phases.map((p: { name: string }) => p.name)).toEqual(['base', 'build', 'peak', 'taper']);
    expect(json.strength.kind).toBe('strength');
    expect(json.validation.ok).toBe(true);
  });

  it('exits 2 naming the field of a malformed request, without a stack trace', async () => {
    const bad = { kind: 'strength', startDate: '2026-03-02', weeks: 12, trainingAge: 'intermediate', goal: 'strength', trainingDays: [], sessionMinutes: 60, equipment: ['barbell'] };
    const r = await plan([], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/trainingDays: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on malformed JSON', async () => {
    const r = await plan([], '{"kind": "race",');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
