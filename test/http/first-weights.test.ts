/**
 * A lift the plan gives no weight for ("Lifts without a weight: pick one you could lift 3 more times, and log it"):
 * the weight the client logs is that pick, and the next session starts from it, not below it.
 */
import { describe, expect, it } from 'vitest';
import { smsSuite } from '../support/sms-suite.js';
import { LIFTER_ANSWERS } from '../support/web.js';
import { planned } from '../support/lifter-with-maxes.js';

// Monday 2026-11-23, 09:00 in New York.
const { say, onboarded } = smsSuite();

describe('a first weight picked', () => {
  // Sam (no maxes given): "ohp 3x8 95" was read as all-out (RIR 0, est. 1RM 120) and Friday's overhead press became
  // 3x8-10 at 85 lb, 10 lb under what he had just done for 8. Picked as the day asked (3 reps left), 95 x 8 at RIR 3 is
  // an est. 1RM of 95 x (1 + 11/30) = 130 lb, and the next 8-10 reps at RIR 3 stay about 95.
  it('logged in the planned reps with no effort word, it is the planned effort, the max is estimated with those reps left, and the next session starts from it', async () => {
    const phone = await onboarded(LIFTER_ANSWERS);
    const today = await say(phone, "what's today");
    const first = /\n(Bench press|Back squat|Overhead press|Romanian deadlift|Deadlift) (\d)x(\d+)(?:-(\d+))?\n/.exec(today);
    expect(first, today).not.toBeNull();
    const [, lift, sets, low] = first!;
    const reply = await say(phone, `${lift!.toLowerCase()} ${sets}x${low} 95`);
    expect(reply).toContain(`Logged today: ${lift} ${sets}x${low} @ 95 lb ("as planned" = about 3 reps left, RIR 3).`);
    // Epley with the reps left counted: 95 x (1 + (reps + 3) / 30); read as all-out it was 95 x (1 + reps / 30).
    expect(reply).toContain(`Est. 1RM ${Math.round(95 * (1 + (Number(low) + 3) / 30))} lb.`);
    // The lift's next session in the coming week starts from the pick: at about its reps and RIR 3 the load stays
    // within one plate step of 95 (read as all-out, 95 x 6 → est. 114 → the next 6-8 at RIR 3 was 85 lb).
    let next: ReturnType<typeof planned> | null = null;
    for (const day of ['nov 25', 'nov 27', 'nov 30', 'dec 2', 'dec 4']) {
      const text = await say(phone, `what's on ${day}`);
      if (new RegExp(`\\n${lift} \\d`).test(text)) {
        next = planned(text, lift!);
        break;
      }
    }
    expect(next, `no ${lift} in the coming week`).not.toBeNull();
    expect(next!.load).toBeGreaterThanOrEqual(90);
  });
});
