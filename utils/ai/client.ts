/**
 * The panel's AI client: the real SDK pointed at the configured base URL (Anthropic's, an organisation's
 * gateway, or a test server), and the checks the Settings view makes when a key is saved — one cheap call
 * (the models list) that proves the key and lists the models to choose from.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { AiSettings } from '../storage';
import { explainError, type AiErrorInfo } from './errors';

/** The panel retries on the user's click, so the SDK does not retry on its own (a 429 would wait silently). */
const MAX_RETRIES = 0;
const TIMEOUT_MS = 60_000;

export function createClient(settings: Pick<AiSettings, 'apiKey' | 'baseUrl'>, timeout = TIMEOUT_MS): Anthropic {
  return new Anthropic({
    apiKey: settings.apiKey.trim(),
    baseURL: settings.baseUrl.replace(/\/+$/, ''),
    maxRetries: MAX_RETRIES,
    timeout,
    // The key lives in the extension's own storage and goes only to the configured endpoint (DESIGN.md).
    dangerouslyAllowBrowser: true,
  });
}

export type KeyCheck = { ok: true; models: string[] } | { ok: false; error: AiErrorInfo };

/** Whether the key works at this base URL, with the models it may use (newest first, as the API lists). */
export async function checkKey(settings: Pick<AiSettings, 'apiKey' | 'baseUrl'>, timeout?: number): Promise<KeyCheck> {
  if (!settings.apiKey.trim()) return { ok: false, error: explainError({ status: 401 }) };
  try {
    const models: string[] = [];
    for await (const m of createClient(settings, timeout).models.list({ limit: 100 })) models.push(m.id);
    return { ok: true, models };
  } catch (err) {
    return { ok: false, error: explainError(err) };
  }
}

/** The model to use: the chosen one while the API still lists it, else the first listed (with a notice). */
export function pickModel(available: readonly string[], wanted: string): { model: string; fellBack: boolean } {
  if (available.length === 0 || available.includes(wanted)) return { model: wanted, fellBack: false };
  const sameFamily = available.find((id) => id.split('-').slice(0, 2).join('-') === wanted.split('-').slice(0, 2).join('-'));
  return { model: sameFamily ?? available[0]!, fellBack: true };
}
