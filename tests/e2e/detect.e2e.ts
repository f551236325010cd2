/**
 * Detection on every fixture page: the panel lists the page's fields in order, each mapped to its section,
 * with the right kind and limits, and the right competition profile. Misses are listed by `npm run eval`.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { compare, detectFixture, FIXTURES_DIR, type Detection } from './detect';
import { getHarness } from './harness';

const FIXTURES = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();

describe('detection on fixture pages', () => {
  let last: Detection | null = null;
  afterEach(async () => {
    await last?.page.close();
    await last?.panel.close();
    last = null;
  });

  it.each(FIXTURES)('%s', async (name) => {
    const h = await getHarness();
    last = await detectFixture(h, name);
    const result = compare(name, last);
    expect(result.misses).toEqual([]);
    // Fields in page order, none invented: every listed row is expected, in the same sequence.
    if (last.expected.form && last.expected.total === undefined) {
      expect(last.rows.length).toBe(last.expected.fields.length);
    }
  });
});
