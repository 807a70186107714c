/**
 * A count with its noun as a client reads it: "1 week", "3 weeks", "1 rep", "0 sessions". Every number said
 * with a noun goes through here, so no reply says "1 weeks of base".
 */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
