import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizePhone, normalizeUncached } from '../../src/channels/phone.js';

describe('channels.phone.normalizePhone', () => {
  it("when Twilio sends a North American number in E.164 (+1 and ten digits), the answer is libphonenumber's, valid or not", () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }).map((d) => d.join(''));
    fc.assert(
      fc.property(digits, fc.constantFrom<'US' | 'CA' | 'GB'>('US', 'CA', 'GB'), (d, country) => {
        const raw = `+1${d}`;
        expect(normalizePhone(raw, country)).toEqual(normalizeUncached(raw, country));
      }),
      { numRuns: 5000, seed: 14 },
    );
    // Area codes that cannot exist (0xx, 1xx), toll-free, Canada, a Caribbean code: each as libphonenumber says.
    for (const raw of ['+10005550123', '+11235550123', '+18005550123', '+14165550123', '+18765550123', '+14155550100', '+19999999999']) {
      expect(normalizePhone(raw)).toEqual(normalizeUncached(raw, 'US'));
      expect(normalizePhone(raw)).toEqual({ success: true, data: raw });
    }
  });

  it('when a number is written any other way, it is read as before', () => {
    for (const raw of ['+1 (415) 555-0123', '4155550123', 'whatsapp:+447911123456', '+4407911123456', '+1415555012', '+141555501234', ' +14155550123', 'not a number', '']) {
      expect(normalizePhone(raw)).toEqual(normalizeUncached(raw, 'US'));
    }
    expect(normalizePhone('+1 (415) 555-0123')).toEqual({ success: true, data: '+14155550123' });
  });
});
