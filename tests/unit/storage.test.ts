/** Persisted state survives damage: every item falls back safely, field by field where it can. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_AI_SETTINGS, DEFAULT_SETTINGS, loadActivatedSites, loadAiSettings, loadSettings, saveAiSettings, saveSettings,
} from '../../utils/storage';

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives defaults when nothing is stored, and keeps what is saved', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadAiSettings()).toEqual(DEFAULT_AI_SETTINGS);
    await saveSettings({ language: 'en' });
    await saveAiSettings({ apiKey: 'sk-ant-test', baseUrl: 'https://gateway.bapperida.example/anthropic' });
    expect(await loadSettings()).toEqual({ language: 'en' });
    expect(await loadAiSettings()).toMatchObject({ apiKey: 'sk-ant-test', baseUrl: 'https://gateway.bapperida.example/anthropic' });
  });

  it('falls back when an entry is damaged, without losing the parts that are fine', async () => {
    await fakeBrowser.storage.local.set({
      settings: 'not an object',
      activatedSites: ['https://ok.example.org', 42, 'javascript:alert(1)'],
      ai: { apiKey: 'sk-ant-keep', baseUrl: 'ftp://nope', model: 7, outputLanguage: 'fr', includeContext: 'yes' },
    });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadActivatedSites()).toEqual(['https://ok.example.org']);
    expect(await loadAiSettings()).toEqual({ ...DEFAULT_AI_SETTINGS, apiKey: 'sk-ant-keep' });
    await fakeBrowser.storage.local.set({ ai: [1, 2, 3] });
    expect(await loadAiSettings()).toEqual(DEFAULT_AI_SETTINGS);
  });
});
