/**
 * The panel as a user meets it: the header (profile, filled/over/under) following the page, picking another
 * profile, a row click bringing the field into view, switching Jendela on outside government sites, pages
 * that navigate or change route while the panel is open, and fields that appear later (wizard, modal).
 * Driven only through the testing contract of shared/DESIGN.md and the page as a user would.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadExpected } from './detect';
import { getHarness, type Harness } from './harness';
import {
  attrNow, contentScriptListening, listedOrder, openFixture, recordPanel, rowKeys, rowOf, typeAtEnd, WAIT, waitAttr, waitWords,
  watchDialogs, words, type Opened,
} from './panel-helpers';

let h: Harness;
beforeAll(async () => {
  h = await getHarness();
});

/** Pages a test opened, closed after it whatever happened. */
let opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of opened.reverse()) await o.close().catch(() => {});
  opened = [];
});
async function fixture(name: string): Promise<Opened> {
  const o = await openFixture(h, name);
  opened.push(o);
  return o;
}

/** Keys of the fields a fixture lists on load (step 1, not behind a modal). */
function keysOnLoad(name: string): string[] {
  return listedOrder(loadExpected(name).fields.filter((f) => (f.step ?? 1) === 1 && !f.afterOpen));
}

const inViewport = (field: Locator) =>
  field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });

/** Waits for the highlight overlay to appear around `field` (in the top document), and then to go away. */
async function expectHighlightAround(page: Page, field: Locator, untilGone = true): Promise<void> {
  const overlay = page.locator('[data-jendela-ui="highlight"]').last();
  await overlay.waitFor({ state: 'attached', timeout: WAIT });
  const [box, target] = await Promise.all([
    overlay.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    field.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  ]);
  expect(box.left).toBeLessThanOrEqual(target.left);
  expect(box.top).toBeLessThanOrEqual(target.top);
  expect(box.right).toBeGreaterThanOrEqual(target.right);
  expect(box.bottom).toBeGreaterThanOrEqual(target.bottom);
  if (untilGone) await page.locator('[data-jendela-ui="highlight"]').first().waitFor({ state: 'detached', timeout: WAIT });
}

describe('on the SINOVIK form', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await openFixture(h, 'kipp-sinovik');
  });
  afterAll(async () => {
    await o.close();
  });

  it('clicking a row scrolls to the field, focuses it and highlights it briefly', async () => {
    const field = o.page.locator('textarea[name="input_15"]');
    await o.page.evaluate(() => window.scrollTo(0, 0));
    expect(await inViewport(field)).toBe(false);
    await rowOf(o.panel, 'input_15').click();
    await expect.poll(() => inViewport(field), { timeout: WAIT }).toBe(true);
    await expect.poll(() => o.page.evaluate(() => document.activeElement?.getAttribute('name')), { timeout: WAIT })
      .toBe('input_15');
    await expectHighlightAround(o.page, field);
    expect(await o.panel.locator('[data-notice]').count()).toBe(0);
  });

  it('the header follows typing (filled, over) and another profile changes the limits', async () => {
    const header = o.panel.locator('header[data-profile]');
    const select = o.panel.locator('select[data-setting="profile"]');
    expect(await attrNow(header, 'data-profile')).toBe('kipp-2023-umum');
    expect(await select.inputValue()).toBe('kipp-2023-umum');
    const textFields = o.expected.fields.filter((f) => !f.fact).length;
    expect(await attrNow(header, 'data-total')).toBe(String(textFields));
    for (const [attr, value] of [['data-filled', '0'], ['data-over', '0'], ['data-under', '0']]) {
      expect(await attrNow(header, attr!)).toBe(value);
    }
    // Where each limit comes from: the page states input_7's, the profile supplies input_9's.
    expect(await attrNow(rowOf(o.panel, 'input_7'), 'data-limit-source')).toBe('page');
    expect(await attrNow(rowOf(o.panel, 'input_9'), 'data-max-words')).toBe('200');
    expect(await attrNow(rowOf(o.panel, 'input_9'), 'data-limit-source')).toBe('profile');

    await typeAtEnd(o.page, o.page.locator('textarea[name="input_7"]'), 'Izin usaha sehari jadi');
    await waitAttr(header, 'data-filled', '1');
    // input_12 allows 100 words; the user pastes 101.
    await o.page.locator('textarea[name="input_12"]').click();
    await o.page.keyboard.insertText(words(101));
    await waitWords(o.panel, 'input_12', 101);
    await waitAttr(rowOf(o.panel, 'input_12'), 'data-state', 'over');
    await waitAttr(header, 'data-filled', '2');
    await waitAttr(header, 'data-over', '1');

    // The user picks the generic profile: limits only the page states remain.
    await select.selectOption('generic');
    await waitAttr(header, 'data-profile', 'generic');
    await waitAttr(rowOf(o.panel, 'input_9'), 'data-max-words', null);
    expect(await attrNow(rowOf(o.panel, 'input_9'), 'data-limit-source')).toBe(null);
    expect(await attrNow(rowOf(o.panel, 'input_7'), 'data-max-words')).toBe('200');
    expect(await attrNow(rowOf(o.panel, 'input_7'), 'data-limit-source')).toBe('page');
    expect(await attrNow(header, 'data-over')).toBe('1');
    expect(await attrNow(header, 'data-filled')).toBe('2');
    expect(await rowKeys(o.panel)).toEqual(listedOrder(o.expected.fields));

    // ... and hands the choice back to detection.
    await select.selectOption('');
    await waitAttr(header, 'data-profile', 'kipp-2023-umum');
    await waitAttr(rowOf(o.panel, 'input_9'), 'data-limit-source', 'profile');
    expect(o.dialogs).toEqual([]);
    expect(o.panelErrors).toEqual([]);
  });
});

