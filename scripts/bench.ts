/**
 * `npm run bench` (after `npm run build:chrome`): speed figures of the built extension in real Chromium.
 * Prints medians (and ratios where a baseline exists) and writes the same figures to bench-results.json.
 * Figures, not tests: nothing here passes or fails on time.
 *
 *  1. size     gzipped size of every file the manifest's content_scripts inject on portal pages, against the
 *              25 kB budget; the main-world bridge (injected only on pages with rich editors) on its own.
 *  2. detect   scanPage() on a generated page of 300 fields among 5,000 other elements, timed inside the page,
 *              against a bare querySelectorAll of the same editable elements on the same page.
 *  3. typing   the meter's cost per keystroke in a 5,000-word field: countsOf() in the page (textarea, and a
 *              contenteditable of 50 paragraphs), and end to end from keydown in the page to the panel row's
 *              data-words changing, with the extension loaded and the panel attached.
 *  4. write    per editor kind, the median time from the click on Terapkan in the panel to its message that the
 *              write was verified, for a 600-word text in 6 paragraphs (scripts/bench/write.ts); beside it the
 *              same write over a port from the service worker, without the panel.
 *  5. idle     outside the portals nothing of ours runs (no content-script world in a localhost page); on a
 *              portal page with no panel, the content script's own main-thread work at document_idle, against
 *              the floor of a minimal content script that only listens for a panel.
 *  6. ai       a. first word: from the local Messages API server writing a stream's first text delta (after a
 *                 pause, with the stream already open) to that text in the panel's diff (DOM) and the next
 *                 animation frame, over rewrites of a SINOVIK textarea set up through Settings, against the aim
 *                 of ≤ 50 ms; b. diff re-render: the real DiffBody re-rendered for every 10-word prefix of a
 *                 1,000-word result that edits ~20% of the original, against a plain <div> of the same text
 *                 and a full re-diff per chunk (diffText) for comparison with the streaming diff (scripts/bench/ai.ts). Runs before 5, which closes the shared browser;
 *                 printed in order.
 *
 *  7. drafts   autosave per save of a 5,000-word field: the content script's part in the page (read the text,
 *              build and serialise the message) against the meter's countsOf for the same field, and the
 *              background's write into the real IndexedDB in the extension's origin; then the disk taken by
 *              50 proposals of 3,000 words, each written in three sittings (draft + history), by
 *              navigator.storage.estimate() (scripts/bench/drafts-probe.ts).
 *
 *  8. library  search over 5,000 snippets per keystroke (median, p95; the real search module in Node, typing 20
 *              queries letter by letter, scripts/bench/search.ts); panel start with 5,000 snippets in the store
 *              against an empty library (navigation to the library loaded, in Chromium); a 30-page .docx import
 *              (scripts/bench/docx-import.ts, in Node).
 *
 * BENCH_ONLY=ai (or a comma-separated list of: size, detect, typing, write, idle, ai, drafts, library) runs only those sections,
 * for development; their figures replace the same keys in bench-results.json, which keeps the others and
 * notes `only`.
 *
 * One Chromium at a time on small machines: run it as `flock /tmp/jendela-browser.lock npm run bench`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { EXTENSION_DIR, getHarness } from '../tests/e2e/harness';
import { diffPage, diffRerender, diffTexts, firstWordLatency } from './bench/ai';
import { minimalScriptWork } from './bench/baseline';
import { bundleDiffProbe, bundleDraftsProbe, bundleProbe, contentScriptWork, extensionWorlds, probe, typingLatency } from './bench/chromium';
import { formPage, typingPage } from './bench/pages';
import { EDITOR_CASES, writeLatency } from './bench/write';
import { kb, ms, printTable, spread, stat, timing, type Row } from './bench/report';
import { benchSearch } from './bench/search';
import { benchDocxImport } from './bench/docx-import';
import { servePages } from './bench/serve';
import { BUDGET_BYTES, contentScriptSizes, sizeOf } from './bench/sizes';

const FIELDS = 300;
const OTHERS = 5000;
const WORDS = 5000;
const SCAN_RUNS = 40;
const COUNT_RUNS = 60;
const KEYSTROKES = 25;
const STARTUP_LOADS = 15;
const WRITE_RUNS = 9;
const WRITE_WARMUP = 2;
const AI_RUNS = 15;
const AI_WARMUP = 2;
/** The stream is open this long before its first text delta; then a delta (one word) every DELTA_MS. */
const FIRST_DELTA_PAUSE_MS = 150;
const DELTA_MS = 20;
const FIRST_WORD_AIM_MS = 50;
const DIFF_WORDS = 1000;
const DIFF_STEP = 10;
const DIFF_ROUNDS = 5;
/** The host the detection is told it runs on (profile ranking looks at it); the page itself is on localhost. */
const PORTAL_URL = 'https://sinovik.menpan.go.id/index.php/proposal/tambah';
const PORTAL_HOST = 'bench.menpan.go.id';

