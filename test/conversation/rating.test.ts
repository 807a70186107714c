import { describe, expect, it } from 'vitest';
import { ratingsAsWords } from '../../src/conversation/parse/rating.js';

describe('parse.rating', () => {
  it.each([
    // Pain bands of the 0-10 numeric rating scale: 1-3 mild, 4-6 moderate, 7-10 severe.
    ['knee was 2/10 after', 'knee was a little sore after'],
    ['knee pain 5 out of 10', 'knee pain'],
    ['lower back 7/10 today', 'lower back really painful today'],
    ['hamstring pain 9/10', 'hamstring pain severe'],
    // No body part or pain word: how hard it felt, as RPE.
    ['squat 3x5 at 225, felt like 9/10', 'squat 3x5 at 225, felt like rpe 9'],
    ['tempo felt like a 8 out of 10', 'tempo felt like rpe 8'],
    // A clause with no cue takes its sentence's: the soreness said before the comma.
    ['my calf is sore after the run, like 6/10', 'my calf is sore after the run, like'],
  ])('when "%s" is read, it says "%s"', (text, said) => {
    expect(ratingsAsWords(text)).toBe(said);
  });

  it.each(['race is 4/10', 'can i move saturday to 4/10', 'off from 3/10 to 3/17', 'flying home 3/10', 'squat on 9/10/2027', 'running the chicago marathon 10/10'])('when "%s" names a date, it stays a date', (text) => {
    expect(ratingsAsWords(text)).toBe(text);
  });
});
