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

/** Origins ("https://example.org") the user switched Jendela on for, remembered across sessions. */
const sitesSchema = z.array(z.string().regex(/^https?:\/\/[^/]+$/));

function validated<T>(schema: z.ZodType<T>, fallback: T) {
  return (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
}

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });
const sitesItem = storage.defineItem<unknown>('local:activatedSites', { fallback: [], version: 1 });

const parseSettings = validated(settingsSchema, DEFAULT_SETTINGS);
const parseSites = validated(sitesSchema, []);

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
