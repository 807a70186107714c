import { describe, expect, it } from 'vitest';
import { toPgRecord, toPgText } from '../../src/db/pg-text.js';

// What PostgreSQL can store of a client's text: U+0000 dropped, a lone surrogate made U+FFFD, anything else as sent.
describe('toPgText / toPgRecord', () => {
  const cases: [string, string][] = [
    ["what's today", "what's today"],
    ['', ''],
    ['done \u{1F4AA} squats 3x5', 'done \u{1F4AA} squats 3x5'],
    ['a\u0000b', 'ab'],
    ['\u0000\u0000', ''],
    ['lone \uD83D here', 'lone \uFFFD here'],
    ['trail \uDCAA', 'trail \uFFFD'],
    ['\uDCAA\uD83D', '\uFFFD\uFFFD'],
    ['nul in pair \uD83D\u0000\uDCAA', 'nul in pair \uD83D\uDCAA'],
    ['ok \uD83D\uDCAA\u0000', 'ok \uD83D\uDCAA'],
  ];
  it.each(cases)('%j is stored as %j', (text, stored) => {
    expect(toPgText(text)).toBe(stored);
  });
  it('a form is copied with every key and value made storable', () => {
    const form = { Body: 'hi\u0000', From: '+15555550100', 'Odd\u0000Key': '\uD83D', NumMedia: '0' };
    const out = toPgRecord(form);
    expect(out).toEqual({ Body: 'hi', From: '+15555550100', OddKey: '\uFFFD', NumMedia: '0' });
    expect(out).not.toBe(form);
  });
});
