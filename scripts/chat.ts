import { createInterface } from 'node:readline/promises';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfigOrExit } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import { normalizePhone } from '../src/channels/phone.js';
import { receiveInbound } from '../src/services/inbound.service.js';
import { converse } from '../src/conversation/converse.js';

/**
 * `npm run chat [-- +14155550123]` (or `--phone`): text the coach from a terminal. When the server is running it
 * goes through its HTTP chat API (PGlite allows one process per data folder); otherwise it opens the
 * database itself. Either way the same conversation code answers.
 */
const { values, positionals } = parseArgs({ options: { phone: { type: 'string' }, url: { type: 'string' } }, strict: true, allowPositionals: true });
const args = z
  .object({ phone: z.string().default('+14155550123'), url: z.url({ error: '--url must be a URL' }).optional() })
  .parse({ ...values, ...(positionals[0] && !values.phone ? { phone: positionals[0] } : {}) });
const phone = normalizePhone(args.phone);
if (!phone.success) {
  console.error(`--phone: ${phone.error}`);
  process.exit(2);
}
const config = loadConfigOrExit();
const baseUrl = args.url ?? `http://127.0.0.1:${config.port}`;

async function serverUp(): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

type Send = (text: string) => Promise<string | null>;
let send: Send;
let close = async () => {};
if (await serverUp()) {
  console.log(`Connected to ${baseUrl} as ${phone.data}.`);
  send = async (text) => {
    const res = await fetch(`${baseUrl}/api/chat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: phone.data, text, id: randomUUID() }),
    });
    const body = (await res.json()) as { reply?: string | null; error?: { message: string } };
    if (!res.ok) return `(error) ${body.error?.message ?? res.statusText}`;
    return body.reply ?? null;
  };
} else {
  const { deps, handle } = await bootstrap({ ...config, logLevel: 'warn' });
  console.log(`No server at ${baseUrl}; using the database directly as ${phone.data}.`);
  send = async (text) =>
    (await receiveInbound(deps, { provider: 'local', providerSid: `local-${randomUUID()}`, fromPhone: phone.data, toPhone: null, body: text, numMedia: 0, params: {} }, 'local', converse)).reply;
  close = () => handle.close();
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
