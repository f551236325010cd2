/**
 * `npm run eval`: detection quality over every fixture page, as the user sees it in the panel. Prints how many
 * expected fields were found and how many mapped to the right section (and limits/kinds that differ), then the
 * same by real-portal pattern (issue 11's tags in the expected files), and lists every miss under its pattern.
 * Runs the built extension in Chromium, like the e2e suite. `EVAL_ONLY=prefix` scores only the fixtures whose
 * names start with it.
 */
import { compare, detectFixture, FIXTURES_DIR, type Miss, type Outcome } from '../tests/e2e/detect';
import { getHarness } from '../tests/e2e/harness';
import { readdirSync } from 'node:fs';

const only = process.env.EVAL_ONLY ?? '';
const names = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.slice(0, -14))
  .filter((n) => n.startsWith(only)).sort();
const h = await getHarness();
const misses: Miss[] = [];
const outcomes: Outcome[] = [];
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
    outcomes.push(...r.outcomes);
    const other = r.misses.filter((m) => m.problem !== 'not found' && !m.problem.startsWith('section ')).length;
    rows.push([name, String(r.total), String(r.found), String(r.mapped), String(other)]);
  }
} finally {
  await h.close();
}
const pct = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '100.0');
rows.push(['TOTAL', String(total), `${found} (${pct(found, total)}%)`, `${mapped} (${pct(mapped, total)}%)`, '']);
printTable(rows);

const NONE = '(no pattern)';
const patterns = [...new Set(outcomes.map((o) => o.pattern ?? NONE))].sort();
console.log('\nBy pattern:');
printTable([['pattern', 'fields', 'found', 'mapped'], ...patterns.map((p) => {
  const of = outcomes.filter((o) => (o.pattern ?? NONE) === p);
  const f = of.filter((o) => o.found).length;
  const m = of.filter((o) => o.mapped).length;
  return [p, String(of.length), `${f} (${pct(f, of.length)}%)`, `${m} (${pct(m, of.length)}%)`];
})]);

console.log(misses.length ? `\nMisses (${misses.length}):` : '\nNo misses.');
for (const p of [...new Set(misses.map((m) => m.pattern ?? NONE))].sort()) {
  console.log(`[${p}]`);
  for (const m of misses.filter((x) => (x.pattern ?? NONE) === p)) console.log(`- ${m.fixture}: ${m.label}: ${m.problem}`);
}

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
}
