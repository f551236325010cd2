/** Statistics and the printed table. Figures only: nothing here passes or fails on time. */

export interface Stat {
  median: number;
  p90: number;
  min: number;
  n: number;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function stat(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return { median: round(quantile(s, 0.5)), p90: round(quantile(s, 0.9)), min: round(s[0] ?? NaN), n: s.length };
}

/** Milliseconds with sensible precision: 0.0123 ms, 1.23 ms, 123 ms. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x < 0.1) return `${x.toFixed(4)} ms`;
  if (x < 10) return `${x.toFixed(2)} ms`;
  return `${x.toFixed(1)} ms`;
}

export const timing = (s: Stat) => `median ${ms(s.median)}`;
export const spread = (s: Stat) => `p90 ${ms(s.p90)}, min ${ms(s.min)}, n=${s.n}`;

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

export type Row = [section: string, measure: string, value: string, detail: string];

export function printTable(rows: Row[]): void {
  const header: Row = ['area', 'measure', 'value', 'detail'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: Row) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  let last = '';
  for (const r of rows) {
    console.log(line([r[0] === last ? '' : r[0], r[1], r[2], r[3]]));
    last = r[0];
  }
}
