import { createInterface } from 'node:readline/promises';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfigOrExit } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import { normalizePhone } from '../src/channels/phone.js';
import { receiveInbound } from '../src/services/inbound.service.js';
import { DataDirLockedError, readDataDirOwner } from '../src/db/data-dir-lock.js';
import { converse } from '../src/conversation/converse.js';

/**
 * `npm run chat [-- +14155550123]` (or `--phone`, `--url`): text the coach from a terminal.
 *
 * PGlite allows one process per data folder, so: when a server holds the folder (its lock file names its
 * address, whatever the port) the chat goes through that server's HTTP chat API; when another process
 * that serves no chat holds it, the chat refuses and names it; when nobody does, it opens the database
 * itself (taking the lock). On PostgreSQL it uses a server on PORT when one answers, else the database.
 */
const { values, positionals } = parseArgs({ options: { phone: { type: 'string' }, url: { type: 'string' } }, strict: true, allowPositionals: true });
const args = z
  .object({ phone: z.string().default('+14155550123'), url: z.url({ error: '--url must be a URL' }).optional() })
  .safeParse({ ...values, ...(positionals[0] && !values.phone ? { phone: positionals[0] } : {}) });
if (!args.success) {
  console.error(args.error.issues.map((i) => i.message).join('\n'));
  process.exit(2);
}
const parsedPhone = normalizePhone(args.data.phone);
if (!parsedPhone.success) {
  console.error(`--phone: ${parsedPhone.error}`);
  process.exit(2);
}
const phone = { data: parsedPhone.data };
const config = loadConfigOrExit();

function refuse(message: string): never {
  console.error(message);
  process.exit(2);
}

type Health = { sms?: string } | null;
async function health(baseUrl: string): Promise<Health> {
  try {
    const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
    // 503 (e.g. migrations pending) is still a Cadence server: its body says so.
    return (await res.json()) as Health;
  } catch {
    return null;
  }
}

type Send = (text: string) => Promise<string | null>;

async function viaServer(baseUrl: string): Promise<Send> {
  const h = await health(baseUrl);
  if (!h) refuse(`No Cadence server answers at ${baseUrl}.`);
  if (h.sms !== 'local') {
    refuse(`The server at ${baseUrl} runs with Twilio configured (${h.sms ?? 'unknown mode'}): its local chat is switched off. Text its Twilio number instead.`);
  }
  console.log(`Connected to ${baseUrl} as ${phone.data}.`);
  return async (text) => {
    const res = await fetch(`${baseUrl}/api/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: phone.data, text, id: randomUUID() }),
    });
    const body = (await res.json().catch(() => ({}))) as { reply?: string | null; error?: { message: string } };
    if (!res.ok) return `(error) ${body.error?.message ?? res.statusText}`;
    return body.reply ?? null;
  };
}

async function direct(): Promise<{ send: Send; close: () => Promise<void> }> {
  try {
    const { deps, handle } = await bootstrap({ ...config, logLevel: 'warn' }, undefined, { purpose: 'npm run chat' });
    console.log(`Using the database directly as ${phone.data}.`);
    return {
      send: async (text) =>
        (
          await receiveInbound(
            deps,
            { provider: 'local', providerSid: `local-${phone.data}-${randomUUID()}`, fromPhone: phone.data, toPhone: null, body: text, numMedia: 0, params: {} },
            'local',
            converse,
          )
        ).reply,
      close: () => handle.close(),
    };
  } catch (err) {
    if (err instanceof DataDirLockedError) refuse(err.message);
    throw err;
  }
}

let send: Send;
let close = async () => {};
if (args.data.url) {
  send = await viaServer(args.data.url.replace(/\/+$/, ''));
} else if (config.database.kind === 'pglite') {
  const owner = readDataDirOwner(config.database.dataDir);
  if (owner?.url) send = await viaServer(owner.url);
  else if (owner?.purpose === 'server') {
    refuse(`The server on ${config.database.dataDir} (pid ${owner.pid}) is still starting: try again in a moment.`);
  } else if (owner) {
    refuse(
      `The data folder ${config.database.dataDir} is in use by pid ${owner.pid} (${owner.purpose}, started ${owner.startedAt}), which serves no chat. ` +
        'Stop it, or start the server (npm start) and run npm run chat again.',
    );
  } else ({ send, close } = await direct());
} else {
  const local = `http://127.0.0.1:${config.port}`;
  if (await health(local)) send = await viaServer(local);
  else ({ send, close } = await direct());
}

console.log('Type a message (Ctrl-D to quit).');
const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
rl.prompt();
for await (const line of rl) {
  if (line.trim()) {
    const reply = await send(line);
    console.log(reply ? `coach> ${reply.replace(/\n/g, '\n       ')}` : '(no reply)');
  }
  rl.prompt();
}
await close();
