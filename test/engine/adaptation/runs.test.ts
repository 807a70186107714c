import { describe, expect, it } from 'vitest';
import { describePaces, easyRunNote, plannedAveragePace, plannedPaceFor, qualityPaceNote, shortLongRunNote, raceEffortNote, repeatsSession, repsPaceNote, vdotFromRuns, type RunEvidence } from '../../../src/engine/adaptation/runs.js';
import type { RunItem } from '../../../src/engine/workout/workout.js';
import { paceZones } from '../../../src/engine/endurance/vdot.js';

// VDOT 40 in miles: easy 9:50-10:49 (590-649 s), tempo 8:12 (492 s).
const zones = paceZones(40, 'mi');
const q = (date: string, paceSec: number, plannedPaceSec = 540): RunEvidence => ({ date, kind: 'quality', paceSec, plannedPaceSec });

describe('easyRunNote', () => {
  it('says nothing inside the easy range or just under it (within 15 s)', () => {
    expect(easyRunNote(620, zones, 'mi')).toBeNull();
    expect(easyRunNote(580, zones, 'mi')).toBeNull(); // 10 s under 9:50
  });

  it('notes a run much faster than easy, with the range, and does not touch fitness', () => {
    // 8:45 = 525 s: 65 s under the fast end of easy (590).
    expect(easyRunNote(525, zones, 'mi')).toBe('Easy days are 9:50-10:49/mi; 8:45 is faster than that. Keep easy days easy: they build the base without the fatigue, so your hard days can be hard.');
  });
});

describe('easyRunNote, by session', () => {
  it('a long run names the long run and its easy zone, not "easy days"', () => {
    expect(easyRunNote(500, zones, 'mi', 'Long run')).toBe('Long runs are easy pace, 9:50-10:49/mi; 8:20 is faster than that. Keep the long run easy: it builds endurance at easy effort; run fast, it turns into a race you need days to recover from.');
    expect(easyRunNote(480, zones, 'mi', 'Recovery run')).toMatch(/^Recovery runs are easy pace, 9:50-10:49\/mi; 8:00 is faster than that\./);
  });
});

describe('easyRunNote, quicker than tempo', () => {
  it('when an easy-day run is quicker than tempo pace, it also says the paces may be set too slow and how to fix them', () => {
    // 8:00 = 480 s, quicker than tempo 8:12.
    const note = easyRunNote(480, zones, 'mi')!;
    expect(note).toMatch(/^Easy days are 9:50-10:49\/mi; 8:00 is faster than that\. Keep easy days easy/);
    expect(note).toMatch(/8:00 is even quicker than your tempo pace \(8:12\/mi\): if that felt easy, your paces are set too slow - text a recent race or time trial/);
    // Between tempo and easy: the plain reminder only.
    expect(easyRunNote(525, zones, 'mi')).not.toMatch(/tempo pace/);
  });

  it('when the run was on a rest day, it says an extra run is best easy', () => {
    expect(easyRunNote(525, zones, 'mi', 'Rest day')).toMatch(/^A run on a rest day is best easy, 9:50-10:49\/mi; 8:45 is faster than that\. An extra run is easy miles or none/);
  });
});

/** A planned run item: `segment`, distance (mi), effort, and pace goal. */
const lap = (segment: RunItem['segment'], distance: number, effort: string, paceGoal: string | null = null): RunItem => ({ kind: 'run', segment, lapIndex: 0, distance, unit: 'mi', paceGoal, effort, hrZone: null });

