/**
 * Hostile and awkward pages: labels holding markup and script (shown as text, never run), emoji and
 * zero-width characters, a 20,000-word field, a field removed while the panel watches, 2,000 inputs (a capped
 * list, said so), a cross-origin frame (skipped, said so), and the UI language switch that must survive
 * reopening the panel. No dialog may open and the panel may not throw.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getHarness } from './harness';
import {
  attrNow, listedOrder, openFixture, rowKeys, rowOf, typeAtEnd, WAIT, waitWords, words, type Opened,
} from './panel-helpers';

let opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of opened.reverse()) await o.close().catch(() => {});
  opened = [];
});
async function fixture(name: string): Promise<Opened> {
  const o = await openFixture(await getHarness(), name);
  opened.push(o);
  return o;
}

const labelOf = (o: Opened, key: string) => rowOf(o.panel, key).locator('.field-label').textContent();

describe('bad input', () => {
  it('labels with markup and script are shown as text; emoji, zero-width characters and 20,000 words are fine', async () => {
    const o = await fixture('bad-input');
    // Password, disabled and hidden inputs are not listed; the others are, in page order.
    expect(await rowKeys(o.panel)).toEqual(listedOrder(o.expected.fields));

    expect(await labelOf(o, 'judul')).toContain('Judul Inovasi <img src=x onerror=alert(1)>');
    expect(await labelOf(o, 'deskripsi')).toContain('Deskripsi Singkat <script>alert("label")</script>');
    // Nothing from a label became an element in the panel.
    expect(await o.panel.locator('main img, main script, main iframe, main object, main b, main i').count()).toBe(0);

    // Zero-width characters do not split "Man\u200bfaat"; the emoji stays.
    expect(await labelOf(o, 'manfaat')).toContain('Manfaat 🌱 bagi Warga');
    // "Warga 👍 puas\u200b dengan layanan\ufeff yang cepat 🚀🚀 dan ramah 👨‍👩‍👧." is 11 words.
    expect(await attrNow(rowOf(o.panel, 'manfaat'), 'data-words')).toBe('11');

    const big = rowOf(o.panel, 'rancang_bangun');
    await waitWords(o.panel, 'rancang_bangun', 20_000);
    expect(await attrNow(big, 'data-max-words')).toBe('1000');
    expect(await attrNow(big, 'data-state')).toBe('over');
    // The meter still follows typing at the end of the 20,000 words.
    await typeAtEnd(o.page, o.page.locator('textarea#rancang_bangun'), ' tambahan tiga kata');
    await waitWords(o.panel, 'rancang_bangun', 20_003);

    // Clicking the row of the 20,000-word field brings it into view like any other.
    await big.click();
    await expect.poll(() => o.page.evaluate(() => document.activeElement?.id), { timeout: WAIT }).toBe('rancang_bangun');

    expect(await o.page.locator('img').count()).toBe(0);
    expect(o.dialogs).toEqual([]);
    expect(o.panelErrors).toEqual([]);
  });

  it('a field removed from the page leaves the list, and the other rows keep following', async () => {
    const o = await fixture('bad-input');
    expect(await rowKeys(o.panel)).toContain('catatan');
    await o.page.locator('#hapus-catatan').click();
    await expect.poll(() => rowKeys(o.panel), { timeout: WAIT })
      .toEqual(listedOrder(o.expected.fields.filter((f) => !f.removable)));
    await typeAtEnd(o.page, o.page.locator('textarea#deskripsi'), ' dua kata');
    await waitWords(o.panel, 'deskripsi', 13);
    expect(await o.panel.locator('[data-status]').getAttribute('data-status')).toBe('form');
    expect(o.dialogs).toEqual([]);
    expect(o.panelErrors).toEqual([]);
  });

  it('2,000 inputs: exactly 300 rows and a notice that says so; meters still follow', async () => {
    const o = await fixture('many-inputs');
    await expect.poll(() => o.panel.locator('[data-field-key]').count(), { timeout: WAIT }).toBe(300);
    const notice = o.panel.locator('[data-notice="truncated"]');
    expect(await notice.textContent()).toBe('Menampilkan 300 dari 2.000 kolom');
    expect(await attrNow(o.panel.locator('header[data-total]'), 'data-total')).toBe('300');
    expect((await rowKeys(o.panel)).slice(0, 3)).toEqual(listedOrder(o.expected.fields));
    await typeAtEnd(o.page, o.page.locator('textarea#kegiatan_2'), words(4));
    await waitWords(o.panel, 'kegiatan[2]', 4);
    expect(o.panelErrors).toEqual([]);
  });

  it('a cross-origin frame is skipped and said; the UI language switches to English and stays so', async () => {
    const h = await getHarness();
    const o = await fixture('modal');
    const skipped = o.panel.locator('[data-notice="skipped-frames"]');
    await skipped.waitFor({ timeout: WAIT });
    expect(await skipped.textContent()).toBe('1 bingkai dari situs lain dilewati');
    expect(await rowKeys(o.panel)).not.toContain('catatan_verifikator');

    const select = o.panel.locator('select[data-setting="language"]');
    const title = o.panel.locator('.list-title').first();
    expect(await title.textContent()).toBe('Kolom isian');
    try {
      await select.selectOption('en');
      await expect.poll(() => title.textContent(), { timeout: WAIT }).toBe('Fields');
      expect(await o.panel.locator('html').getAttribute('lang')).toBe('en');
      expect(await skipped.textContent()).toBe('1 frame from another site skipped');
      expect(await rowOf(o.panel, 'ringkasan').count()).toBe(0); // (still behind the closed modal)
      expect(await rowOf(o.panel, 'monev').locator('.meter-limit').textContent()).toBe('max. 200 words · from the page');

      // Reopened, the panel speaks English from the start.
      const again = await h.openPanel(await h.tabIdOf(o.page));
      opened.push(again);
      await again.locator('[data-status="form"]').waitFor({ timeout: WAIT });
      await expect.poll(() => again.locator('.list-title').first().textContent(), { timeout: WAIT }).toBe('Fields');
      expect(await again.locator('select[data-setting="language"]').inputValue()).toBe('en');
    } finally {
      await select.selectOption('id');
    }
    await expect.poll(() => title.textContent(), { timeout: WAIT }).toBe('Kolom isian');
    expect(o.panelErrors).toEqual([]);
  });
});
