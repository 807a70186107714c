import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { candidateTimezonesDue, dueState, localDateAt, morningInstant, type MorningSchedule } from '../../src/scheduler/morning-time.js';

const NY = 'America/New_York';
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
const schedule = (over: Partial<MorningSchedule> = {}): MorningSchedule => ({ timezone: NY, morningTime: '07:00', ...over });

describe('morning-time.morningInstant', () => {
  it('when a New York client sends at 7:00, it is 7:00 local on both sides of each DST change', () => {
    // EST is UTC-5, EDT UTC-4: 7:00 EST = 12:00Z, 7:00 EDT = 11:00Z.
    expect(iso(morningInstant('2027-03-13', '07:00', NY))).toBe('2027-03-13T12:00:00.000Z');
    expect(iso(morningInstant('2027-03-14', '07:00', NY))).toBe('2027-03-14T11:00:00.000Z'); // spring forward day
    expect(iso(morningInstant('2027-03-15', '07:00', NY))).toBe('2027-03-15T11:00:00.000Z');
    expect(iso(morningInstant('2027-11-06', '07:00', NY))).toBe('2027-11-06T11:00:00.000Z');
    expect(iso(morningInstant('2027-11-07', '07:00', NY))).toBe('2027-11-07T12:00:00.000Z'); // fall back day
  });

  it('when the time does not exist (02:30 on spring-forward day), it is the first instant after the gap', () => {
    // Clocks jump 02:00 EST -> 03:00 EDT at 07:00Z; luxon alone would say 03:30 EDT (07:30Z).
    expect(iso(morningInstant('2027-03-14', '02:30', NY))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(morningInstant('2027-03-14', '02:00', NY))).toBe('2027-03-14T07:00:00.000Z');
    expect(iso(morningInstant('2027-03-14', '02:59', NY))).toBe('2027-03-14T07:00:00.000Z');
    // Either edge of the gap is an ordinary time.
    expect(iso(morningInstant('2027-03-14', '01:59', NY))).toBe('2027-03-14T06:59:00.000Z');
    expect(iso(morningInstant('2027-03-14', '03:00', NY))).toBe('2027-03-14T07:00:00.000Z');
  });

  it('when the time happens twice (01:30 on fall-back day), it is the first occurrence', () => {
    // 01:30 EDT = 05:30Z comes first; 01:30 EST = 06:30Z an hour later (luxon alone picks the later one).
    expect(iso(morningInstant('2027-11-07', '01:30', NY))).toBe('2027-11-07T05:30:00.000Z');
  });

  it('when the client is in London, 7:00 follows BST on its own change dates', () => {
    // BST starts 2027-03-28 01:00Z and ends 2027-10-31 01:00Z.
    expect(iso(morningInstant('2027-03-27', '07:00', 'Europe/London'))).toBe('2027-03-27T07:00:00.000Z');
    expect(iso(morningInstant('2027-03-28', '07:00', 'Europe/London'))).toBe('2027-03-28T06:00:00.000Z');
    expect(iso(morningInstant('2027-03-28', '01:30', 'Europe/London'))).toBe('2027-03-28T01:00:00.000Z'); // in the gap
    expect(iso(morningInstant('2027-10-31', '07:00', 'Europe/London'))).toBe('2027-10-31T07:00:00.000Z');
    expect(iso(morningInstant('2027-10-31', '01:30', 'Europe/London'))).toBe('2027-10-31T00:30:00.000Z'); // first, BST
  });

  it('when the zone is ahead of UTC, the local morning falls on the previous UTC date', () => {
    // Kolkata is +5:30 all year: 05:00 IST = 23:30Z the day before.
    expect(iso(morningInstant('2027-06-01', '05:00', 'Asia/Kolkata'))).toBe('2027-05-31T23:30:00.000Z');
    // Auckland is +13 (NZDT) in January: 07:00 = 18:00Z the day before.
    expect(iso(morningInstant('2027-01-15', '07:00', 'Pacific/Auckland'))).toBe('2027-01-14T18:00:00.000Z');
    // ... and +12 (NZST) in July.
    expect(iso(morningInstant('2027-07-15', '07:00', 'Pacific/Auckland'))).toBe('2027-07-14T19:00:00.000Z');
  });

  it('when the input is malformed, it says which field is wrong', () => {
    expect(() => morningInstant('2027-02-30', '07:00', NY)).toThrow(/localDate/);
    expect(() => morningInstant('2027-03-14', '7:00', NY)).toThrow(/morningTime/);
    expect(() => morningInstant('2027-03-14', '24:00', NY)).toThrow(/morningTime/);
    expect(() => morningInstant('2027-03-14', '07:00', 'Mars/Olympus')).toThrow(/timezone/);
  });

  it('when any wall time in a DST zone is asked for, it is its first occurrence, or the first instant after a gap', () => {
    // Santiago changes at local midnight, Lord Howe by 30 minutes: shapes the New York rules do not cover.
    const zones = [NY, 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Auckland'];
    const wall = (zone: string, ms: number) =>
      new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(ms);
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 4 * 366 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, dayIndex, h, m) => {
          const localDate = new Date(Date.UTC(2026, 0, 1 + dayIndex)).toISOString().slice(0, 10);
          const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const wanted = `${localDate}, ${hhmm}`;
          const t = morningInstant(localDate, hhmm, zone).getTime();
          if (wall(zone, t) === wanted) {
            // First occurrence: 30 or 60 minutes earlier (the DST shifts in these zones) is a different time.
            expect(wall(zone, t - 30 * 60_000)).not.toBe(wanted);
            expect(wall(zone, t - 60 * 60_000)).not.toBe(wanted);
          } else {
            // A gap: the minute before reads earlier than wanted, this instant later than wanted.
            expect(wall(zone, t - 60_000) < wanted).toBe(true);
            expect(wall(zone, t) > wanted).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('when the day has a gap, every wall time in it maps to the transition, for each gap-shaped zone', () => {
    // Santiago: clocks jump 00:00 -> 01:00 on 2027-09-05 (first Sunday of September), at 04:00Z.
    expect(iso(morningInstant('2027-09-05', '00:30', 'America/Santiago'))).toBe('2027-09-05T04:00:00.000Z');
    // Lord Howe: 02:00 -> 02:30 on 2027-10-03, at 15:30Z the day before.
    expect(iso(morningInstant('2027-10-03', '02:15', 'Australia/Lord_Howe'))).toBe('2027-10-02T15:30:00.000Z');
  });
});

describe('morning-time.localDateAt', () => {
  it('when UTC has not reached the next date but Kolkata or Auckland has, the local date is the later one', () => {
    expect(localDateAt(at('2027-05-31T23:30:00Z'), 'Asia/Kolkata')).toBe('2027-06-01');
    expect(localDateAt(at('2027-05-31T18:29:00Z'), 'Asia/Kolkata')).toBe('2027-05-31');
    expect(localDateAt(at('2027-05-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2027-06-01');
    expect(localDateAt(at('2027-01-14T18:00:00Z'), 'Pacific/Auckland')).toBe('2027-01-15');
  });

  it('when asked again within a minute, across a local midnight or for another zone, each answer is that instant\'s date', () => {
    // New York's midnight of 2027-03-14 is 05:00Z: the minute before and the minute of it differ.
    expect(localDateAt(at('2027-03-14T04:59:00Z'), NY)).toBe('2027-03-13');
    expect(localDateAt(at('2027-03-14T04:59:59.999Z'), NY)).toBe('2027-03-13');
    expect(localDateAt(at('2027-03-14T05:00:00Z'), NY)).toBe('2027-03-14');
    expect(localDateAt(at('2027-03-14T05:00:30Z'), 'Asia/Kolkata')).toBe('2027-03-14');
    expect(localDateAt(at('2027-03-14T05:00:30Z'), 'America/Los_Angeles')).toBe('2027-03-13');
    expect(localDateAt(at('2027-03-14T04:59:30Z'), NY)).toBe('2027-03-13');
    expect(() => localDateAt(at('2027-03-14T05:00:30Z'), 'Mars/Olympus')).toThrow();
  });

  it('when it is early UTC morning, New York is still on the previous date', () => {
    expect(localDateAt(at('2027-03-14T03:00:00Z'), NY)).toBe('2027-03-13');
    expect(localDateAt(at('2027-03-14T05:00:00Z'), NY)).toBe('2027-03-14');
  });
});

describe('morning-time.dueState', () => {
  it('when it is a minute before 7:00, the morning is not yet due', () => {
    const s = dueState(at('2027-03-13T11:59:00Z'), schedule(), 3);
    expect(s).toEqual({ localDate: '2027-03-13', dueAt: at('2027-03-13T12:00:00Z'), state: 'not_yet' });
  });

  it('when it is exactly 7:00 local, it is due', () => {
    expect(dueState(at('2027-03-13T12:00:00Z'), schedule(), 3).state).toBe('due');
  });

  it('when a worker comes back inside the catch-up window, it is still due; at the window end it is too late', () => {
    // 7:00 EST = 12:00Z; with 3 h catch-up the last moment to send is just before 15:00Z (10:00 local).
    expect(dueState(at('2027-03-13T14:59:59.999Z'), schedule(), 3).state).toBe('due');
    expect(dueState(at('2027-03-13T15:00:00Z'), schedule(), 3).state).toBe('too_late');
    expect(dueState(at('2027-03-13T13:29:00Z'), schedule(), 1.5).state).toBe('due');
    expect(dueState(at('2027-03-13T13:30:00Z'), schedule(), 1.5).state).toBe('too_late');
  });

  it('when catch-up is 0, only the tick in the morning minute itself sends', () => {
    expect(dueState(at('2027-03-13T12:00:30Z'), schedule(), 0).state).toBe('due');
    expect(dueState(at('2027-03-13T12:01:00Z'), schedule(), 0).state).toBe('too_late');
  });

  it('when the morning time is in the spring-forward gap, a minute-by-minute tick finds it due once that night', () => {
    // Tick every minute from 05:00Z (00:00 EST) to 10:00Z (06:00 EDT) with no catch-up: exactly one tick is due.
    const due: string[] = [];
    for (let t = Date.parse('2027-03-14T05:00:00Z'); t <= Date.parse('2027-03-14T10:00:00Z'); t += 60_000) {
      const s = dueState(new Date(t), schedule({ morningTime: '02:30' }), 0);
      if (s.state === 'due') due.push(new Date(t).toISOString());
    }
    expect(due).toEqual(['2027-03-14T07:00:00.000Z']);
  });

  it('when the morning time happens twice on fall-back day, the first 01:30 is due and the local date stays the same', () => {
    const first = dueState(at('2027-11-07T05:30:00Z'), schedule({ morningTime: '01:30' }), 3);
    const second = dueState(at('2027-11-07T06:30:00Z'), schedule({ morningTime: '01:30' }), 3);
    expect(first).toEqual({ localDate: '2027-11-07', dueAt: at('2027-11-07T05:30:00Z'), state: 'due' });
    // The second 01:30 is the same local date and dueAt, so the daily_sends row (client, date) dedupes it.
    expect(second).toEqual({ localDate: '2027-11-07', dueAt: at('2027-11-07T05:30:00Z'), state: 'due' });
  });

  it('when a Kolkata client sends at 05:00, the due instant is on the previous UTC date', () => {
    const s = dueState(at('2027-05-31T23:30:00Z'), schedule({ timezone: 'Asia/Kolkata', morningTime: '05:00' }), 3);
    expect(s).toEqual({ localDate: '2027-06-01', dueAt: at('2027-05-31T23:30:00Z'), state: 'due' });
  });

  it('when the catch-up window would run past local midnight, the next local date is judged on its own', () => {
    // 23:30 EST on 2027-03-12 = 04:30Z on the 13th. At 05:30Z it is 00:30 on the 13th locally: the 13th's
    // 23:30 (04:30Z on the 14th) has not come yet, so nothing is sent at half past midnight.
    const s = dueState(at('2027-03-13T05:30:00Z'), schedule({ morningTime: '23:30' }), 3);
    expect(s).toEqual({ localDate: '2027-03-13', dueAt: at('2027-03-14T04:30:00Z'), state: 'not_yet' });
  });

  it('when catch-up hours are out of range, it throws naming the field', () => {
    expect(() => dueState(at('2027-03-13T12:00:00Z'), schedule(), -1)).toThrow(/catchUpHours/);
  });
});

describe('morning-time.candidateTimezonesDue', () => {
  it('when given zones, it gives each distinct valid zone its local date and clock, dropping unknown ones', () => {
    const clocks = candidateTimezonesDue(at('2027-05-31T23:30:00Z'), ['Asia/Kolkata', NY, 'Asia/Kolkata', 'Not/AZone']);
    expect(clocks).toEqual([
      { timezone: 'Asia/Kolkata', localDate: '2027-06-01', localTime: '05:00' },
      { timezone: NY, localDate: '2027-05-31', localTime: '19:30' },
    ]);
  });
});
