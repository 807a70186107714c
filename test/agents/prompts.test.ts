import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadPrompt, promptsDir } from '../../src/agents/prompts.js';

describe('prompts.loadPrompt', () => {
  it('when run from src/, it finds prompts/ at the repository root', () => {
    expect(promptsDir()).toBe(path.resolve('prompts'));
    expect(existsSync(path.join(promptsDir(), 'phrase-message.md'))).toBe(true);
  });

  it('when every slot has a value, they are all filled', () => {
    const text = loadPrompt('understand-text', { today: '2025-11-24', weekday: 'Monday', timezone: 'America/Denver', units: 'pounds and miles', intents: 'today, week' });
    expect(text).toContain('Today is Monday 2025-11-24 in the client\'s time zone (America/Denver).');
    expect(text).toContain('today, week');
    expect(text).not.toMatch(/\{\{/);
  });

  it('when a slot has no value, it throws naming the slot', () => {
    expect(() => loadPrompt('phrase-message', { kind: 'a reply' })).toThrow('{{maxChars}}');
  });

  it('when a value names no slot, it throws rather than silently dropping it', () => {
    expect(() => loadPrompt('phrase-message', { kind: 'a reply', maxChars: 612, tone: 'pirate' })).toThrow('{{tone}}');
  });

  it('when the name tries to leave the folder, it is refused', () => {
    expect(() => loadPrompt('../package', {})).toThrow('invalid prompt name');
  });
});