describe('repeatsSession', () => {
  // 2 mi warm-up, 5 x 0.5 mi at 6:38 with 0.3 mi jogs, 1 mi cool-down: 6.7 mi.
  const intervals = {
    distanceUnit: 'mi' as const,
    items: [lap('warmup', 2, 'warm-up'), ...[1, 2, 3, 4, 5].flatMap((n) => [...(n > 1 ? [lap('workout', 0.3, 'recovery jog')] : []), lap('workout', 0.5, 'interval', '6:38')]), lap('cooldown', 1, 'cool-down')],
  };

  it('when the reps are said alone the session is the plan round them: 3 + 6 x 800 m + 5 jogs', () => {
    // 3 + 6 x 0.4971 + 5 x 0.3 = 7.48 mi; 190 s / 0.4971 mi = 382 s, 6:22/mi.
    const s = repeatsSession(intervals, { count: 6, each: 0.8, unit: 'km', repSec: 190 })!;
    expect(s).toMatchObject({ distance: 7.5, unit: 'mi', targetSec: 398, target: 'interval' });
    expect(s.repPaceSec).toBeCloseTo(382.2, 0);
    expect(repsPaceNote(s)).toBe('Reps at 6:22/mi: 16 s/mi faster than your interval pace (6:38/mi). Hard, not all-out: at 6:38/mi the session does its job with less fatigue to carry into the week.');
  });

  it('when the reps are on pace or slower it says so', () => {
    const on = repeatsSession(intervals, { count: 5, each: 0.5, unit: 'mi', repSec: 200 })!;
    expect(repsPaceNote(on)).toMatch(/^Reps at 6:40\/mi: right on your interval pace/);
    const slow = repeatsSession(intervals, { count: 5, each: 0.5, unit: 'mi', repSec: 215 })!;
    expect(repsPaceNote(slow)).toMatch(/^Reps at 7:10\/mi: 32 s\/mi slower than your interval pace/);
  });

  it('when the day has no work at a set pace (an easy day) there is no session to fill in', () => {
    const easy = { distanceUnit: 'mi' as const, items: [lap('warmup', 0.5, 'warm-up'), lap('workout', 3, 'easy', '10:17'), lap('cooldown', 0.5, 'cool-down')] };
    expect(repeatsSession(easy, { count: 6, each: 0.8, unit: 'km', repSec: 190 })).toBeNull();
  });
});

describe('vdotFromRuns', () => {
  const today = '2026-03-20';

  it('one fast quality run is an outlier: no change', () => {
    expect(vdotFromRuns({ current: 40, today, runs: [q('2026-03-18', 520)] })).toMatchObject({ vdot: 40, changed: false });
  });

  it('two quality runs within 21 days both 4+ s faster than planned: VDOT +1', () => {
    // 540 planned; 530 (10 s faster) on Mar 5 and 534 (6 s faster) on Mar 18 → 41.
    const d = vdotFromRuns({ current: 40, today, runs: [q('2026-03-05', 530), q('2026-03-18', 534)] });
    expect(d).toMatchObject({ vdot: 41, changed: true });
    expect(d.reason).toBe('your last 2 quality runs were 10 s faster and 6 s faster than planned');
  });

  it('faster runs spread over more than 21 days are not a pattern', () => {
    expect(vdotFromRuns({ current: 40, today, runs: [q('2026-02-25', 530), q('2026-03-18', 534)] }).changed).toBe(false);
  });

  it('mixed signals (one faster, one on pace) change nothing; easy-day speed never counts', () => {
    const runs: RunEvidence[] = [q('2026-03-10', 530), q('2026-03-18', 539), { date: '2026-03-19', kind: 'easy', paceSec: 480 }, { date: '2026-03-19', kind: 'easy', paceSec: 470 }];
    expect(vdotFromRuns({ current: 40, today, runs })).toMatchObject({ vdot: 40, changed: false });
  });

  it('two quality runs both 8+ s slower: VDOT −1 (paces ease off)', () => {
    expect(vdotFromRuns({ current: 40, today, runs: [q('2026-03-10', 550), q('2026-03-18', 552)] })).toMatchObject({ vdot: 39, changed: true });
  });

  it('a race sets VDOT by Daniels, capped at 3 points per race', () => {
    // 10K in 45:00 → VDOT 45.3 by the formula; from 40 that is +5.3, capped at +3 → 43.
    const race: RunEvidence = { date: '2026-03-15', kind: 'race', paceSec: null, distanceMeters: 10000, durationSec: 45 * 60 };
    expect(vdotFromRuns({ current: 40, today, runs: [race] })).toMatchObject({ vdot: 43, changed: true, reason: 'your 10K race works out to VDOT 45.3' });
    // 5K in 24:00 → 40.2: within 0.5 of 40, nothing changes.
    expect(vdotFromRuns({ current: 40, today, runs: [{ ...race, distanceMeters: 5000, durationSec: 24 * 60 }] })).toMatchObject({ vdot: 40, changed: false });
  });
});

