import { describe, expect, it } from 'vitest';
import { splitPaces, splitsNote } from '../../../src/engine/adaptation/runs.js';

// 4:20/km = 260 s.
const aimed = { sec: 260, name: 'the pace you aimed for' };

describe('splitPaces', () => {
  it('when the reps are 3 km, "4:18" is a pace per km (nearer 4:20 than 4:18 / 3 = 1:26)', () => {
    expect(splitPaces({ secs: [258, 261, 259], each: 3 }, 260)).toEqual([258, 261, 259]);
  });

  it('when the reps are 800 m at 3:50/km, "3:05" is a rep time: 185 / 0.8 = 231.25 s, 3:51/km', () => {
    expect(splitPaces({ secs: [185], each: 0.8 }, 230)).toEqual([231.25]);
  });

  it('when no pace was aimed at, reps under a unit are timed and longer ones paced', () => {
    expect(splitPaces({ secs: [184], each: 0.8 }, null)).toEqual([230]);
    expect(splitPaces({ secs: [258], each: 3 }, null)).toEqual([258]);
  });
});

describe('splitsNote', () => {
  it('when every split is within 3 s of the pace, says even and on pace', () => {
    expect(splitsNote([258, 261, 259], aimed, 'km')).toBe('Splits 4:18, 4:21, 4:19/km against the pace you aimed for (4:20/km): every one within 2 s. Even and on pace - nicely judged.');
  });

  it('when the first is fast and the last slow, names the fade: 4:05 is 15 s under 4:20, 4:31 is 11 s over', () => {
    expect(splitsNote([245, 255, 271], aimed, 'km')).toMatch(/: the first 15 s fast and the last 11 s slow - the fast start cost the end\. Start at 4:20/);
  });

  it('when all are fast, says hard is not all-out; when all are slow, says fine on a tough day', () => {
    expect(splitsNote([250, 252, 254], aimed, 'km')).toMatch(/: up to 10 s fast\. Hard, not all-out/);
    expect(splitsNote([266, 268, 270], aimed, 'km')).toMatch(/: up to 10 s slow\. Fine on a tough day/);
  });

  it('when there is no pace to hold them to, says whether they were even or a negative split', () => {
    expect(splitsNote([300, 301, 299], null, 'km')).toBe('Splits 5:00, 5:01, 4:59/km: within 2 s of each other. Nicely even.');
    expect(splitsNote([310, 305, 300, 298], null, 'km')).toMatch(/a negative split, 12 s quicker at the end/);
  });

  it('when only one split is said, says nothing', () => {
    expect(splitsNote([260], aimed, 'km')).toBeNull();
  });
});
