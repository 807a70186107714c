/**
 * Track and road distances below 5K that Cadence reads as races: a custom distance (RaceDistance 'custom', in km)
 * whose km is one of these is named by its runners' name ("mile", not "1.61 km race"). VDOT (Daniels) covers
 * 1500 m to the marathon, so a result at any of them sets paces; a race at one of them is planned like a 5K
 * (distanceClass in race-request.ts), as a 5K plan's speed work is what a miler's training is built on.
 */
export interface TrackDistance {
  km: number;
  name: string;
}

export const TRACK_DISTANCES: readonly TrackDistance[] = [
  { km: 1.5, name: '1500m' },
  { km: 1.61, name: 'mile' },
  { km: 3, name: '3000m' },
  { km: 3.22, name: '2 mile' },
];

/** The track name of a custom distance in km (within 10 m), or null. */
export function trackDistanceName(km: number): string | null {
  return TRACK_DISTANCES.find((d) => Math.abs(d.km - km) < 0.011)?.name ?? null;
}
