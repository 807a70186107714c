import { describe, expect, it } from 'vitest';
import { tuneUpRaceLine } from '../../../src/engine/endurance/race-result.js';

const marathon = { distanceClass: 'marathon' as const, units: 'km' as const, raceDate: '2027-04-18' };

describe('tuneUpRaceLine', () => {
  it('when a half is raced 8 weeks before a marathon, names it, gives km first and about one easy day per 3 km (21.1 / 3 = 7)', () => {
    // 1:41:00 = 6060 s over 21.0975 km = 287 s/km = 4:47/km; 13.11 mi: 462 s = 7:42/mi.
    expect(tuneUpRaceLine(21097.5, 6060, marathon, '2027-02-21')).toBe('Congratulations on your half marathon! 1:41:00 is 4:47/km (7:42/mi) - a good marker, 8 weeks out from your marathon. Keep the next 7 days easy before any hard session.');
  });

  it('when the distance is no race distance, says "race", and within a week of the goal race says no weeks', () => {
    expect(tuneUpRaceLine(7000, 1800, marathon, '2027-04-14')).toMatch(/^Congratulations on your race! 30:00 is 4:17\/km \(6:54\/mi\) - a good marker\. Keep the next 2 days easy/);
  });
});
