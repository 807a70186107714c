import { describe, expect, it } from 'vitest';
import { hurts } from '../../../src/engine/adaptation/labels.js';

describe('adaptation.labels.hurts', () => {
  it('when the body part is plural the reason reads "your shins hurt", singular "your knee hurts"', () => {
    expect(`Your shins ${hurts('shins')}`).toBe('Your shins hurt');
    expect(`Your hips ${hurts('hips')}`).toBe('Your hips hurt');
    expect(`Your knee ${hurts('knee')}`).toBe('Your knee hurts');
    // "achilles" ends in s but is one tendon.
    expect(`Your achilles ${hurts('achilles')}`).toBe('Your achilles hurts');
  });
});
