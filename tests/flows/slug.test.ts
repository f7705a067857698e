import { describe, expect, it } from 'vitest';
import { firstFree, slugify } from '../../flows/slug';

describe('ids from names', () => {
  it('keeps Latin letters and digits, joined by single dashes', () => {
    expect(slugify('  Support hours (Mon–Fri) ')).toBe('support-hours-mon-fri');
    expect(slugify('售后 客服')).toBe('');
    expect(slugify('a'.repeat(60))).toHaveLength(40);
  });

  it('takes the first free of base, base-2, base-3…', () => {
    const taken = new Set(['hours', 'hours-2']);
    expect(firstFree('hours', (id) => taken.has(id))).toBe('hours-3');
    expect(firstFree('night', (id) => taken.has(id))).toBe('night');
  });
});
