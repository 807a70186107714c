/**
 * Days off and trips said as a list of weekdays ("taking thurs and fri off") cover every listed day, not the
 * first one only.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/conversation/understand/read.js';

const NY = { timezone: 'America/New_York', units: 'imperial' as const };
// Sunday 11/29 at 10:00 in New York: the next Thursday is 12/03, the next Friday 12/04.
const now = new Date('2026-11-29T15:00:00Z');

describe('parse.dates findDateSpan (weekday lists)', () => {
  it.each([
    ['got a cold, taking thurs and fri off', '2026-12-03', '2026-12-04'],
    ['sick, out tue, wed & thu', '2026-12-01', '2026-12-03'],
    ['flu :( no training sat n sun', '2026-12-05', '2026-12-06'],
  ])('when the client says "%s", the illness runs %s to %s', (text, from, to) => {
    const item = readText(text, { now, ...NY }).items.find((i) => i.intent === 'illness');
    expect(item).toMatchObject({ intent: 'illness', from, to });
  });

  it('when a lone weekday is said ("sick till thursday"), the span is as before: today to the day before', () => {
    const item = readText('sick till thursday', { now, ...NY }).items.find((i) => i.intent === 'illness');
    expect(item).toMatchObject({ from: '2026-11-29', to: '2026-12-02' });
  });
});