describe('plannedAveragePace', () => {
  it('weights laps by distance; easy laps count at the middle of easy', () => {
    // 1 mi warm-up (easy, mid 619.8 s) + 3 mi at 8:12 (492 s) + 1 mi cool-down: (2 × 619.8 + 3 × 492) / 5 = 543.1.
    const lap = (distance: number, paceGoal: string | null) => ({ kind: 'run' as const, segment: 'workout' as const, lapIndex: 0, distance, unit: 'mi' as const, paceGoal, effort: '', hrZone: null });
    expect(plannedAveragePace({ items: [lap(1, null), lap(3, '8:12'), lap(1, null)] }, zones)).toBeCloseTo(543.1, 0);
  });
});

describe('describePaces', () => {
  it('gives easy and tempo', () => {
    expect(describePaces(41, 'mi')).toMatch(/^easy 9:39-.*tempo 8:02\/mi$/);
  });
});

describe('vdotFromRuns, step by step', () => {
  it('after a step, only later runs count: 4 fast quality runs in a row are +2, not +1 or +4', () => {
    // Pairs (Mar 1, Mar 5) → 41; (Mar 10, Mar 15) → 42.
    const runs = ['2026-03-01', '2026-03-05', '2026-03-10', '2026-03-15'].map((d) => q(d, 530));
    expect(vdotFromRuns({ current: 40, today: '2026-03-20', runs })).toMatchObject({ vdot: 42, changed: true });
    // Three fast runs: the third starts a new pair on its own → still 41.
    expect(vdotFromRuns({ current: 40, today: '2026-03-20', runs: runs.slice(0, 3) }).vdot).toBe(41);
  });
});

describe('raceEffortNote', () => {
  const km = { vdot: 41.5 };
  it('when a 5K is logged at threshold pace or faster, says what it is worth and how to make it the race', () => {
    // 24:10 for 5 km = 4:50/km, under VDOT 41.5's threshold; Daniels: 24:10 5K → VDOT 39.9.
    expect(raceEffortNote({ distanceMeters: 5000, durationSec: 1450 }, km)).toBe('Strong 5K! 24:10 works out to VDOT 39.9, a bit slower than the 41.5 your paces use. If it was a race or all-out time trial, text "no, raced 5k in 24:10" and I\'ll set your paces from it.');
  });
  it('when a watch says 10.02 km in 47:30, it is the 10K; a half at the current fitness just matches', () => {
    expect(raceEffortNote({ distanceMeters: 10020, durationSec: 2850 }, km)).toMatch(/^Strong 10K! 47:30 works out to VDOT/);
    // VDOT 40 predicts about 1:51 for a half: same fitness, no suggestion.
    expect(raceEffortNote({ distanceMeters: 21097.5, durationSec: 6660 }, { vdot: 40 })).toMatch(/^Strong half: 1:51:00 matches the fitness your paces are set from \(VDOT 40\)\.$/);
  });
  it('when the run is not a race distance or is slower than threshold, says nothing', () => {
    expect(raceEffortNote({ distanceMeters: 8000, durationSec: 2000 }, km)).toBeNull();
    expect(raceEffortNote({ distanceMeters: 5000, durationSec: 1800 }, km)).toBeNull(); // 6:00/km: an easy 5K
  });
});

