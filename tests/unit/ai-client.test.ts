// @vitest-environment node
/** The Settings view's key check and model choice, with the real SDK against the local Messages API server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKey, pickModel } from '../../utils/ai/client';
import { apiError, startAnthropicServer, type AnthropicServer } from '../anthropic-server';

describe('AI client', () => {
  let server: AnthropicServer;
  beforeAll(async () => {
    server = await startAnthropicServer({ apiKey: 'sk-ant-valid' });
  });
  afterAll(() => server.close());

  it('accepts a working key and lists the models, sending the key only to the configured base URL', async () => {
    const res = await checkKey({ apiKey: ' sk-ant-valid ', baseUrl: `${server.baseURL}/` });
    expect(res).toEqual({ ok: true, models: expect.arrayContaining(['claude-sonnet-4-6']) });
    const last = server.requests.at(-1)!;
    expect(last.path).toBe('/v1/models');
    expect(last.apiKey).toBe('sk-ant-valid');
  });

  it('says plainly when the key is wrong or missing', async () => {
    const wrong = await checkKey({ apiKey: 'sk-ant-revoked', baseUrl: server.baseURL });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'auth' } });
    if (!wrong.ok) expect(wrong.error.message_id).toMatch(/Kunci API ditolak/);
    expect(await checkKey({ apiKey: '  ', baseUrl: server.baseURL })).toMatchObject({ ok: false, error: { code: 'auth' } });
  });

  it('reports an overloaded API and an unreachable gateway as such', async () => {
    server.script(apiError('overloaded'));
    expect(await checkKey({ apiKey: 'sk-ant-valid', baseUrl: server.baseURL })).toMatchObject({ ok: false, error: { code: 'overloaded' } });
    expect(await checkKey({ apiKey: 'sk-ant-valid', baseUrl: 'http://127.0.0.1:9' }, 2_000)).toMatchObject({ ok: false, error: { code: 'connection' } });
  });

  it('keeps the chosen model while it is listed, and falls back with a notice when it disappears', () => {
    const models = ['claude-opus-4-7', 'claude-sonnet-4-6', 'claude-haiku-4-5'];
    expect(pickModel(models, 'claude-haiku-4-5')).toEqual({ model: 'claude-haiku-4-5', fellBack: false });
    expect(pickModel(models, 'claude-sonnet-4-5')).toEqual({ model: 'claude-sonnet-4-6', fellBack: true });
    expect(pickModel(models, 'gpt-legacy')).toEqual({ model: 'claude-opus-4-7', fellBack: true });
  });
});
