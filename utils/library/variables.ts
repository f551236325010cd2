/**
 * Snippet variables: `{{nama_inovasi}}`, `{{instansi}}`, `{{tahun}}`… are asked for in a small form before a
 * snippet goes into a field; the answers are remembered per proposal. Names are lowercase words joined by `_`.
 */
const VARIABLE = /\{\{\s*([a-z][a-z0-9_]{0,40})\s*\}\}/gi;

/** The variables a text uses, in order of first use, each once (lowercased). */
export function variablesIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(VARIABLE)) seen.add(m[1]!.toLowerCase());
  return [...seen];
}

/** The text with every variable that has an answer put in; a variable without one is left as it is. */
export function fillVariables(text: string, answers: Record<string, string>): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const v = answers[name.toLowerCase()];
    return v !== undefined && v.trim() !== '' ? v : whole;
  });
}

/** "nama_inovasi" → "Nama inovasi": the label the form shows for a variable. */
export const variableLabel = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

/**
 * What the form can fill in by itself: the year, and the innovation's name when the proposal or the page
 * knows it. Remembered answers win over these.
 */
export function suggestedAnswers(known: { title?: string; year?: number }, remembered: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (known.year) out.tahun = String(known.year);
  if (known.title) out.nama_inovasi = known.title;
  return { ...out, ...remembered };
}
