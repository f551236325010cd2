/**
 * `npm run eval`: detection quality over every fixture page, as the user sees it in the panel. Prints how many
 * expected fields were found and how many mapped to the right section (and limits/kinds that differ), and
 * lists every miss. Runs the built extension in Chromium, like the e2e suite.
 */
import { compare, detectFixture, FIXTURES_DIR, type Miss } from '../tests/e2e/detect';
import { getHarness } from '../tests/e2e/harness';
import { readdirSync } from 'node:fs';

const names = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -14)).sort();
const h = await getHarness();
const misses: Miss[] = [];
let found = 0;
let mapped = 0;
let total = 0;
const rows: string[][] = [['fixture', 'expected', 'found', 'mapped', 'other misses']];
try {
  for (const name of names) {
    const d = await detectFixture(h, name);
    const r = compare(name, d);
    await d.page.close();
    await d.panel.close();
    found += r.found;
    mapped += r.mapped;
    total += r.total;
    misses.push(...r.misses);
    const other = r.misses.filter((m) => m.problem !== 'not found' && !m.problem.startsWith('section ')).length;
    rows.push([name, String(r.total), String(r.found), String(r.mapped), String(other)]);
  }
} finally {
  await h.close();
}
const pct = (n: number) => (total ? ((100 * n) / total).toFixed(1) : '100.0');
rows.push(['TOTAL', String(total), `${found} (${pct(found)}%)`, `${mapped} (${pct(mapped)}%)`, '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
console.log(misses.length ? `\nMisses (${misses.length}):` : '\nNo misses.');
for (const m of misses) console.log(`- ${m.fixture}: ${m.label}: ${m.problem}`);
