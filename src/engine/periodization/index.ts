export * from './types.js';
export { buildMacrocycle, goalLabel, blocksOf } from './macrocycle.js';
export type { MacrocycleInput } from './macrocycle.js';
export { blockContextFor } from './block-context.js';
export { modifiersForWeek, outlineWeek, DELOAD_SET_FACTOR, DELOAD_LOAD_FACTOR } from './modifiers.js';
export { mesoBlocks, mesoLengths, templateBlocks, TEMPLATE_MESO_WEEKS } from './block-templates.js';
