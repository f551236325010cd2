/**
 * All persisted state, declared in one place: typed, versioned items, validated on load with zod, falling
 * back to defaults when what is stored is damaged. Used by the panel store and the background only
 * (never by the content script, which must stay small).
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const settingsSchema = z.object({
  language: z.enum(LANGUAGES).catch('id'),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = { language: 'id' };


function validated<T>(schema: z.ZodType<T>, fallback: T) {
  return (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
const sitesItem = storage.defineItem<unknown>('local:activatedSites', { fallback: [], version: 1 });

const parseSettings = validated(settingsSchema, DEFAULT_SETTINGS);

/**
 * A settings object whose fields each fall back on their own (`.catch` in the schema): one damaged value
 * does not wipe the others. Loads validated; saves a patch over what is stored.
 */
function objectSettings<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
  const item = storage.defineItem<unknown>(key, { fallback, version: 1 });
  const parse = (raw: unknown): T => schema.parse(typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {});
  const load = async (): Promise<T> => parse(await item.getValue());
  const save = async (patch: Partial<T>): Promise<T> => {
    const next = parse({ ...(await load()), ...patch });
    await item.setValue(next);
    return next;
  };
  return { load, save };
}
/** Origins ("https://example.org") the user switched Jendela on for, remembered across sessions. */
const siteSchema = z.string().regex(/^https?:\/\/[^/]+$/);
/** A damaged list keeps its valid origins. */
const parseSites = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((s): s is string => siteSchema.safeParse(s).success) : [];

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((raw) => cb(parseSettings(raw)));
}

export async function loadActivatedSites(): Promise<string[]> {
  return parseSites(await sitesItem.getValue());
}
export async function rememberSite(origin: string): Promise<void> {
  const sites = await loadActivatedSites();
  if (!sites.includes(origin)) await sitesItem.setValue([...sites, origin]);
}
export async function forgetSite(origin: string): Promise<void> {
  await sitesItem.setValue((await loadActivatedSites()).filter((s) => s !== origin));
}

/**
 * The AI settings (issue 4). The key is read only by the panel, which makes the AI calls, and is sent only to
 * `baseUrl` (Anthropic's, or an organisation's gateway that holds the key for its staff). Each field falls
 * back on its own, so one damaged value does not wipe the others (least of all the key).
 */
export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const DEFAULT_MODEL = 'claude-sonnet-4-5';
const aiSchema = z.object({
  apiKey: z.string().max(500).catch(''),
  baseUrl: z.string().url().refine((u) => /^https?:\/\//.test(u)).catch(DEFAULT_BASE_URL),
  model: z.string().min(1).max(200).catch(DEFAULT_MODEL),
  outputLanguage: z.enum(LANGUAGES).catch('id'),
  /** Send the other sections as context (only when the user ticks it). */
  includeContext: z.boolean().catch(false),
});
export type AiSettings = z.infer<typeof aiSchema>;
export const DEFAULT_AI_SETTINGS: AiSettings = {
  apiKey: '', baseUrl: DEFAULT_BASE_URL, model: DEFAULT_MODEL, outputLanguage: 'id', includeContext: false,
};
const ai = objectSettings('local:ai', aiSchema, DEFAULT_AI_SETTINGS);
export const loadAiSettings = ai.load;
export const saveAiSettings = ai.save;

/**
 * Local drafts (issue 8): autosave on by default (most users type straight into the portal), kept for
 * `keepDays` days after their last save (0: kept until deleted). Nothing leaves the machine.
 */
export const KEEP_DAYS = [30, 90, 180, 365, 0] as const;
const draftsSchema = z.object({
  autosave: z.boolean().catch(true),
  keepDays: z.number().int().refine((n) => (KEEP_DAYS as readonly number[]).includes(n)).catch(180),
});
export type DraftSettings = z.infer<typeof draftsSchema>;
export const DEFAULT_DRAFT_SETTINGS: DraftSettings = { autosave: true, keepDays: 180 };
const drafts = objectSettings('local:drafts', draftsSchema, DEFAULT_DRAFT_SETTINGS);
export const loadDraftSettings = drafts.load;
export const saveDraftSettings = drafts.save;

/**
 * Answers to snippet variables ({{instansi}}, {{nama_inovasi}}…), remembered per proposal being written (its
 * form's key), so the next snippet asks nothing it was told. A damaged entry keeps its valid answers.
 */
const answersItem = storage.defineItem<unknown>('local:snippetAnswers', { fallback: {}, version: 1 });
const answersSchema = z.record(z.string(), z.record(z.string(), z.string().max(2000)).catch({})).catch({});
export async function loadAnswers(formKey: string): Promise<Record<string, string>> {
  return answersSchema.parse(await answersItem.getValue())[formKey] ?? {};
}
export async function rememberAnswers(formKey: string, answers: Record<string, string>): Promise<void> {
  const all = answersSchema.parse(await answersItem.getValue());
  await answersItem.setValue({ ...all, [formKey]: { ...(all[formKey] ?? {}), ...answers } });
}

/**
 * IGA indicators whose evidence the user ticked as ready, per form (its key). A reminder only; a damaged
 * entry keeps its valid numbers.
 */
const ticksItem = storage.defineItem<unknown>('local:indicatorTicks', { fallback: {}, version: 1 });
const ticksSchema = z.record(z.string(), z.array(z.number().int().min(1).max(99)).catch([])).catch({});
export async function loadTicks(formKey: string): Promise<number[]> {
  return ticksSchema.parse(await ticksItem.getValue())[formKey] ?? [];
}
export async function saveTicks(formKey: string, ticks: number[]): Promise<void> {
  const all = ticksSchema.parse(await ticksItem.getValue());
  await ticksItem.setValue({ ...all, [formKey]: [...new Set(ticks)].sort((a, b) => a - b) });
}
