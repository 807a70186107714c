import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfigOrExit } from '../src/config.js';
import { bootstrap } from '../src/bootstrap.js';
import { defaultConcurrency, dryRunMorningPass, runMorningPass } from '../src/scheduler/morning-pass.js';
import { databasePacer } from '../src/scheduler/shared-pacer.js';
import { composeMorningMessage } from '../src/services/morning-message.service.js';

/**
 * `npm run morning -- [--at 2027-03-14T12:05:00Z] [--dry-run]`: one scheduler pass as if the clock read
 * that instant. Real sends go through the configured channel; --dry-run prints who would get what and
 * stores nothing (the pass runs in a transaction that is rolled back). Running twice for the same instant
 * sends nothing the second time: today's daily sends already exist.
 */
const { values } = parseArgs({ options: { at: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } }, strict: true });
const args = z
  .object({
    at: z.iso.datetime({ offset: true, error: '--at must be an ISO instant such as 2027-03-14T12:05:00Z' }).optional(),
    'dry-run': z.boolean(),
  })
  .safeParse(values);
if (!args.success) {
  console.error(args.error.issues.map((i) => i.message).join('\n'));
  process.exit(2);
}
const now = args.data.at ? new Date(args.data.at) : new Date();
const config = loadConfigOrExit();
const { deps, handle } = await bootstrap({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel });
const concurrency = defaultConcurrency(handle);

try {
  if (args.data['dry-run']) {
    const { wouldSend, summary } = await dryRunMorningPass({ ...deps, now: () => now }, now, composeMorningMessage);
    for (const m of wouldSend) console.log(`--- to ${m.to}\n${m.body}\n`);
    console.log(`dry run at ${now.toISOString()}: would send ${wouldSend.length}; nothing stored`, summary);
  } else {
    const summary = await runMorningPass({ ...deps, now: () => now }, {
      now,
      compose: composeMorningMessage,
      pacer: databasePacer(deps),
      concurrency,
    });
    console.log(
      `morning pass at ${now.toISOString()} via ${deps.sender.channel}: due ${summary.due}, claimed ${summary.claimed}, sent ${summary.sent}, ` +
        `failed ${summary.failed}, skipped ${summary.skipped + summary.late}, deferred ${summary.deferred} (${summary.durationMs} ms)`,
    );
  }
} finally {
  await handle.close();
}
