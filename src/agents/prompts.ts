/**
 * Prompt templates live in prompts/ at the repository root as plain markdown with named slots
 * ({{today}}), so they can be read and reviewed without reading code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedDir: string | null = null;

/**
 * The prompts folder, found by walking up from this file: the same code runs from src/agents (tsx,
 * vitest) and from dist/src/agents after a build.
 */
export function promptsDir(): string {
  if (cachedDir) return cachedDir;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'prompts');
    if (existsSync(path.join(candidate, 'understand-text.md'))) {
      cachedDir = candidate;
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prompts folder not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const templates = new Map<string, string>();

function readTemplate(name: string): string {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid prompt name "${name}"`);
  const cached = templates.get(name);
  if (cached !== undefined) return cached;
  const text = readFileSync(path.join(promptsDir(), `${name}.md`), 'utf8');
  templates.set(name, text);
  return text;
}

/**
 * Reads prompts/<name>.md and fills its {{slot}}s. Throws when a slot in the template has no value or a
 * value names no slot: a silently empty slot would change what the model is told.
 */
export function loadPrompt(name: string, slots: Record<string, string | number> = {}): string {
  const template = readTemplate(name);
  const used = new Set<string>();
  const filled = template.replace(/\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g, (_m, key: string) => {
    const value = slots[key];
    if (value === undefined) throw new Error(`prompt "${name}": no value for slot {{${key}}}`);
    used.add(key);
    return String(value);
  });
  const unused = Object.keys(slots).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`prompt "${name}": no slot for ${unused.map((k) => `{{${k}}}`).join(', ')}`);
  return filled.trim();
}
