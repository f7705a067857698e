import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../app/i18n/messages';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [String(value)];
  return Object.values(value).flatMap(leaves);
}

describe('UI messages', () => {
  it('every area file is registered for both languages', () => {
    const dir = join(process.cwd(), 'app/i18n/messages');
    for (const locale of ['en', 'zh'] as const) {
      const files = readdirSync(join(dir, locale)).map((f) => f.replace('.json', '')).sort();
      expect(Object.keys(MESSAGES[locale]).sort()).toEqual(files);
    }
  });

  it('中文 and English have exactly the same keys', () => {
    expect(keys(MESSAGES.zh).sort()).toEqual(keys(MESSAGES.en).sort());
  });

  it('no Chinese message is left empty', () => {
    for (const text of leaves(MESSAGES.zh)) expect(text.trim()).not.toBe('');
  });
});
