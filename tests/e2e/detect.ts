/**
 * Runs detection on a fixture page the way a user would: open the page on its government host, open the
 * panel attached to that tab, reveal what the page hides behind clicks (wizard steps, a modal), and read
 * the rows the panel shows. Shared by the detection e2e tests and `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { parseExpected, type Expected, type ExpectedField } from '../fixtures/expected';
import type { Harness } from './harness';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

export interface Row {
  key: string;
  label: string;
  section: string;
  kind: string;
  words: number;
  state: string;
  minWords?: number;
  maxWords?: number;
  maxChars?: number;
  limitSource?: string;
}

export function loadExpected(name: string): Expected {
  const raw: unknown = JSON.parse(readFileSync(resolve(FIXTURES_DIR, `${name}.expected.json`), 'utf8'));
  return parseExpected(raw, name);
}

export async function readRows(panel: Page): Promise<Row[]> {
  // Plain data out of the page, no helper functions inside: tsx (used by `npm run eval`) would wrap named
  // functions in a `__name` call that does not exist in the page.
  const raw = await panel.$$eval('[data-field-key]', (els) =>
    els.map((el) => ({
      data: { ...(el as HTMLElement).dataset },
      label: el.querySelector('.field-label, .fact-label')?.textContent ?? '',
    })),
  );
  const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  return raw.map(({ data: d, label }) => ({
    key: d.fieldKey ?? '', section: d.section ?? '', kind: d.kind ?? '', words: Number(d.words ?? 0),
    state: d.state ?? '', minWords: num(d.minWords), maxWords: num(d.maxWords), maxChars: num(d.maxChars),
    limitSource: d.limitSource, label,
  }));
}

/** Waits until the panel shows a settled state, and returns it. */
export async function panelStatus(panel: Page): Promise<string> {
  const root = panel.locator('[data-status]:not([data-status="connecting"])').first();
  await root.waitFor({ timeout: 15_000 });
  return (await root.getAttribute('data-status')) ?? '';
}

/** Clicks through what the fixture hides: wizard steps (by "Lanjut"), then a closed modal. */
export async function reveal(page: Page, expected: Expected): Promise<void> {
  const steps = Math.max(1, ...expected.fields.map((f) => f.step ?? 1));
  for (let s = 1; s < steps; s++) {
    await page.getByRole('button', { name: /lanjut|berikutnya/i }).first().click();
  }
  if (expected.fields.some((f) => f.afterOpen)) {
    await page.locator('[data-toggle="modal"], [data-bs-toggle="modal"]').first().click();
  }
}

export interface Detection {
  page: Page;
  panel: Page;
  expected: Expected;
  status: string;
  profile: string | null;
  rows: Row[];
}

export async function detectFixture(h: Harness, name: string): Promise<Detection> {
  const expected = loadExpected(name);
  const page = await h.openPage(h.url(expected.host, `/fixtures/${name}.html`));
  await reveal(page, expected);
  // Outside government sites Jendela waits to be switched on: open the panel from the toolbar, as a user
  // would, and press "Aktifkan di halaman ini".
  const auto = /(^|\.)go\.id$/.test(expected.host);
  if (!auto) await h.clickToolbar(page);
  const panel = await h.openPanel(await h.tabIdOf(page));
  let status = await panelStatus(panel);
  if (!auto && status === 'inactive') {
    await panel.locator('[data-action="activate"]').click();
    await panel.locator('[data-status="form"], [data-status="no-form"]').first().waitFor({ timeout: 15_000 });
    status = await panelStatus(panel);
  }
  if (status === 'form') {
    // The list settles after rescans triggered by late editors; wait until the row count is stable.
    let last = -1;
    for (let i = 0; i < 20; i++) {
      const n = await panel.locator('[data-field-key]').count();
      if (n === last && n > 0) break;
      last = n;
      await panel.waitForTimeout(250);
    }
  }
  const profile = status === 'form' ? await panel.locator('[data-profile]').first().getAttribute('data-profile') : null;
  return { page, panel, expected, status, profile, rows: status === 'form' ? await readRows(panel) : [] };
}

/** The row that stands for an expected field: by key, else by label text. */
export function findRow(rows: Row[], f: ExpectedField): Row | undefined {
  if (f.key) return rows.find((r) => r.key === f.key);
  const needle = f.label.toLowerCase();
  return rows.find((r) => r.label.toLowerCase().includes(needle));
}

export interface Miss {
  fixture: string;
  label: string;
  problem: string;
  /** The real-portal pattern the field stands for, when its expected entry names one. */
  pattern?: string;
}

/** One expected field's outcome. */
export interface Outcome {
  pattern?: string;
  found: boolean;
  mapped: boolean;
}

/** Compare what the panel shows with the expected file: found, mapped right, limits right. */
export function compare(
  name: string,
  d: Detection,
): { found: number; mapped: number; total: number; misses: Miss[]; outcomes: Outcome[] } {
  const misses: Miss[] = [];
  const outcomes: Outcome[] = [];
  let found = 0;
  let mapped = 0;
  for (const f of d.expected.fields) {
    const row = findRow(d.rows, f);
    const miss = (problem: string) => misses.push({ fixture: name, label: f.label, problem, ...(f.pattern ? { pattern: f.pattern } : {}) });
    outcomes.push({ ...(f.pattern ? { pattern: f.pattern } : {}), found: !!row, mapped: row?.section === f.section });
    if (!row) {
      miss('not found');
      continue;
    }
    found++;
    if (row.section === f.section) mapped++;
    else miss(`section ${row.section}, expected ${f.section} (label seen: "${row.label}")`);
    if (row.kind !== f.kind) miss(`kind ${row.kind}, expected ${f.kind}`);
    for (const k of ['maxWords', 'minWords', 'maxChars'] as const) {
      if (row[k] !== f[k]) miss(`${k} ${row[k] ?? '-'}, expected ${f[k] ?? '-'}`);
    }
  }
  const expectedForm = d.expected.form ? 'form' : 'no-form';
  if (d.status !== expectedForm) misses.push({ fixture: name, label: '(page)', problem: `status ${d.status}, expected ${expectedForm}` });
  if (d.expected.form && d.profile !== d.expected.profile) {
    misses.push({ fixture: name, label: '(page)', problem: `profile ${d.profile}, expected ${d.expected.profile}` });
  }
  return { found, mapped, total: d.expected.fields.length, misses, outcomes };
}
