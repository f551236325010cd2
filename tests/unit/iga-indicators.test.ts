/** The IGA indicators' checklist data, and the parameters read from proposal prose (both directions). */
import { describe, expect, it } from 'vitest';
import { IGA_INDICATORS, IGA_MAX, idNumber, igaChecklistMarkdown, igaHints } from '../../utils/rubric/iga-indicators';

const hint = (no: number, ...texts: string[]) => igaHints(texts).find((h) => h.no === no);

describe('the indicators', () => {
  it('lists 16–35 in order, the five mandatory ones, and a maximum of 111', () => {
    expect(IGA_INDICATORS.map((i) => i.no)).toEqual(Array.from({ length: 20 }, (_, i) => 16 + i));
    expect(IGA_INDICATORS.filter((i) => i.mandatory).map((i) => i.no)).toEqual([16, 17, 32, 33, 35]);
    expect(IGA_INDICATORS.find((i) => i.no === 35)?.weight).toBe(4);
    expect(IGA_MAX).toBe(111);
  });
});

describe('hints from the text', () => {
  it('reads Indonesian numbers', () => {
    expect(idNumber('1.250')).toBe(1250);
    expect(idNumber('1,5', 'ribu')).toBe(1500);
    expect(idNumber('2', 'juta')).toBe(2_000_000);
    expect(idNumber('12.000.000')).toBe(12_000_000);
  });

  it('16: the highest kind of regulation named', () => {
    expect(hint(16, 'Ditetapkan dengan SK Kepala Dinas Kesehatan Nomor 12.')?.param).toBe(1);
    expect(hint(16, 'Dasar hukumnya Peraturan Bupati Nomor 5 Tahun 2022.')?.param).toBe(2);
    expect(hint(16, 'Perwali Nomor 3 Tahun 2021', 'dan Peraturan Daerah Nomor 7 Tahun 2023 tentang Pelayanan Publik.')?.param).toBe(3);
    expect(hint(16, 'Inovasi ini dijalankan oleh dinas sejak 2021.')).toBeUndefined();
  });

  it('17: how many people carry it out', () => {
    expect(hint(17, 'Dilaksanakan oleh 8 orang petugas.')?.param).toBe(1);
    expect(hint(17, 'Melibatkan 25 pegawai dan 5 kader.')?.param).toBe(2);
    expect(hint(17, 'Sebanyak 45 ASN terlibat.')?.param).toBe(3);
    expect(hint(17, 'Anggaran Rp 25.000.000 pada tahun 2021.')).toBeUndefined();
  });

  it('22: kinds of actors, from three up', () => {
    expect(hint(22, 'Dinas Kesehatan bekerja sama dengan Bank Kalbar dan karang taruna.')?.param).toBe(1);
    expect(hint(22, 'Dinas, perusahaan mitra, komunitas, universitas dan radio lokal terlibat.')?.param).toBe(3);
    expect(hint(22, 'Dinas Kesehatan menjalankannya sendiri.')).toBeUndefined();
  });

  it('28: the service time after the innovation, not before it', () => {
    expect(hint(28, 'Waktu layanan turun dari 14 hari menjadi 1 hari.')?.param).toBe(3);
    expect(hint(28, 'Dari 14 hari menjadi 3 hari kerja.')?.param).toBe(2);
    expect(hint(28, 'Kini selesai dalam 7 hari.')?.param).toBe(1);
    expect(hint(28, 'Dahulu pengurusan memakan waktu 14 hari.')).toBeUndefined();
  });

  it('31: how many places replicated it', () => {
    expect(hint(31, 'Sudah direplikasi oleh Kabupaten Kubu Raya dan Kota Singkawang.')?.param).toBe(2);
    expect(hint(31, 'Direplikasi di Kota Pontianak.')?.param).toBe(1);
    expect(hint(31, 'Berpotensi direplikasi daerah lain.')).toBeUndefined();
  });

  it('33: the largest number of beneficiaries', () => {
    expect(hint(33, 'Sebanyak 150 lansia terlayani.')?.param).toBe(1);
    expect(hint(33, 'Menjangkau 450 pelaku UMKM.')?.param).toBe(2);
    expect(hint(33, 'Dinikmati 1.250 warga dan 30 pasien.')).toMatchObject({ param: 3, found: '1.250 warga' });
    expect(hint(33, 'Menjangkau 3,2 ribu jiwa.')?.param).toBe(3);
    expect(hint(33, 'Dimulai pada tahun 2021 dengan anggaran Rp 25.000.000.')).toBeUndefined();
  });

  it('writes the checklist as Markdown with ticks and hints', () => {
    const md = igaChecklistMarkdown(new Set([16]), igaHints(['Menjangkau 1.250 warga.']));
    expect(md.split('\n')).toHaveLength(20);
    expect(md).toContain('- [x] 16. Regulasi inovasi daerah (bobot 3, wajib)');
    expect(md).toMatch(/- \[ \] 33\. Kemanfaatan inovasi \(bobot 3, wajib\) — bukti: .*parameter 3 \(«1\.250 warga»\)/);
  });
});
