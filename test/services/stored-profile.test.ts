import { describe, expect, it } from 'vitest';
import { profileWithoutLimitations, storedProfile, storedTrainingAge } from '../../src/services/stored-profile.js';

describe('services.storedProfile', () => {
  const profile = { name: 'Ana', goal: 'strength', limitations: ['knee', 'lower_back'], limitationAreas: ['left knee', 'lower back'], equipment: ['dumbbell'] };

  it('when a knee is given back, the profile forgets it and "left knee", and keeps the rest as stored', () => {
    expect(profileWithoutLimitations(profile, ['knee'])).toEqual({ ...profile, limitations: ['lower_back'], limitationAreas: ['lower back'] });
    expect(profileWithoutLimitations(profile, ['lower_back'])).toEqual({ ...profile, limitations: ['knee'], limitationAreas: ['left knee'] });
  });

  it('when the profile has no areas, none are written; when its areas do not parse, it is left as stored', () => {
    expect(profileWithoutLimitations({ name: 'Ana' }, ['knee'])).toEqual({ name: 'Ana' });
    expect(profileWithoutLimitations(null, ['knee'])).toEqual({});
    expect(profileWithoutLimitations({ limitations: 'knee' }, ['knee'])).toBeNull();
  });

  it('when a field is written into the profile, the stored fields stay; nothing stored is {}', () => {
    expect(storedProfile(profile)).toEqual(profile);
    expect(storedProfile(null)).toEqual({});
    expect(storedProfile('oops')).toEqual({});
  });

  it('when the training age is read, a known one is given, anything else none (was cast: "pro" went to the load caps as is)', () => {
    expect(storedTrainingAge({ trainingAge: 'beginner' })).toBe('beginner');
    expect(storedTrainingAge({ trainingAge: 'pro' })).toBeNull();
    expect(storedTrainingAge({})).toBeNull();
    expect(storedTrainingAge(null)).toBeNull();
  });
});
