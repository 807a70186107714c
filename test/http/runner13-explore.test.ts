import { describe, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { RUNNER_ANSWERS } from '../support/web.js';
const { say, onboardBySms, nyPhone, at } = smsSuite();
const texts = (process.env.R13_TEXTS ?? '').split('|');
describe('explore', () => {
  it('texts', async () => {
    const p = nyPhone();
    await onboardBySms(p, RUNNER_ANSWERS);
    const log: string[] = [];
    for (const raw of texts) {
      const m = /^@(\S+) (.*)$/.exec(raw);
      if (m) at(m[1]!);
      const t = m ? m[2]! : raw;
      log.push(`> ${t}\n${await say(p, t)}`);
    }
    console.log(log.join('\n\n'));
  });
});