const SECTIONS = ['size', 'detect', 'typing', 'write', 'idle', 'ai', 'drafts', 'library'];
const LIBRARY_SNIPPETS = 5000;
const PANEL_STARTS = 7;
const SAVE_RUNS = 30;
const PROPOSALS = 50;
const PROPOSAL_WORDS = 3000;
const ONLY = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = ONLY?.filter((s) => !SECTIONS.includes(s)) ?? [];
if (unknown.length) throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})`);
const runs = (section: string) => !ONLY || ONLY.includes(section);

const r2 = (x: number) => Math.round(x * 100) / 100;
const rows: Row[] = [];
/** Other work on the machine skews every timing: the load average is printed and stored with the figures. */
const machine = { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 100) / 100 };
const results: Record<string, unknown> = { date: new Date().toISOString(), machine };

// 1. Sizes: straight from the build output, no browser needed.
if (runs('size')) {
  const injected = contentScriptSizes(EXTENSION_DIR);
  const injectedGzip = injected.reduce((s, f) => s + f.gzip, 0);
  const bridge = sizeOf(EXTENSION_DIR, 'bridge.js');
  for (const f of injected) rows.push(['1 size', f.file, kb(f.gzip), `gzip -9; ${kb(f.bytes)} raw`]);
  rows.push(['1 size', 'content scripts, all', kb(injectedGzip),
    `${((100 * injectedGzip) / BUDGET_BYTES).toFixed(0)}% of the ${kb(BUDGET_BYTES)} budget`]);
  rows.push(['1 size', 'bridge.js (rich-editor pages only)', kb(bridge.gzip), `gzip -9; ${kb(bridge.bytes)} raw; not in the budget sum`]);
  results.size = { budgetBytes: BUDGET_BYTES, contentScripts: injected, contentScriptsGzip: injectedGzip, bridge };
}

const probeJs = await bundleProbe();
const server = await servePages(
  { '/form.html': formPage(FIELDS, OTHERS), '/typing.html': typingPage(WORDS), '/diff.html': diffPage() },
  // Cross-origin isolated: performance.now() in 5 µs steps, not 100 µs, for renders well under a millisecond.
  { '/diff.html': { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } },
);
const h = await getHarness();
try {
  results.chromium = h.context.browser()?.version() ?? null;

  // 2. Detection, timed in the page (localhost: the extension stays out of it; only the probe runs).
  if (runs('detect')) {
    const page = await h.context.newPage();
    await page.goto(server.url('localhost', '/form.html'), { waitUntil: 'load' });
    await page.addScriptTag({ content: probeJs });
    const first = await probe(page, 'firstScan', PORTAL_URL);
    const census = await probe(page, 'census', PORTAL_URL);
    const scan = stat(await probe(page, 'scan', PORTAL_URL, SCAN_RUNS, 5));
    const candidates = stat(await probe(page, 'candidates', SCAN_RUNS, 5));
    const bare = stat(await probe(page, 'bareQuery', SCAN_RUNS, 5));
    await page.close();
    const ratio = scan.median / bare.median;
    rows.push(['2 detect', 'generated page', `${census.fieldsListed} fields listed`,
      `${census.metered} with a meter; ${census.bareMatches} elements match the bare query, ${census.otherElements} ` +
      `other elements in <body>; profile ${census.profile}${census.truncated ? '; truncated' : ''}`]);
    rows.push(['2 detect', 'scanPage, full detection', timing(scan), spread(scan)]);
    rows.push(['2 detect', 'scanPage, first call after load', ms(first), 'one figure, style not yet warm']);
    rows.push(['2 detect', 'findCandidates only (diagnostic)', timing(candidates), spread(candidates)]);
    rows.push(['2 detect', "bare querySelectorAll('input, textarea, select, [contenteditable]')", timing(bare), spread(bare)]);
    rows.push(['2 detect', 'ratio scanPage / bare query', `${ratio.toFixed(1)}×`, 'aim ≤ 5×']);
    results.detection = { census, firstScanMs: r2(first), scan, candidatesOnly: candidates, bareQuery: bare, ratio: r2(ratio) };
  }

  // 3a. The meter's work per keystroke, in the page: read the field's plain text and count it.
  if (runs('typing')) {
    const page = await h.context.newPage();
    await page.goto(server.url('localhost', '/typing.html'), { waitUntil: 'load' });
    await page.addScriptTag({ content: probeJs });
    const textarea = await probe(page, 'countsOf', 'latar', COUNT_RUNS, 10);
    const editable = await probe(page, 'countsOf', 'signifikansi', COUNT_RUNS, 10);
    await page.close();
    const ta = stat(textarea.samples);
    const ce = stat(editable.samples);
    rows.push(['3 typing', `countsOf, textarea (${textarea.words} words)`, timing(ta), spread(ta)]);
    rows.push(['3 typing', `countsOf, contenteditable (${editable.words} words, 50 <p>)`, timing(ce), spread(ce)]);
    results.countsOf = { textarea: { words: textarea.words, ...ta }, contenteditable: { words: editable.words, ...ce } };
  }

  // 3b. End to end on a portal host with the panel attached: keydown in the page → the row's data-words.
  if (runs('typing')) {
    const url = server.url(PORTAL_HOST, '/typing.html');
    const fields = [['textarea', 'latar_belakang', 'latar'], ['contenteditable', 'signifikansi', 'signifikansi']] as const;
    const e2e: Record<string, unknown> = {};
    for (const [kind, key, id] of fields) {
      const r = await typingLatency(h, url, key, id, KEYSTROKES, 3);
      const s = stat(r.samples);
      rows.push(['3 typing', `keystroke → panel data-words, ${kind}`, timing(s),
        `${spread(s)}; ${r.typed} keys typed, words ${r.wordsBefore} → ${r.wordsAfter}`]);
      e2e[kind] = { ...s, typed: r.typed, wordsBefore: r.wordsBefore, wordsAfter: r.wordsAfter };
    }
    rows.push(['3 typing', '(of which the content script waits on purpose)', '80 ms', 'COUNT_FLUSH_MS batching in watch.ts']);
    results.typingEndToEnd = e2e;
  }

  // 4. Writing from the panel: Terapkan → verified write, for every editor kind on its fixture page.
  if (runs('write')) {
    const kinds: Record<string, unknown> = {};
    let words = 0;
    for (const c of EDITOR_CASES) {
      const r = await writeLatency(h, c, WRITE_RUNS, WRITE_WARMUP);
      const s = stat(r.samples);
      const port = stat(r.port);
      words = r.words;
      const from = r.warned ? '; clock from "Tetap terapkan" (limit warning)' : '';
      rows.push(['4 write', `Terapkan → verified, ${r.kind}`, timing(s),
        `${spread(s)}; ${r.path}${from}; port round trip (no panel) median ${ms(port.median)}`]);
      kinds[r.kind] = { fixture: r.fixture, key: r.key, path: r.path, warned: r.warned, panel: s, port };
    }
    rows.push(['4 write', 'text written', `${words} words, 6 paragraphs`,
      `${WRITE_WARMUP} warm-up + ${WRITE_RUNS} timed writes per kind, alternating two texts`]);
    results.write = { words, paragraphs: 6, runs: WRITE_RUNS, warmup: WRITE_WARMUP, kinds };
  }

  // 7. Local drafts (before 5, which closes the shared browser).
  if (runs('drafts')) {
    const page = await h.context.newPage();
    await page.goto(server.url('localhost', '/typing.html'), { waitUntil: 'load' });
    await page.addScriptTag({ content: probeJs });
    const flush = stat(await probe(page, 'autosaveFlush', PORTAL_URL, 'latar', COUNT_RUNS, 10));
    const meter = stat((await probe(page, 'countsOf', 'latar', COUNT_RUNS, 10)).samples);
    await page.close();
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await ext.evaluate(await bundleDraftsProbe());
    const save = stat(await ext.evaluate(`window.jendelaDraftsBench.saveOne(${WORDS}, ${SAVE_RUNS}, 3)`) as number[]);
    const growth = await ext.evaluate(`window.jendelaDraftsBench.growth(${PROPOSALS}, ${PROPOSAL_WORDS})`) as {
      grown: number; textChars: number; storedChars: number; logical: number; counts: { forms: number; drafts: number; versions: number }; elapsedMs: number;
    };
    await ext.close();
    rows.push(['7 drafts', `autosave in the page, one save of a ${WORDS}-word textarea`, timing(flush),
      `${spread(flush)}; read + message + structured clone; at most one save per 500 ms of typing`]);
    rows.push(['7 drafts', '  baseline: the meter for one keystroke (countsOf)', timing(meter), `ratio autosave / meter ${(flush.median / meter.median).toFixed(1)}×`]);
    rows.push(['7 drafts', `background write of that save (IndexedDB)`, timing(save), `${spread(save)}; off the page's thread`]);
    const mb = (b: number) => `${(b / 1_048_576).toFixed(2)} MB`;
    rows.push(['7 drafts', `stored rows for ${PROPOSALS} proposals × ${PROPOSAL_WORDS} words (JSON)`, mb(growth.logical),
      `${(growth.logical / PROPOSALS / 1024).toFixed(0)} kB per proposal before IndexedDB's compression`]);
    rows.push(['7 drafts', `disk taken (navigator.storage.estimate)`, mb(growth.grown),
      `${growth.counts.drafts} drafts + ${growth.counts.versions} versions holding ${mb(growth.storedChars)} of text ` +
      `(final drafts ${mb(growth.textChars)}); ${(growth.grown / PROPOSALS / 1024).toFixed(0)} kB per proposal; written in ${ms(growth.elapsedMs)}`]);
    results.drafts = { flush, meter, ratio: r2(flush.median / meter.median), backgroundSave: save, growth };
  }

  // 8. The library (before 5, which closes the shared browser).
  if (runs('library')) {
    const search = benchSearch(LIBRARY_SNIPPETS);
    rows.push(['8 library', `search, ${LIBRARY_SNIPPETS} snippets, per keystroke`, `median ${ms(search.perKeystroke.median)}`,
      `p95 ${ms(search.perKeystroke.p95)} (aim ≤ 10 ms), n=${search.perKeystroke.n} keystrokes of ${search.queries} queries; index built in ${ms(search.build)} (Node)`]);
    rows.push(['8 library', 'search baseline: MiniSearch.search on the same index', `median ${ms(search.baseline.median)}`,
      `p95 ${ms(search.baseline.p95)}; p95 ratio ${(search.perKeystroke.p95 / search.baseline.p95).toFixed(2)}× (top-k and finished words kept vs score-and-sort-all)`]);
    // Panel start: from navigation to the library loaded and indexed, with 5,000 snippets and with none.
    const portal = await h.openPage(server.url(PORTAL_HOST, '/form.html'));
    const tabId = await h.tabIdOf(portal);
    const ext = await h.context.newPage();
    await ext.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
    await ext.evaluate(await bundleDraftsProbe());
    const starts = async () => {
      const ready: number[] = [];
      const indexed: number[] = [];
      for (let i = 0; i < PANEL_STARTS; i++) {
        const panel = await h.context.newPage();
        const t0 = Date.now();
        await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
        await panel.locator('[data-library="ready"]').waitFor({ timeout: 60_000 });
        ready.push(Date.now() - t0);
        await panel.locator('[data-indexed="true"]').waitFor({ timeout: 60_000 });
        indexed.push(Date.now() - t0);
        await panel.close();
      }
      return { ready: stat(ready), indexed: stat(indexed) };
    };
    await ext.evaluate('window.jendelaDraftsBench.clearSnippets()');
    const empty = await starts();
    await ext.evaluate(`window.jendelaDraftsBench.seedSnippets(${LIBRARY_SNIPPETS})`);
    const full = await starts();
    await ext.evaluate('window.jendelaDraftsBench.clearSnippets()');
    await ext.close();
    await portal.close();
    rows.push(['8 library', `panel start → library listed, ${LIBRARY_SNIPPETS} snippets`, timing(full.ready),
      `${spread(full.ready)}; empty library ${ms(empty.ready.median)}: ratio ${(full.ready.median / empty.ready.median).toFixed(1)}×`]);
    rows.push(['8 library', `panel start → search index built, ${LIBRARY_SNIPPETS} snippets`, timing(full.indexed),
      `${spread(full.indexed)}; built in slices of 250 while the panel answers; empty ${ms(empty.indexed.median)}`]);
    const docx = await benchDocxImport(5);
    rows.push(['8 library', `.docx import, ${docx.pages} pages (${docx.words} words, ${kb(docx.bytes)})`, `median ${ms(docx.median)}`,
      `min ${ms(docx.min)}, n=5; mammoth + splitting (Node)`]);
    results.library = { search, panelStart: { snippets: LIBRARY_SNIPPETS, full, empty, ratio: r2(full.ready.median / empty.ready.median) }, docxImport: docx };
  }

  // 6. AI rewrites (before 5, which closes the shared browser; the rows are printed in order).
  if (runs('ai')) {
    // 6a. First word: the server's first text delta → that text in the panel's diff.
    const fw = await firstWordLatency(h, AI_RUNS, AI_WARMUP, FIRST_DELTA_PAUSE_MS, DELTA_MS);
    const dom = stat(fw.dom);
    const frame = stat(fw.frame);
    const aim = `aim ≤ ${FIRST_WORD_AIM_MS} ms`;
    rows.push(['6 ai', 'first word: server writes 1st delta → text in the diff (DOM)', timing(dom), `${spread(dom)}; ${aim}`]);
    rows.push(['6 ai', 'first word → next animation frame', timing(frame), `${spread(frame)}; ${aim}`]);
    rows.push(['6 ai', '  setup', `${fw.replyWords}-word replies`,
      `${fw.fixture} ${fw.key} (${fw.words} words), "perjelas" then Ulangi; stream open ${fw.firstDeltaDelayMs} ms before ` +
      `the 1st delta, then a word every ${fw.deltaDelayMs} ms; ${AI_WARMUP} warm-up + ${AI_RUNS} timed; panel ${fw.visibility}`]);
    rows.push(['6 ai', '  clock check: panel − Node', `${fw.clock.offset.toFixed(2)} ms`,
      `± ${fw.clock.uncertainty.toFixed(2)} ms (evaluate round trip); not subtracted above`]);

    // 6b. Re-rendering the diff of a 1,000-word result as it streams, in a page of its own.
    const texts = diffTexts(DIFF_WORDS, 0.2, 3, 1000);
    const page = await h.context.newPage();
    await page.goto(server.url('localhost', '/diff.html'), { waitUntil: 'load' });
    await page.addScriptTag({ content: await bundleDiffProbe() });
    const d = await diffRerender(page, texts, DIFF_STEP, DIFF_ROUNDS);
    await page.close();
    const max = (xs: number[]) => Math.max(...xs);
    const tail = {
      diff: stat(d.tail.diff), diffLayout: stat(d.tail.diffLayout), plain: stat(d.tail.plain),
      plainLayout: stat(d.tail.plainLayout), diffTextOnly: stat(d.tail.diffTextOnly),
    };
    const total = {
      diff: stat(d.total.diff), diffLayout: stat(d.total.diffLayout), plain: stat(d.total.plain),
      plainLayout: stat(d.total.plainLayout), diffTextOnly: stat(d.total.diffTextOnly),
    };
    const final = { diff: stat(d.final.diff), plain: stat(d.final.plain) };
    const atEnd = { partial: stat(d.diffTextAtEnd.partial), final: stat(d.diffTextAtEnd.final) };
    const ratio = { tail: tail.diff.median / tail.plain.median, total: total.diff.median / total.plain.median,
      tailLayout: tail.diffLayout.median / tail.plainLayout.median, totalLayout: total.diffLayout.median / total.plainLayout.median };
    const end = `${d.tailFrom}–${d.resultWords} words`;
    rows.push(['6 ai', `diff re-render, last 10% (${end}): DiffBody`, timing(tail.diff),
      `max ${ms(max(d.tail.diff))}, p90 ${ms(tail.diff.p90)}; render + commit (flushSync); with layout median ${ms(tail.diffLayout.median)}`]);
    rows.push(['6 ai', '  baseline: plain <div>{text}</div>', timing(tail.plain),
      `max ${ms(max(d.tail.plain))}; with layout median ${ms(tail.plainLayout.median)}`]);
    rows.push(['6 ai', '  ratio DiffBody / plain, last 10%', `${ratio.tail.toFixed(1)}×`, `with layout ${ratio.tailLayout.toFixed(1)}×`]);
    rows.push(['6 ai', '  a full re-diff per chunk instead (diffText, no React)', timing(tail.diffTextOnly),
      `what each chunk cost before the streaming diff; ${(tail.diffTextOnly.median / tail.diff.median).toFixed(1)}× the DiffBody render`]);
    rows.push(['6 ai', 'diff re-render, whole stream: DiffBody', `total ${ms(total.diff.median)}`,
      `${d.renders} renders of +${d.step} words, median of ${d.rounds} rounds; with layout ${ms(total.diffLayout.median)}`]);
    rows.push(['6 ai', '  baseline: plain <div>, whole stream', `total ${ms(total.plain.median)}`,
      `ratio ${ratio.total.toFixed(1)}×; with layout ${ms(total.plainLayout.median)} (ratio ${ratio.totalLayout.toFixed(1)}×); ` +
      `full re-diffs alone (diffText) ${ms(total.diffTextOnly.median)}`]);
    rows.push(['6 ai', `diffText alone, whole result (${d.resultWords} words)`, timing(atEnd.partial),
      `partial (streaming); ${ms(atEnd.final.median)} final (partial=false); ${spread(atEnd.partial)}`]);
    rows.push(['6 ai', 'final render (partial=false): DiffBody', timing(final.diff), `plain <div> ${ms(final.plain.median)}`]);
    rows.push(['6 ai', '  texts', `${d.originalWords} → ${d.resultWords} words`,
      `${d.edits.replaced} replaced, ${d.edits.dropped} dropped, ${d.edits.inserted} inserted, ${d.edits.sentencesMoved} ` +
      `sentences moved; the diff shows ${(100 * d.changedShare).toFixed(0)}% of the original removed` +
      `${d.crossOriginIsolated ? '' : '; page not cross-origin isolated: 100 µs timer steps'}`]);
    results.ai = {
      firstWord: {
        fixture: fw.fixture, key: fw.key, fieldWords: fw.words, replyWords: fw.replyWords, firstDeltaDelayMs: fw.firstDeltaDelayMs,
        deltaDelayMs: fw.deltaDelayMs, runs: AI_RUNS, warmup: AI_WARMUP, aimMs: FIRST_WORD_AIM_MS, dom, frame,
        clockOffset: { ms: r2(fw.clock.offset), uncertaintyMs: r2(fw.clock.uncertainty) },
      },
      diffRerender: {
        originalWords: d.originalWords, resultWords: d.resultWords, edits: d.edits, changedShare: r2(d.changedShare),
        step: d.step, renders: d.renders, rounds: d.rounds, tailFromWords: d.tailFrom, crossOriginIsolated: d.crossOriginIsolated,
        tail: { ...tail, diffMax: r2(max(d.tail.diff)), plainMax: r2(max(d.tail.plain)) },
        total, final, diffTextAtEnd: atEnd,
        ratio: { tail: r2(ratio.tail), total: r2(ratio.total), tailWithLayout: r2(ratio.tailLayout), totalWithLayout: r2(ratio.totalLayout) },
      },
    };
  }

  // 5. Not switched on: no world of ours outside the portals; on a portal, start-up without a panel is small.
  if (runs('idle')) {
    const worldsOn = async (url: string) => {
      const page = await h.openPage(url);
      await new Promise((ok) => setTimeout(ok, 1000)); // document_idle has long passed
      const n = await extensionWorlds(page, h.extensionId, 'Jendela');
      await page.close();
      return n;
    };
    const outside = await worldsOn(server.url('localhost', '/form.html'));
    const portal = await worldsOn(server.url(PORTAL_HOST, '/form.html'));
    rows.push(['5 idle', 'content-script worlds, localhost page', String(outside), 'expected 0: nothing of ours runs']);
    rows.push(['5 idle', 'content-script worlds, *.go.id page (control)', String(portal), 'expected 1: the check can see it']);
    const portalForm = server.url(PORTAL_HOST, '/form.html');
    const work = [];
    for (let i = 0; i < STARTUP_LOADS; i++) {
      work.push(await contentScriptWork(h.context, `chrome-extension://${h.extensionId}/content-scripts/`, portalForm));
    }
    const total = stat(work.map((w) => w.total));
    const compile = stat(work.map((w) => w.compile));
    rows.push(['5 idle', 'content script at document_idle, no panel', timing(total),
      `${spread(total)}; loads of the ${FIELDS}-field page on ${PORTAL_HOST}; traced, see chromium.ts`]);
    rows.push(['5 idle', '  of which compiling content.js', timing(compile),
      `tasks in our code per load: median ${stat(work.map((w) => w.tasks)).median}`]);
    await h.close(); // the floor below runs its own Chromium: one browser at a time
    const floor = stat((await minimalScriptWork(resolve(EXTENSION_DIR, 'manifest.json'), portalForm, STARTUP_LOADS)).map((w) => w.total));
    rows.push(['5 idle', 'floor: minimal content script (onConnect only)', timing(floor),
      `${spread(floor)}; same permissions, page and tracing`]);
    rows.push(['5 idle', 'ratio ours / floor', `${(total.median / floor.median).toFixed(1)}×`, '']);
    results.idle = {
      worldsOutside: outside, worldsOnPortal: portal, startup: total, startupCompile: compile, minimalScript: floor,
      ratio: r2(total.median / floor.median),
    };
  }
} finally {
  await server.close();
  await h.close();
}

rows.sort((a, b) => parseInt(a[0]) - parseInt(b[0])); // stable: section 6 ran before 5
console.log(`\nJendela bench — Chromium ${results.chromium ?? '?'}, ${machine.cpus} CPUs, load average ${machine.loadAverage1m} at start\n`);
printTable(rows);
const out = resolve(import.meta.dirname, '../bench-results.json');
// A partial run (BENCH_ONLY) keeps the other sections' figures of the last run.
const previous = ONLY && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, ...results, ...(ONLY ? { only: ONLY } : {}) }, null, 2)}\n`);
console.log(`\nFigures also in ${out}`);