describe('row click inside editors and other documents', () => {
  it('focuses an iframe editor (CKEditor 4)', async () => {
    const o = await fixture('ckeditor4-iframe');
    const iframe = o.page.locator('#cke_hasil iframe');
    await o.page.evaluate(() => window.scrollTo(0, 0));
    await rowOf(o.panel, 'hasil').click();
    await expect.poll(() => inViewport(iframe), { timeout: WAIT }).toBe(true);
    // The iframe is the focused element of the page, and inside it the editor's body has the focus.
    await expect
      .poll(() => iframe.evaluate((f) => {
        const doc = (f as HTMLIFrameElement).contentDocument;
        return document.activeElement === f && doc?.activeElement === doc?.body;
      }), { timeout: WAIT })
      .toBe(true);
    await expectHighlightAround(o.page, o.page.locator('#cke_hasil'), false);
  });

  it('focuses a field in an open shadow root and one in a same-origin iframe', async () => {
    const o = await fixture('modal');
    await rowOf(o.panel, 'monev').click();
    await expect
      .poll(() => o.page.evaluate(() => {
        const host = document.activeElement;
        return host?.tagName === 'ISIAN-PANJANG' && host.shadowRoot?.activeElement?.getAttribute('name');
      }), { timeout: WAIT })
      .toBe('monev');
    await expectHighlightAround(o.page, o.page.locator('isian-panjang textarea'), false);

    const frame = o.page.locator('#bingkai-sama');
    await rowOf(o.panel, 'kolaborasi').click();
    await expect
      .poll(() => frame.evaluate((f) => document.activeElement === f &&
        (f as HTMLIFrameElement).contentDocument?.activeElement?.id), { timeout: WAIT })
      .toBe('kolaborasi');
    await expectHighlightAround(o.page, frame, false);
  });
});

describe('outside government sites', () => {
  it('does nothing until switched on; the toolbar click plus "Aktifkan" lists the fields', async () => {
    const expected = loadExpected('kipp-sinovik');
    const page = await h.openPage(h.url('portal.contoh.test', '/fixtures/kipp-sinovik.html'));
    const tabId = await h.tabIdOf(page);
    const panel = await h.openPanel(tabId);
    opened.push(panel, page);
    const dialogs: string[] = [];
    watchDialogs(page, 'page', dialogs);

    await panel.locator('[data-status="inactive"]').waitFor({ timeout: WAIT });
    expect(await page.locator('[data-jendela-ui]').count()).toBe(0);
    expect(await contentScriptListening(page, h.extensionId)).toBe(false);

    // Without the toolbar click the extension may not touch the page: the panel says what to do, nothing runs.
    await panel.locator('[data-action="activate"]').click();
    await panel.locator('[data-notice="notice.noAccess"]').waitFor({ timeout: WAIT });
    expect(await panel.locator('[data-status]').getAttribute('data-status')).toBe('inactive');
    expect(await contentScriptListening(page, h.extensionId)).toBe(false);

    await h.clickToolbar(page);
    await panel.locator('[data-action="activate"]').click();
    await panel.locator('[data-status="form"]').waitFor({ timeout: WAIT });
    await expect.poll(() => rowKeys(panel), { timeout: WAIT }).toEqual(listedOrder(expected.fields));
    expect(await contentScriptListening(page, h.extensionId)).toBe(true);
    await typeAtEnd(page, page.locator('textarea[name="input_7"]'), 'satu dua');
    await waitWords(panel, 'input_7', 2);

    // Switched on for this visit only: after a reload nothing runs again until the user says so.
    await page.reload({ waitUntil: 'load' });
    await panel.locator('[data-status="inactive"]').waitFor({ timeout: WAIT });
    expect(await panel.locator('[data-field-key]').count()).toBe(0);
    // Now that the toolbar click opened the page to the extension, the panel names the site it would remember.
    expect(await panel.locator('[data-status="inactive"]').textContent()).toContain('portal.contoh.test');
    expect(await panel.locator('input[name="remember"]').count()).toBe(1);
    expect(await contentScriptListening(page, h.extensionId)).toBe(false);
    expect(dialogs).toEqual([]);
  });
});

