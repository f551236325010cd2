/**
 * Generated benchmark pages, deterministic (a seeded generator), in the markup styles real portal forms use.
 */

/** Small seeded PRNG (mulberry32), so every run measures the same page. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCAB = (
  'inovasi pelayanan publik masyarakat daerah pemerintah kota kabupaten warga layanan digital aplikasi data ' +
  'desa kecamatan puskesmas sekolah anggaran program kegiatan hasil dampak manfaat tujuan sasaran strategi ' +
  'kolaborasi pemangku kepentingan keberlanjutan replikasi kebaruan nilai tambah sumber daya pegawai waktu ' +
  'antrean berkas perizinan kesehatan pendidikan ekonomi lingkungan sampah air bersih e-KTP ramah-lingkungan'
).split(' ');

export function words(n: number, seed = 1): string[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => VOCAB[Math.floor(r() * VOCAB.length)]!);
}

const doc = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:14px sans-serif;max-width:60rem;margin:auto}.help-block,.form-text{color:#666}</style></head>` +
  `<body>${body}</body></html>`;

const QUESTIONS = [
  'Ringkasan', 'Latar Belakang dan Tujuan', 'Kebaruan / Nilai Tambah', 'Implementasi Inovasi', 'Signifikansi',
  'Adaptabilitas', 'Sumber Daya', 'Strategi Keberlanjutan', 'Kolaborasi Pemangku Kepentingan',
  'Pemantauan dan Evaluasi', 'Nama Inovasi', 'Manfaat yang diperoleh', 'Permasalahan', 'Rancang Bangun',
];
const LIMITS = ['(maksimal 200 kata)', 'Maks. 2.000 karakter', 'minimal 300 kata', '100–300 kata', 'max 250 words', ''];

/**
 * One field in one of ten markup styles (label[for], wrapping label, aria-labelledby, fieldset legend with
 * radios, table row header with a select, preceding heading, aria-label, placeholder only, a label pointing
 * at an id that does not exist, nested Bootstrap grid with a date), each with its help text style.
 */
function field(i: number, r: () => number): string {
  const q = `${(i % 40) + 1}. ${QUESTIONS[i % QUESTIONS.length]}`;
  const limit = LIMITS[i % LIMITS.length]!;
  const text = words(Math.floor(r() * 40), i).join(' ');
  const id = `f${i}`;
  switch (i % 10) {
    case 0:
      return `<label for="${id}">${q} *</label><textarea id="${id}" name="input_${i}" rows="4">${text}</textarea>` +
        `<p class="help-block">${limit}</p>`;
    case 1:
      return `<label>${q} <span class="badge">wajib</span><input type="text" name="input_${i}" value="${text.slice(0, 40)}"></label>`;
    case 2:
      return `<div id="l${id}">${q}</div><div id="${id}" contenteditable="true" aria-labelledby="l${id}" ` +
        `aria-describedby="h${id}"><p>${text}</p></div><div id="h${id}">${limit}</div>`;
    case 3:
      return `<fieldset><legend>Tahapan Inovasi</legend>` +
        ['Inisiatif', 'Uji Coba', 'Penerapan'].map((v) =>
          `<label><input type="radio" name="tahap_${i}" value="${v}"> ${v}</label>`).join('') + `</fieldset>`;
    case 4:
      return `<table><tr><th>Urusan Pemerintahan</th><td><select name="urusan_${i}">` +
        ['Kesehatan', 'Pendidikan', 'Perhubungan', 'Lainnya'].map((v) => `<option>${v}</option>`).join('') +
        `</select></td></tr></table>`;
    case 5:
      return `<h4>${q}</h4><div><textarea name="jawaban_${i}" rows="3">${text}</textarea><small>${limit}</small></div>`;
    case 6:
      return `<input type="text" aria-label="${q}" name="isian_${i}"><div class="form-text">${limit}</div>`;
    case 7:
      return `<textarea placeholder="${q} ${limit}"></textarea> Jelaskan dengan singkat dan jelas.`;
    case 8:
      return `<label for="tidak-ada-${i}">${q}</label><textarea id="dup" name="dup[]">${text}</textarea>`;
    default:
      return `<div class="row"><div class="col-md-4"><div class="control-label"><span>Waktu Uji Coba</span></div></div>` +
        `<div class="col-md-8"><div class="input-group"><input type="date" name="tgl_${i}"></div></div></div>`;
  }
}

/** Non-field content between the fields: text blocks, lists, links, nested wrappers; each unit is 10 elements. */
function filler(i: number): string {
  const w = words(12, 1000 + i).join(' ');
  return `<div class="panel"><div class="panel-body"><p>${w} <strong>${i}</strong> <a href="#">tautan</a></p>` +
    `<ul><li><span>${w.slice(0, 30)}</span></li><li><em>catatan</em></li></ul></div></div>`;
}
const FILLER_ELEMENTS = 10;
const tagsIn = (html: string) => (html.match(/<[a-z][a-z0-9]*/g) ?? []).length;
const fieldsIn = (html: string) => (html.match(/<(input|textarea|select)\b|contenteditable=/g) ?? []).length;

/**
 * `fields` form fields (a radio group is one field) among `others` other elements in <body>. The fields are
 * spread evenly through the filler, each inside a few nested wrappers, all inside one <form>.
 */
export function formPage(fields = 300, others = 5000): string {
  const r = rng(7);
  const blocks = Array.from({ length: fields }, (_, i) =>
    `<div class="form-group"><div class="form-item">${field(i, r)}</div></div>`);
  const head = '<header><nav><ul><li><a href="#">Beranda</a></li><li><a href="#">Proposal</a></li></ul></nav></header>' +
    '<h1>Formulir Proposal Inovasi</h1>';
  const fixed = head + blocks.join('') + '<form></form><button type="submit">Simpan</button>';
  const nonField = tagsIn(fixed) - fieldsIn(fixed);
  const units = Math.max(0, Math.round((others - nonField) / FILLER_ELEMENTS));
  const per = units / fields;
  let body = head + '<form action="/submit" method="post">';
  let used = 0;
  blocks.forEach((b, i) => {
    for (; used < Math.round((i + 1) * per); used++) body += filler(used);
    body += b;
  });
  return doc('Proposal KIPP', `${body}<button type="submit">Simpan</button></form>`);
}

/**
 * Two 5,000-word fields, as a writer near the end of a long answer has them: a textarea, and a rich-editor-like
 * contenteditable div holding 50 paragraphs with inline formatting.
 */
export function typingPage(n = 5000): string {
  const plain = words(n, 11).join(' ');
  const w = words(n, 12);
  const paras = Array.from({ length: 50 }, (_, p) => {
    const part = w.slice((p * n) / 50, ((p + 1) * n) / 50);
    part[3] = `<strong>${part[3]}</strong>`;
    part[9] = `<em>${part[9]}</em>`;
    return `<p>${part.join(' ')}</p>`;
  }).join('');
  return doc('Proposal KIPP', '<h1>Formulir Proposal</h1><form action="/submit" method="post">' +
    '<div class="form-group"><label for="latar">Latar Belakang dan Tujuan (maksimal 6000 kata)</label>' +
    `<textarea id="latar" name="latar_belakang" rows="12" cols="80">${plain}</textarea></div>` +
    '<div class="form-group"><label id="lsig">Signifikansi (maksimal 6000 kata)</label>' +
    `<div id="signifikansi" class="editor" contenteditable="true" aria-labelledby="lsig">${paras}</div></div>` +
    '</form>');
}
