import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countSegments, fitSegments, isGsm7, MAX_BODY_SEGMENTS, smsBodyCounted, splitForSms, toGsm7 } from '../../src/channels/sms-text.js';

describe('sms-text.toGsm7', () => {
  it('when a model writes typographic punctuation, it becomes the plain GSM-7 form', () => {
    expect(toGsm7('He said \u201Cgo\u201D \u2014 it\u2019s 4\u00D75\u2026')).toBe('He said "go" - it\'s 4x5...');
  });

  it('when the text has emoji, they are removed without leaving double spaces', () => {
    expect(toGsm7('Nice work \u{1F4AA} today!')).toBe('Nice work today!');
    expect(toGsm7('Crushed it \u{1F389}!')).toBe('Crushed it!');
    expect(toGsm7('\u{1F3C3} Tempo day\n\u{1F525} Go')).toBe('Tempo day\nGo');
    expect(toGsm7('thumbs \u{1F44D}\u{1F3FD}')).toBe('thumbs');
  });

  it('when a name has accents outside GSM-7 it keeps the letters; GSM-7 accents stay as they are', () => {
    expect(toGsm7('Zo\u00EB, Fran\u00E7ois, Ren\u00E9e')).toBe('Zoe, Francois, Renée');
  });

  it('when text has a non-breaking space or a tab, it becomes a plain space', () => {
    expect(toGsm7('6:45\u00A0/mi\tpace')).toBe('6:45 /mi pace');
  });

  it('when given anything at all, it never throws and the result is GSM-7', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = toGsm7(s);
        expect(isGsm7(out)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(toGsm7(undefined as unknown as string)).toBe('');
  });
});

describe('sms-text.countSegments', () => {
  it('when a GSM-7 text is exactly 160 characters, it is one segment; 161 makes two', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(countSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2, characters: 161 });
  });

  it('when a GSM-7 text is long, parts hold 153 characters: 306 is 2 segments, 307 is 3', () => {
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('when the text has one emoji, the whole message is UCS-2 and 70 code units fit one segment', () => {
    const oneEmoji = 'Great job \u{1F4AA}';
    expect(countSegments(oneEmoji).encoding).toBe('UCS-2');
    // 68 letters + a 2-unit emoji = 70 units: still one segment; one more letter makes 71 > 70 → 2 parts of 67.
    expect(countSegments('a'.repeat(68) + '\u{1F4AA}')).toEqual({ encoding: 'UCS-2', segments: 1, characters: 70 });
    expect(countSegments('a'.repeat(69) + '\u{1F4AA}').segments).toBe(2);
    // 140 UCS-2 units: ceil(140 / 67) = 3.
    expect(countSegments('\u00E7'.repeat(140)).segments).toBe(3);
  });

  it('when the text has "€" or other extension characters, each counts 2', () => {
    expect(countSegments('\u20AC').characters).toBe(2);
    expect(countSegments('\u20AC'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1, characters: 160 });
    expect(countSegments('\u20AC'.repeat(80) + 'a').segments).toBe(2);
    expect(countSegments('{}[]~|^\\').characters).toBe(16);
  });

  it('when an extension character would straddle a part boundary, it moves to the next part', () => {
    // 152 + 2 + 152 = 306 septets: naive ceil(306/153) = 2, but "€" cannot split: parts 152 | 2+151 | 1.
    expect(countSegments('a'.repeat(152) + '\u20AC' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('when the text is empty, it is zero segments', () => {
    expect(countSegments('').segments).toBe(0);
  });
});

describe('sms-text.splitForSms', () => {
  it('when a reply is longer than the budget, it splits at line ends into bodies that each fit', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Line ${i + 1}: ${'x'.repeat(40)}`);
    const bodies = splitForSms(lines.join('\n'), 2);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect(countSegments(b).segments).toBeLessThanOrEqual(2);
    expect(bodies.join('\n')).toBe(lines.join('\n'));
  });

  it('when one line is too long, it breaks at spaces and keeps every word', () => {
    const text = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
    const bodies = splitForSms(text, 1);
    for (const b of bodies) expect(countSegments(b).segments).toBe(1);
    expect(bodies.join(' ').split(' ')).toEqual(text.split(' '));
  });

  it('when no budget is given, each body stays under the 1600-character limit', () => {
    const bodies = splitForSms('word '.repeat(1000));
    for (const b of bodies) expect(b.length).toBeLessThanOrEqual(1600);
    expect(bodies.length).toBe(4);
  });
});

describe('sms-text.fitSegments', () => {
  it('when lines fit, they are joined unchanged', () => {
    expect(fitSegments(['Hi Sam!', 'Back squat 4x5 @ 225 lb (RIR 2)'], 1)).toBe('Hi Sam!\nBack squat 4x5 @ 225 lb (RIR 2)');
  });

  it('when lines are too long, trailing plain lines are dropped first', () => {
    const out = fitSegments(['a'.repeat(100), 'b'.repeat(50), 'c'.repeat(50)], 1);
    expect(out).toBe(`${'a'.repeat(100)}\n${'b'.repeat(50)}`);
  });

  it('when a line that must go has a short form, the short form is said instead of nothing', () => {
    // 100 + 1 + 100 > 160 (one segment): the second line is the one to go, so its 20-char short form takes its place.
    const out = fitSegments([{ text: 'a'.repeat(100), priority: 2 }, { text: 'b'.repeat(100), priority: 2, short: 'b'.repeat(20) }], 1);
    expect(out).toBe(`${'a'.repeat(100)}\n${'b'.repeat(20)}`);
  });

  it('when lines carry priorities, the lowest goes first even if it is not last', () => {
    const out = fitSegments([{ text: 'a'.repeat(100), priority: 9 }, { text: 'b'.repeat(50), priority: 1 }, { text: 'c'.repeat(50), priority: 5 }], 1);
    expect(out).toBe(`${'a'.repeat(100)}\n${'c'.repeat(50)}`);
  });

  it('when one line alone is too long, it is shortened with "..." to fit', () => {
    const out = fitSegments(['word '.repeat(100)], 1);
    expect(countSegments(out).segments).toBe(1);
    expect(out.endsWith('...')).toBe(true);
  });

  it('when lines contain curly quotes, the result is cleaned to GSM-7', () => {
    expect(fitSegments(['Reply \u201Cdone\u201D'], 1)).toBe('Reply "done"');
  });
});

describe('sms-text.smsBodyCounted', () => {
  it('when given any text, is fitSegments of it with countSegments of the result, asked once or again', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 2000 }), fc.constant('é'.repeat(700))), (text) => {
        const body = fitSegments([text], MAX_BODY_SEGMENTS);
        const first = smsBodyCounted(text);
        expect(first.body).toBe(body);
        expect(first.count).toEqual(countSegments(body));
        expect(smsBodyCounted(text)).toEqual(first);
      }),
      { numRuns: 500, seed: 14 },
    );
  });

  it('when the same words are sent again, they are not made GSM-7 and counted again (one frozen answer)', () => {
    const reply = 'Today: Upper (heavy), ~52 min\nBench press 3x6-8 @ 185 lb (RIR 2)\nReply "done" when you train.';
    const first = smsBodyCounted(reply);
    expect(smsBodyCounted(reply.slice(0, 10) + reply.slice(10))).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.count)).toBe(true);
  });
});