describe('pages that change under an open panel', () => {
  it('navigating drops the old rows before the new page’s arrive; a page without a form says so', async () => {
    const o = await fixture('kipp-sinovik');
    const oldKeys = keysOnLoad('kipp-sinovik');
    const newKeys = keysOnLoad('wizard');
    expect(oldKeys.some((k) => newKeys.includes(k))).toBe(false); // the check below needs distinct keys
    const log = await recordPanel(o.panel);

    const wizard = loadExpected('wizard');
    await o.page.goto(h.url(wizard.host, '/fixtures/wizard.html'), { waitUntil: 'load' });
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(newKeys);
    const states = await log();
    expect(states[0]!.keys).toEqual(oldKeys); // the recorder saw the old page's rows
    expect(states.some((s) => s.keys.some((k) => oldKeys.includes(k)) && s.keys.some((k) => newKeys.includes(k))))
      .toBe(false);
    const firstNew = states.findIndex((s) => s.keys.some((k) => newKeys.includes(k)));
    expect(states.slice(firstNew).every((s) => !s.keys.some((k) => oldKeys.includes(k)))).toBe(true);
    expect(states.slice(0, firstNew).some((s) => s.keys.length === 0)).toBe(true); // a clear state between

    const noForm = loadExpected('no-form');
    await o.page.goto(h.url(noForm.host, '/fixtures/no-form.html'), { waitUntil: 'load' });
    await o.panel.locator('[data-status="no-form"]').waitFor({ timeout: WAIT });
    expect(await o.panel.locator('[data-field-key]').count()).toBe(0);
    expect(o.panelErrors).toEqual([]);
  });

  it('a client-side route change (pushState) updates the rows, and Back restores them', async () => {
    const o = await fixture('spa');
    const first = keysOnLoad('spa');
    const second = ['kebaruan', 'dampak', 'keberlanjutan'];
    expect(await rowKeys(o.panel)).toEqual(first);
    const log = await recordPanel(o.panel);

    await o.page.locator('a[data-rute="uraian"]').click();
    expect(new URL(o.page.url()).search).toBe('?halaman=uraian');
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(second);
    const states = await log();
    expect(states[0]!.keys).toEqual(first);
    expect(states.some((s) => s.keys.some((k) => first.includes(k)) && s.keys.some((k) => second.includes(k))))
      .toBe(false);
    await typeAtEnd(o.page, o.page.locator('textarea#dampak'), 'Antrean berkurang separuh');
    await waitWords(o.panel, 'dampak', 3);

    await o.page.goBack();
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(first);
    await typeAtEnd(o.page, o.page.locator('#isian-ringkasan'), 'Lapor lewat ponsel');
    await waitWords(o.panel, 'ringkasan', 3);
    expect(o.panelErrors).toEqual([]);
  });
});

describe('fields that appear later', () => {
  it('wizard: the rows of steps 2 and 3 appear after "Lanjut", without reopening the panel', async () => {
    const o = await fixture('wizard');
    const stepKeys = (n: number) => listedOrder(o.expected.fields.filter((f) => (f.step ?? 1) <= n));
    expect(await rowKeys(o.panel)).toEqual(stepKeys(1));
    await o.page.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(stepKeys(2));
    await o.page.getByRole('button', { name: 'Lanjut' }).click();
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(stepKeys(3));
    await typeAtEnd(o.page, o.page.locator('textarea#hasil'), 'Kunjungan naik dua kali');
    await waitWords(o.panel, 'hasil', 4);
  });

  it('modal: its fields are listed once it opens', async () => {
    const o = await fixture('modal');
    const all = listedOrder(o.expected.fields);
    expect(await rowKeys(o.panel)).toEqual(keysOnLoad('modal'));
    await o.page.locator('#tambah').click();
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT }).toEqual(all);
    expect(await attrNow(rowOf(o.panel, 'ringkasan'), 'data-max-words')).toBe('150');
    await typeAtEnd(o.page, o.page.locator('textarea#ringkasan'), 'Inovasi baru');
    await waitWords(o.panel, 'ringkasan', 2);
  });
});
