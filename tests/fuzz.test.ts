/** A small seeded slice of `npm run fuzz`: mutated sample issues never crash and always fail with positions. */
import { describe, expect, it } from 'vitest';
import { MUTATIONS, fuzz, makeCase, rng } from '../scripts/fuzz-core.js';

describe('fuzz slice', () => {
  it('200 mutated issues: no crash, every failure positioned, no output on a failed build', async () => {
    const stats = await fuzz({ cases: 200, seed: 20211, buildEvery: 100 });
    expect(stats.problems).toEqual([]);
    expect(stats.crashes).toBe(0);
    expect(stats.unpositioned).toBe(0);
    // The slice exercises both sides: inputs rejected with diagnostics, and inputs still valid.
    expect(stats.failed).toBeGreaterThan(100);
    expect(stats.ok).toBeGreaterThan(10);
    expect(stats.builds).toBe(2);
  });

  it('is reproducible: the same seed makes the same cases', () => {
    const a = rng(5);
    const b = rng(5);
    for (let i = 0; i < 20; i++) expect(makeCase(a, 'a: 1\nb: [x]\n', 'c: 2\n')).toEqual(makeCase(b, 'a: 1\nb: [x]\n', 'c: 2\n'));
    expect(Object.keys(MUTATIONS).length).toBeGreaterThanOrEqual(15);
  });
});
