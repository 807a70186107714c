import { daysBetween } from '../dates.js';
import { modifiersForWeek } from './modifiers.js';
import type { BlockContext, StrengthOutline } from './types.js';

/** Where a date falls in the plan: block, week in block/meso/macro and this week's modifiers; null outside. */
export function blockContextFor(outline: StrengthOutline, date: string): BlockContext | null {
  const offset = daysBetween(outline.startDate, date);
  if (offset < 0 || offset >= outline.weeks * 7) return null;
  const week = outline.weekTable[Math.floor(offset / 7)];
  if (!week) return null;
  const mesocycle = outline.mesocycles[week.mesoIndex];
  const block = mesocycle?.blocks.find((b) => b.index === week.blockIndex);
  if (!mesocycle || !block) return null;
  return {
    date,
    weekNumber: week.weekNumber,
    weekInBlock: week.weekInBlock,
    weekInMeso: week.weekInMeso,
    weekInMacro: week.weekNumber,
    block,
    mesocycle,
    dayInWeek: (offset % 7) + 1,
    rir: week.rir,
    modifiers: modifiersForWeek(outline, week),
  };
}
