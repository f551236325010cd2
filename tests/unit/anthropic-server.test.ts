// @vitest-environment node
// The local Messages API stand-in, driven by the real SDK through its baseURL setting.
import Anthropic, {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ContentTooLargeError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiError, defaultReply, startAnthropicServer, type AnthropicServer } from '../anthropic-server';

const KEY = 'sk-ant-test-valid';
const MODEL = 'claude-haiku-4-5';
let server: AnthropicServer;

function client(options: { apiKey?: string; timeout?: number } = {}) {
  return new Anthropic({ apiKey: options.apiKey ?? KEY, baseURL: server.baseURL, maxRetries: 0, timeout: options.timeout ?? 5000 });
}

const SYSTEM = [
  { type: 'text' as const, text: 'Anda membantu ASN menulis proposal inovasi. Aturan: jangan menambah fakta.', cache_control: { type: 'ephemeral' as const } },
];
const params = (text: string) => ({
  model: MODEL,
  max_tokens: 512,
  system: SYSTEM,
  messages: [{ role: 'user' as const, content: `Perjelas teks berikut.\n<teks>${text}</teks>` }],
});

/** The rejection of `promise`, failing the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  server = await startAnthropicServer({ apiKey: KEY, models: ['claude-sonnet-4-6', 'claude-opus-4-7', MODEL] });
});
afterAll(() => server.close());
afterEach(() => {
  expect(server.pending()).toBe(0);
  server.reset();
});

describe('messages', () => {
  it('answers JSON with a deterministic reply and records the request', async () => {
    const message = await client().messages.create(params('Layanan   antar obat ke rumah lansia.'));
    expect(message.type).toBe('message');
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Versi baru: Layanan antar obat ke rumah lansia.' });
    expect(message.stop_reason).toBe('end_turn');
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(message._request_id).toBe(server.requests[0]!.id);

    const [req] = server.requests;
    expect(req).toMatchObject({ method: 'POST', path: '/v1/messages', apiKey: KEY, completed: true, aborted: false });
    expect(req!.anthropicVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(req!.headers['content-type']).toContain('application/json');
    expect(req!.body?.system).toEqual(SYSTEM);
    expect((req!.body?.system as Array<{ cache_control?: unknown }>)[0]!.cache_control).toEqual({ type: 'ephemeral' });
  });

  it('streams events in order; text deltas and finalMessage usage (cache read on the second call)', async () => {
    await client().messages.create(params('Pertama.')); // writes the cached prefix
    const stream = client().messages.stream(params('Program Posyandu digital menjangkau 1.200 balita.'));
    const types: string[] = [];
    const deltas: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    stream.on('text', (delta) => deltas.push(delta));
    const final = await stream.finalMessage();

    const expected = defaultReply(server.requests[1]!.body!);
    expect(expected).toBe('Versi baru: Program Posyandu digital menjangkau 1.200 balita.');
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(expected);
    expect(types[0]).toBe('message_start');
    expect(types[1]).toBe('content_block_start');
    expect(types.filter((t) => t === 'content_block_delta')).toHaveLength(deltas.length);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    expect(final.content[0]).toMatchObject({ type: 'text', text: expected });
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.output_tokens).toBe(Math.ceil(expected.length / 4));
    expect(final.usage.cache_read_input_tokens).toBeGreaterThan(0);
    expect(final.usage.cache_creation_input_tokens).toBe(0);
    expect(server.requests[1]).toMatchObject({ stream: true, completed: true, deltasSent: deltas.length, textSent: expected });
  });

  it('streams scripted text slowly, several words per delta', async () => {
    server.script({ kind: 'reply', text: 'Satu dua tiga empat lima enam', wordsPerDelta: 2, delayMs: 20, usage: { input_tokens: 42 } });
    const started = Date.now();
    const deltas: string[] = [];
    const stream = client().messages.stream(params('x')).on('text', (d) => deltas.push(d));
    const final = await stream.finalMessage();
    expect(deltas).toEqual(['Satu dua ', 'tiga empat ', 'lima enam']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(final.usage.input_tokens).toBe(42);
  });

  it('pauses before the first delta when asked, and records when that delta was written', async () => {
    server.script({ kind: 'reply', text: 'Satu dua tiga', firstDeltaDelayMs: 60 });
    const events: Array<[string, number]> = [];
    const stream = client().messages.stream(params('x'));
    stream.on('streamEvent', (event) => events.push([event.type, performance.timeOrigin + performance.now()]));
    await stream.finalMessage();
    const opened = events.find(([type]) => type === 'message_start')![1];
    const firstText = events.find(([type]) => type === 'content_block_delta')![1];
    expect(firstText - opened).toBeGreaterThanOrEqual(50);
    const sentAt = server.requests[0]!.firstDeltaAt!;
    expect(sentAt).toBeGreaterThan(opened);
    expect(sentAt).toBeLessThanOrEqual(firstText);
    expect(server.requests[0]!.deltasSent).toBe(3);
  });

  it('counts tokens', async () => {
    const count = await client().messages.countTokens({ model: MODEL, system: SYSTEM, messages: params('abcd').messages });
    expect(count.input_tokens).toBeGreaterThan(0);
  });

  it('cuts at max_tokens', async () => {
    const message = await client().messages.create({ ...params('a '.repeat(200)), max_tokens: 5 });
    expect(message.stop_reason).toBe('max_tokens');
    expect((message.content[0] as { text: string }).text).toHaveLength(20);
  });
});

describe('tool use', () => {
  const TOOL = {
    name: 'nilai_proposal',
    description: 'Nilai per kriteria.',
    input_schema: { type: 'object' as const, properties: { skor: { type: 'integer' } }, required: ['skor'] },
  };
  const forced = (extra: object = {}) => ({ ...params('x'), tools: [TOOL], tool_choice: { type: 'tool' as const, name: TOOL.name }, ...extra });
  const INPUT = { skor: 72, catatan: 'Data sebelum dan sesudah sudah ada; sumber data belum disebut.' };

  it('streams a scripted tool_use block as input_json_delta pieces, stop reason tool_use', async () => {
    server.script({ kind: 'reply', tool: { name: TOOL.name, input: INPUT, jsonPerDelta: 10 } });
    const stream = client().messages.stream(forced());
    const partial: string[] = [];
    stream.on('inputJson', (piece) => partial.push(piece));
    const final = await stream.finalMessage();
    expect(partial.length).toBe(Math.ceil(JSON.stringify(INPUT).length / 10));
    expect(partial.join('')).toBe(JSON.stringify(INPUT));
    expect(final.stop_reason).toBe('tool_use');
    expect(final.content[0]).toMatchObject({ type: 'tool_use', name: TOOL.name, input: INPUT });
    expect(server.requests[0]!.body!.tool_choice).toEqual({ type: 'tool', name: TOOL.name });
  });

  it('answers a tool_use block as JSON, and the default tool answer for forced tools', async () => {
    const own = await startAnthropicServer({ apiKey: KEY, toolReply: (body) => ({ name: TOOL.name, input: { skor: (body.tools as unknown[]).length } }) });
    try {
      const c = new Anthropic({ apiKey: KEY, baseURL: own.baseURL, maxRetries: 0 });
      const message = await c.messages.create({ ...forced(), model: 'claude-sonnet-4-6' });
      expect(message.content[0]).toMatchObject({ type: 'tool_use', name: TOOL.name, input: { skor: 1 } });
      expect(message.stop_reason).toBe('tool_use');
      // Not forced: text as usual.
      const text = await c.messages.create({ ...params('Halo'), model: 'claude-sonnet-4-6' });
      expect(text.content[0]).toMatchObject({ type: 'text' });
    } finally {
      await own.close();
    }
  });

  it('sends malformed JSON as it is, and cuts the JSON at max_tokens', async () => {
    server.script({ kind: 'reply', tool: { name: TOOL.name, input: null, raw: '{"skor": 7' } });
    const raw: string[] = [];
    for await (const e of await client().messages.create({ ...forced(), stream: true })) {
      if (e.type === 'content_block_delta' && e.delta.type === 'input_json_delta') raw.push(e.delta.partial_json);
    }
    expect(raw.join('')).toBe('{"skor": 7');
    server.script({ kind: 'reply', tool: { name: TOOL.name, input: INPUT } });
    let cut = '';
    let stop: string | null = null;
    for await (const e of await client().messages.create({ ...forced({ max_tokens: 4 }), stream: true })) {
      if (e.type === 'content_block_delta' && e.delta.type === 'input_json_delta') cut += e.delta.partial_json;
      if (e.type === 'message_delta') stop = e.delta.stop_reason;
    }
    expect(cut).toBe(JSON.stringify(INPUT).slice(0, 16));
    expect(stop).toBe('max_tokens');
  });
});

describe('models', () => {
  it('lists the configured models, paginated', async () => {
    const ids: string[] = [];
    for await (const model of client().models.list({ limit: 2 })) ids.push(model.id);
    expect(ids).toEqual(['claude-sonnet-4-6', 'claude-opus-4-7', MODEL]);
    expect(server.requests.map((r) => r.query)).toEqual([{ limit: '2' }, { limit: '2', after_id: 'claude-opus-4-7' }]);

    const page = await client().models.list();
    expect(page.data.map((m) => m.id)).toEqual(ids);
    expect(page).toMatchObject({ has_more: false, first_id: 'claude-sonnet-4-6', last_id: MODEL });
    expect((await client().models.retrieve(MODEL)).display_name).toBeTruthy();
    expect(await rejection(client().models.retrieve('claude-gone-1'))).toBeInstanceOf(NotFoundError);
  });

  it('answers 404 for a model that is not served', async () => {
    const error = await rejection(client().messages.create({ ...params('x'), model: 'claude-gone-1' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as APIError).type).toBe('not_found_error');
  });
});

describe('errors', () => {
  it('401 for any other key', async () => {
    const error = await rejection(client({ apiKey: 'sk-ant-wrong' }).models.list());
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, type: 'authentication_error' });
    expect((error as APIError).requestID).toBe(server.requests[0]!.id);
    expect(server.requests[0]!.apiKey).toBe('sk-ant-wrong');
  });

  it('checks x-api-key too (what a raw fetch or another SDK sends)', async () => {
    const call = (key: string) => fetch(`${server.baseURL}/v1/models`, { headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });
    expect((await call(KEY)).status).toBe(200);
    const wrong = await call('nope');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('request-id')).toBe(server.requests[1]!.id);
    expect(await wrong.json()).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: 'invalid x-api-key' },
      request_id: server.requests[1]!.id,
    });
    expect(server.requests.map((r) => [r.apiKey, r.anthropicVersion])).toEqual([[KEY, '2023-06-01'], ['nope', '2023-06-01']]);
  });

  it('billing: 402 and 400 credit balance', async () => {
    server.script(apiError('billing'), apiError('credit_balance'));
    const e402 = await rejection(client().messages.create(params('x')));
    expect(e402).toBeInstanceOf(PaymentRequiredError);
    expect(e402).toMatchObject({ status: 402, type: 'billing_error' });
    const e400 = await rejection(client().messages.create(params('x')));
    expect(e400).toBeInstanceOf(BadRequestError);
    expect((e400 as APIError).apiMessage).toMatch(/credit balance is too low/);
  });

  it('429 with a readable retry-after', async () => {
    server.script(apiError('rate_limit', { headers: { 'retry-after': '7' } }));
    const error = await rejection(client().messages.stream(params('x')).finalMessage());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).status).toBe(429);
    expect((error as RateLimitError).headers?.get('retry-after')).toBe('7');
  });

  it('529 and 503 are InternalServerError', async () => {
    server.script(apiError('overloaded'), apiError('unavailable'));
    const e529 = await rejection(client().messages.create(params('x')));
    expect(e529).toBeInstanceOf(InternalServerError);
    expect(e529).toMatchObject({ status: 529, type: 'overloaded_error' });
    const e503 = await rejection(client().messages.create(params('x')));
    expect(e503).toBeInstanceOf(InternalServerError);
    expect((e503 as APIError).status).toBe(503);
  });

  it('413 request too large, scripted and by size; 400 prompt too long', async () => {
    server.script(apiError('request_too_large'));
    expect(await rejection(client().messages.create(params('x')))).toBeInstanceOf(ContentTooLargeError);

    const small = await startAnthropicServer({ maxBodyBytes: 2000, maxInputTokens: 100 });
    try {
      const c = new Anthropic({ apiKey: 'any', baseURL: small.baseURL, maxRetries: 0 });
      const tooBig = await rejection(c.messages.create(params('z'.repeat(3000))));
      expect(tooBig).toMatchObject({ status: 413, type: 'request_too_large' });
      const tooLong = await rejection(c.messages.create(params('z'.repeat(1000))));
      expect(tooLong).toBeInstanceOf(BadRequestError);
      expect((tooLong as APIError).apiMessage).toMatch(/^prompt is too long: \d+ tokens > 100 maximum$/);
    } finally {
      await small.close();
    }
  });

  it('an error event mid-stream rejects the stream', async () => {
    server.script({ kind: 'stream-error', afterDeltas: 2, type: 'overloaded_error', message: 'Overloaded' });
    const deltas: string[] = [];
    const error = await rejection(client().messages.stream(params('satu dua tiga empat')).on('text', (d) => deltas.push(d)).finalMessage());
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).type).toBe('overloaded_error');
    expect(deltas).toHaveLength(2);
  });
});

describe('connections', () => {
  it('a connection dropped before the answer is an APIConnectionError', async () => {
    server.script({ kind: 'drop', afterDeltas: 0 });
    const error = await rejection(client().messages.create(params('x')));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests[0]).toMatchObject({ dropped: true, aborted: false, status: undefined });
  });

  // SDK 1.14: once the SSE body has started, a cut connection surfaces as a plain AnthropicError ("terminated" in
  // Node, wrapping undici's TypeError), not as APIConnectionError: the panel's error mapping must treat it as such.
  it('a connection dropped mid-stream rejects the stream after the first deltas', async () => {
    server.script({ kind: 'drop', afterDeltas: 3 });
    const deltas: string[] = [];
    const stream = client().messages.stream(params('satu dua tiga empat lima enam')).on('text', (d) => deltas.push(d));
    const error = await rejection(stream.finalMessage());
    expect(error).toBeInstanceOf(AnthropicError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(deltas.join('')).toBe('Versi baru: satu ');
    expect(server.requests[0]).toMatchObject({ dropped: true, deltasSent: 3, completed: false });
  });

  it('a request that never answers times out (APIConnectionTimeoutError) and is seen as aborted', async () => {
    server.script({ kind: 'hang' });
    const error = await rejection(client({ timeout: 150 }).messages.create(params('x')));
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await server.waitFor((r) => r[0]?.aborted === true);
    expect(server.requests[0]).toMatchObject({ answer: 'hang', completed: false });
  });

  it('stream.abort() mid-stream is recorded server-side', async () => {
    server.script({ kind: 'reply', text: 'kata '.repeat(200).trim(), delayMs: 10 });
    const stream = client().messages.stream(params('x'));
    let seen = 0;
    stream.on('text', () => {
      if (++seen === 3) stream.abort();
    });
    await rejection(stream.done());
    expect(stream.aborted).toBe(true);
    await server.waitFor((r) => r[0]?.aborted === true);
    expect(server.requests[0]!.completed).toBe(false);
    expect(server.requests[0]!.deltasSent).toBeLessThan(200);
  });
});

describe('CORS', () => {
  it('answers a preflight and exposes request-id and retry-after', async () => {
    const preflight = await fetch(`${server.baseURL}/v1/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnop',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key,anthropic-version,anthropic-dangerous-direct-browser-access,content-type,x-stainless-os',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('anthropic-dangerous-direct-browser-access');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(server.preflights).toHaveLength(1);
    expect(server.requests).toHaveLength(0);

    server.script(apiError('rate_limit'));
    const limited = await fetch(`${server.baseURL}/v1/messages`, { method: 'POST', headers: { 'x-api-key': KEY }, body: '{}' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('access-control-allow-origin')).toBe('*');
    expect(limited.headers.get('access-control-expose-headers')).toMatch(/request-id.*retry-after/);
    expect(await limited.json()).toMatchObject({ type: 'error', error: { type: 'rate_limit_error' } });
  });

  it('the browser-mode client sends the direct-access header', async () => {
    const browserish = new Anthropic({ apiKey: KEY, baseURL: server.baseURL, maxRetries: 0, dangerouslyAllowBrowser: true });
    await browserish.models.list();
    expect(server.requests[0]!.headers['anthropic-dangerous-direct-browser-access']).toBe('true');
    // SDK 1.x sends `apiKey` as a bearer token; the server accepts it and x-api-key alike.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]!.apiKey).toBe(KEY);
  });
});