describe('qualityPaceNote', () => {
  // A tempo day: 1 mi warm-up, 3 x 1 mi at 8:12, 1 mi cool-down (5 mi, average about 8:52).
  const tempo = { items: [lap('warmup', 1, 'warm-up'), lap('workout', 1, 'threshold', '8:12'), lap('workout', 1, 'threshold', '8:12'), lap('workout', 1, 'threshold', '8:12'), lap('cooldown', 1, 'cool-down')] };

  it('when the logged distance is the work alone, it is held to tempo pace; the whole session, to its average', () => {
    expect(plannedPaceFor(tempo, zones, 3)).toMatchObject({ part: 'work', targetSec: 492, name: 'tempo' });
    expect(plannedPaceFor(tempo, zones, 5)).toMatchObject({ part: 'session', workSec: 492 });
    expect(plannedPaceFor(tempo, zones, 5)!.targetSec).toBeCloseTo(plannedAveragePace(tempo, zones)!, 5);
    // Intervals and easy days have no steady work at a set pace.
    expect(plannedPaceFor({ items: [lap('workout', 0.5, 'interval', '7:20')] }, zones, 3)).toBeNull();
    expect(plannedPaceFor({ items: [lap('workout', 4, 'easy')] }, zones, 4)).toBeNull();
  });

  it('when a tempo is far too fast, it says tempo is comfortably hard and why; far too slow, that a bad day is fine', () => {
    const work = plannedPaceFor(tempo, zones, 3)!;
    expect(qualityPaceNote(450, work, 'mi')).toBe('Tempo work at 7:30/mi: 42 s/mi faster than your tempo pace (8:12/mi). Tempo is "comfortably hard", a pace you could hold for about an hour: faster turns it into a race effort that costs days of recovery for no extra gain. If it felt easy, text a recent race and I\'ll check your paces.');
    expect(qualityPaceNote(540, work, 'mi')).toMatch(/^Tempo work at 9:00\/mi: 48 s\/mi slower than your tempo pace \(8:12\/mi\)\. Fine on a tired, hot or hilly day/);
    expect(qualityPaceNote(495, work, 'mi')).toBe('Tempo work at 8:15/mi: right on your tempo pace (8:12/mi). Nicely judged.');
    // A whole session's average is compared with the plan's average, and says so.
    // (Easy laps count at the middle of easy, 10:19: the session averages 9:03.)
    expect(qualityPaceNote(545, plannedPaceFor(tempo, zones, 5)!, 'mi')).toBe("Tempo day at 9:05/mi average: right on the plan's 9:03/mi average with warm-up and cool-down (tempo 8:12/mi). Nicely judged.");
    expect(qualityPaceNote(500, plannedPaceFor(tempo, zones, 5)!, 'mi')).toMatch(/^Tempo day at 8:20\/mi average: 43 s\/mi faster than the plan's 9:03\/mi average/);
  });
});

describe('shortLongRunNote', () => {
  it('when a long run is cut well short, it says so kindly, not to make it up, and asks what happened', () => {
    expect(shortLongRunNote(4, 6.5, 'mi')).toBe('4 of the planned 6.5 mi on the long run: that happens, and one short long run costs you little. Don\'t make up the miles later in the week. If something hurt or you felt unwell, tell me (e.g. "my calf hurts", "sick") and I\'ll adjust what\'s next.');
    // Within 80 % of the plan: nothing to say.
    expect(shortLongRunNote(5.5, 6.5, 'mi')).toBeNull();
  });
});

describe('repsPaceNote, another zone', () => {
  it('when 800s are run at interval pace on a marathon-pace day, they are said as interval work, a harder day than planned', () => {
    // VDOT 40: interval 7:24-ish, marathon 8:57-ish per mile.
    const s = { distance: 7, unit: 'mi' as const, repPaceSec: zones.interval + 2, targetSec: zones.marathon, target: 'marathon' };
    expect(repsPaceNote(s, zones)).toMatch(/^Reps at \d:\d\d\/mi: about your interval pace \(\d:\d\d\/mi\), not the marathon pace planned \(\d:\d\d\/mi\) - a harder session than planned\. Keep the next day or two easy/);
    // Near the planned zone it is the plain verdict.
    expect(repsPaceNote({ ...s, target: 'interval', targetSec: zones.interval }, zones)).toMatch(/right on your interval pace/);
  });
});
