/**
 * Readings found by texting Cadence as clients: days off said as a list of weekdays ("taking thurs and fri off")
 * cover every listed day, and a set that "felt heavy" is its effort, not soreness.
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

  it('when a trip runs "tue thru thu" said on a Wednesday, it is next Tuesday to the Thursday after it (was today to Tuesday)', () => {
    // Wednesday 12/02: the next Tuesday is 12/08, and the Thursday after it 12/10 (not tomorrow, 12/03).
    const wednesday = new Date('2026-12-02T12:00:00Z');
    const item = readText('going to be in denver tue thru thu for work, hotel gym only has dumbbells up to 50', { now: wednesday, ...NY }).items[0];
    expect(item).toMatchObject({ intent: 'travel', from: '2026-12-08', to: '2026-12-10' });
  });

  it('when a trip runs "thurs thru sun for a wedding", it ends that Sunday (was today to Thursday: the bare "sun" was left unread)', () => {
    // Wednesday 12/02: the next Thursday is 12/03 and the Sunday after it 12/06.
    const wednesday = new Date('2026-12-02T12:00:00Z');
    const item = readText('traveling thurs thru sun for a wedding, hotel treadmill only', { now: wednesday, ...NY }).items[0];
    expect(item).toMatchObject({ intent: 'travel', from: '2026-12-03', to: '2026-12-06' });
  });

  it('when a lone weekday is said ("sick till thursday"), the span is as before: today to the day before', () => {
    const item = readText('sick till thursday', { now, ...NY }).items.find((i) => i.intent === 'illness');
    expect(item).toMatchObject({ from: '2026-11-29', to: '2026-12-02' });
  });
});

describe('understand.rules soreness vs a set\'s effort', () => {
  it('when "felt heavy" follows a set, it is the set\'s effort (logged as such), not a soreness report', () => {
    const items = readText('squat 3x5 @ 250 felt heavy, rdl 3x8 185 easy', { now, ...NY }).items;
    expect(items.map((i) => i.intent)).toEqual(['log_strength', 'log_strength']);
  });

  it('when a body part feels heavy ("ran 5 miles, legs felt heavy"), it is still read as how the legs feel', () => {
    const items = readText('ran 5 miles, legs felt heavy', { now, ...NY }).items;
    expect(items.find((i) => i.intent === 'soreness')).toMatchObject({ bodyParts: ['legs'] });
  });
});
