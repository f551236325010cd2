/**
 * A local stand-in for the Anthropic Messages API (node:http, no framework), for tests that drive the real
 * `@anthropic-ai/sdk` client through its `baseURL` setting. It listens on 127.0.0.1 only.
 *
 *   POST /v1/messages               JSON, or server-sent events with `stream: true`, in the real order:
 *                                   message_start, content_block_start, ping, content_block_delta (text_delta)…,
 *                                   content_block_stop, message_delta, message_stop
 *   POST /v1/messages/count_tokens  { input_tokens } (the same rough estimate as the usage figures)
 *   GET  /v1/models                 paginated list ({ data, has_more, first_id, last_id }; limit, after_id, before_id)
 *   GET  /v1/models/{id}            one model, or 404 not_found_error
 *   OPTIONS *                       CORS preflight (the panel calls from a chrome-extension:// origin)
 *
 * What a request gets, in this order:
 *   1. the next scripted behaviour that fits it (`script()`; a `reply`/`stream-error` fits /v1/messages only);
 *   2. otherwise automatic answers: 413 past `maxBodyBytes`, 401 for a key other than `apiKey` (or none),
 *      400 for a missing `model`/`max_tokens`/`messages`, 404 for a model not in `models`,
 *      400 "prompt is too long" past `maxInputTokens`;
 *   3. otherwise a reply whose text is `options.reply(body)` (default `defaultReply`: a deterministic echo of the
 *      last user turn), cut at `max_tokens` (stop_reason "max_tokens"); a request that forces a tool gets
 *      `options.toolReply(body)` as a `tool_use` block (input_json_delta events when streamed) when it is set.
 *
 * Usage is deterministic: tokens = ceil(characters / 4). When the request marks a prefix with `cache_control`
 * (tools → system → messages, up to the last marked block), the first request with that prefix reports it as
 * `cache_creation_input_tokens` and later identical prefixes as `cache_read_input_tokens`.
 *
 * Every API request is recorded in `requests` (preflights in `preflights`), with headers, the parsed body, the
 * answer given, when its first text delta was written (`firstDeltaAt`, for latency benchmarks) and whether the
 * client went away before the answer ended (`aborted`).
 *
 * CLI for manual poking: `npx tsx tests/anthropic-server.ts [port] [valid-key]` (port 8787).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------------------------------------- types

export type StopReason = 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal';

export interface UsageNumbers {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/** A normal answer. Streamed when the request asks for `stream: true`, JSON otherwise. */
export interface ReplyBehaviour {
  kind: 'reply';
  /** The text of the answer; default `options.reply(body)`. */
  text?: string;
  /** Words per `content_block_delta` (default `options.wordsPerDelta`, 1). */
  wordsPerDelta?: number;
  /** Milliseconds between deltas: a slow stream (default `options.deltaDelayMs`, 0). Not before the first delta. */
  delayMs?: number;
  /**
   * Milliseconds between the stream's opening events (message_start, content_block_start, ping) and the first
   * text delta: the stream is open, the text not there yet (as while the model thinks). Default 0.
   */
  firstDeltaDelayMs?: number;
  /** Milliseconds before the response headers (and, for JSON, the whole answer). */
  firstByteDelayMs?: number;
  stopReason?: StopReason;
  /** Overrides of the computed usage figures. */
  usage?: Partial<UsageNumbers>;
  /** Extra response headers. */
  headers?: Record<string, string>;
  /**
   * Answer with one `tool_use` block instead of text (as with a forced `tool_choice`): streamed as
   * `input_json_delta` pieces of `jsonPerDelta` characters, stop reason `tool_use`. `raw` is sent instead of
   * `JSON.stringify(input)` (a malformed answer); the JSON answer then carries `input` as given.
   */
  tool?: ToolAnswer;
}

export interface ToolAnswer {
  name: string;
  input: unknown;
  raw?: string;
  /** Characters per `input_json_delta` (default 40). */
  jsonPerDelta?: number;
}

/** An API error: `{ type: 'error', error: { type, message }, request_id }` with its status and `request-id`. */
export interface ErrorBehaviour {
  kind: 'error';
  status: number;
  type: string;
  message: string;
  /** Extra response headers, e.g. `retry-after`, `x-should-retry`. */
  headers?: Record<string, string>;
  /** Milliseconds before answering. */
  delayMs?: number;
  /** Match only this path (e.g. '/v1/models'); default any API request. */
  path?: string;
}

/**
 * The connection is destroyed. With `afterDeltas: 0` on any request it happens before any response byte (the SDK
 * sees a connection error); on a stream with `afterDeltas: n` it happens after n text deltas.
 */
export interface DropBehaviour {
  kind: 'drop';
  afterDeltas: number;
  delayMs?: number;
  path?: string;
}

/** The request is read and never answered (for client timeouts). The socket closes only when the client gives up. */
export interface HangBehaviour {
  kind: 'hang';
  path?: string;
}

/** A stream that starts fine and then sends an `event: error` (as the API does when it overloads mid-stream). */
export interface StreamErrorBehaviour {
  kind: 'stream-error';
  afterDeltas: number;
  type?: string;
  message?: string;
  text?: string;
  delayMs?: number;
}

export type Behaviour = ReplyBehaviour | ErrorBehaviour | DropBehaviour | HangBehaviour | StreamErrorBehaviour;

export interface RecordedRequest {
  /** The `request-id` this server answered with. */
  id: string;
  method: string;
  /** Path without the query string, e.g. '/v1/messages'. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /**
   * The key sent: `x-api-key`, else the token of `authorization: Bearer …` (SDK 1.x sends `apiKey` that way), and a
   * copy of `headers['anthropic-version']`.
   */
  apiKey: string | undefined;
  anthropicVersion: string | undefined;
  /** The parsed JSON body (null for none or unparsable; see `rawBody`). */
  body: MessagesBody | null;
  rawBody: string;
  receivedAt: number;
  /** What the server did: 'reply', 'error', 'drop', 'hang', 'stream-error', 'models', 'count_tokens', 'not_found'. */
  answer: string;
  /** Whether the request was answered as server-sent events. */
  stream: boolean;
  /** HTTP status sent (undefined for a drop before headers, or a hang). */
  status: number | undefined;
  /** Text deltas written so far. */
  deltasSent: number;
  /**
   * When the first text delta was written: `performance.timeOrigin + performance.now()` (epoch ms, sub-ms) taken
   * right before the write, comparable with the same expression in a browser page on this machine.
   */
  firstDeltaAt: number | undefined;
  /** The text sent in deltas (or the JSON reply's text). */
  textSent: string;
  /** The full response was written. */
  completed: boolean;
  /** The client closed the connection before the response ended (stream.abort(), timeout, …). */
  aborted: boolean;
  /** The server destroyed the connection on purpose (`drop`). */
  dropped: boolean;
}

/** The parts of a Messages request body this server reads; everything else is kept as is. */
export interface MessagesBody {
  model?: unknown;
  max_tokens?: unknown;
  stream?: unknown;
  system?: unknown;
  messages?: unknown;
  tools?: unknown;
  [key: string]: unknown;
}

export interface ModelSpec {
  id: string;
  display_name?: string;
  created_at?: string;
}

export interface AnthropicServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The one valid key. Unset: any non-empty `x-api-key` (or `authorization: Bearer …`) is accepted. */
  apiKey?: string;
  /** Model ids (or specs) served by /v1/models and accepted by /v1/messages (newest first). */
  models?: Array<string | ModelSpec>;
  /** Answer 404 for a /v1/messages model not in `models` (default true, as the API does). */
  strictModels?: boolean;
  /** Text of a default reply (default `defaultReply`). */
  reply?: (body: MessagesBody) => string;
  /** A default tool answer for requests that force a tool (`tool_choice: { type: 'tool' }`); none: text. */
  toolReply?: (body: MessagesBody) => ToolAnswer | undefined;
  wordsPerDelta?: number;
  deltaDelayMs?: number;
  /** Bodies larger than this get 413 request_too_large (default 32 MiB, the API's limit). */
  maxBodyBytes?: number;
  /** Estimated input tokens above this get 400 "prompt is too long" (default 200 000). */
  maxInputTokens?: number;
}

export interface AnthropicServer {
  port: number;
  /** http://127.0.0.1:PORT — what the SDK's `baseURL` should be (the SDK appends /v1/…). */
  baseURL: string;
  close(): Promise<void>;
  /** API requests in arrival order (not preflights). */
  requests: RecordedRequest[];
  /** CORS preflights in arrival order. */
  preflights: RecordedRequest[];
  /** Queue behaviours for the next requests they fit, first in first out. */
  script(...next: Behaviour[]): void;
  /** Behaviours still queued. */
  pending(): number;
  /** Resolve once `predicate(requests)` holds (polled every 5 ms), reject after `timeoutMs` (default 2000). */
  waitFor(predicate: (requests: RecordedRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Forget recorded requests, queued behaviours and the prompt cache. */
  reset(): void;
}

// ------------------------------------------------------------------------------------------ presets

export const DEFAULT_MODELS = ['claude-sonnet-4-6', 'claude-opus-4-7', 'claude-haiku-4-5'];

const CREDIT_MESSAGE =
  'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.';

/** The API's error answers, with the status codes and bodies the real service sends. */
export const API_ERRORS = {
  invalid_request: { status: 400, type: 'invalid_request_error', message: 'messages: at least one message is required' },
  authentication: { status: 401, type: 'authentication_error', message: 'invalid x-api-key' },
  /** No credit, as the API reports it today: 400 invalid_request_error. */
  credit_balance: { status: 400, type: 'invalid_request_error', message: CREDIT_MESSAGE },
  /** No credit as a 402 billing_error. */
  billing: { status: 402, type: 'billing_error', message: CREDIT_MESSAGE },
  permission: { status: 403, type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  not_found: { status: 404, type: 'not_found_error', message: 'The requested resource could not be found.' },
  request_too_large: { status: 413, type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  prompt_too_long: { status: 400, type: 'invalid_request_error', message: 'prompt is too long: 215000 tokens > 200000 maximum' },
  rate_limit: {
    status: 429,
    type: 'rate_limit_error',
    message: 'This request would exceed the rate limit for your organization of 50 requests per minute.',
    headers: { 'retry-after': '12' },
  },
  api_error: { status: 500, type: 'api_error', message: 'Internal server error' },
  unavailable: { status: 503, type: 'api_error', message: 'Service Unavailable' },
  timeout: { status: 504, type: 'timeout_error', message: 'Request timed out' },
  overloaded: { status: 529, type: 'overloaded_error', message: 'Overloaded' },
} satisfies Record<string, Omit<ErrorBehaviour, 'kind'>>;

export type ApiErrorName = keyof typeof API_ERRORS;

/** `apiError('rate_limit', { headers: { 'retry-after': '3' } })` → an ErrorBehaviour for `script()`. */
export function apiError(name: ApiErrorName, overrides: Partial<Omit<ErrorBehaviour, 'kind'>> = {}): ErrorBehaviour {
  const preset: Omit<ErrorBehaviour, 'kind'> = API_ERRORS[name];
  return {
    kind: 'error',
    ...preset,
    ...overrides,
    headers: { ...preset.headers, ...overrides.headers },
  };
}

// ---------------------------------------------------------------------------------- text and usage

/** Plain text of a `system` or message `content` value (string or array of blocks). */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((block: unknown) =>
      block && typeof block === 'object' && typeof (block as { text?: unknown }).text === 'string'
        ? (block as { text: string }).text
        : '',
    )
    .filter(Boolean)
    .join('\n');
}

/** Text of the last `user` message of a request body ('' when there is none). */
export function lastUserText(body: MessagesBody): string {
  const messages = Array.isArray(body.messages) ? (body.messages as unknown[]) : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as { role?: unknown; content?: unknown } | null;
    if (m && m.role === 'user') return textOf(m.content);
  }
  return '';
}

/**
 * The default reply: "Versi baru: " + the last user turn with runs of whitespace collapsed. When that turn holds
 * tag-delimited material (`<teks>…</teks>`, `<field …>…</field>` or any `<x>…</x>`), the last such block's inner
 * text is echoed instead of the whole turn.
 */
export function defaultReply(body: MessagesBody): string {
  const user = lastUserText(body);
  const tagged = [...user.matchAll(/<([a-zA-Z][\w-]*)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)];
  const material = tagged.length ? tagged[tagged.length - 1]![2]! : user;
  const clean = material.replace(/\s+/g, ' ').trim();
  return `Versi baru: ${clean || '(kosong)'}`;
}

/** Rough token count used by every usage figure: ceil(characters / 4). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function hasCacheControl(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'cache_control' in value && !!(value as { cache_control?: unknown }).cache_control;
}

/** Blocks in prompt order (tools, system, messages' content) as JSON strings, with whether each is marked. */
function promptBlocks(body: MessagesBody): Array<{ json: string; text: string; marked: boolean }> {
  const blocks: Array<{ json: string; text: string; marked: boolean }> = [];
  const push = (value: unknown) =>
    blocks.push({
      json: JSON.stringify(value),
      text: typeof value === 'string' ? value : textOf([value]) || JSON.stringify(value),
      marked: hasCacheControl(value),
    });
  if (Array.isArray(body.tools)) body.tools.forEach(push);
  if (typeof body.system === 'string') push(body.system);
  else if (Array.isArray(body.system)) body.system.forEach(push);
  if (Array.isArray(body.messages)) {
    for (const m of body.messages as Array<{ role?: unknown; content?: unknown }>) {
      if (typeof m?.content === 'string') push(`${String(m.role)}: ${m.content}`);
      else if (Array.isArray(m?.content)) m.content.forEach(push);
    }
  }
  return blocks;
}

// ------------------------------------------------------------------------------------------- server

const CORS_ALLOW_HEADERS = [
  'x-api-key', 'authorization', 'anthropic-version', 'anthropic-beta', 'anthropic-dangerous-direct-browser-access',
  'content-type', 'accept', 'user-agent', 'x-stainless-lang', 'x-stainless-package-version', 'x-stainless-os',
  'x-stainless-arch', 'x-stainless-runtime', 'x-stainless-runtime-version', 'x-stainless-retry-count',
  'x-stainless-timeout', 'x-stainless-helper', 'x-stainless-helper-method', 'idempotency-key',
].join(', ');
const CORS_EXPOSE_HEADERS = 'request-id, retry-after, retry-after-ms, x-should-retry, anthropic-organization-id';

function corsHeaders(): Record<string, string> {
  return { 'access-control-allow-origin': '*', 'access-control-expose-headers': CORS_EXPOSE_HEADERS };
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export async function startAnthropicServer(options: AnthropicServerOptions = {}): Promise<AnthropicServer> {
  const models: Required<ModelSpec>[] = (options.models ?? DEFAULT_MODELS).map((m, i) => {
    const spec = typeof m === 'string' ? { id: m } : m;
    return {
      id: spec.id,
      display_name: spec.display_name ?? spec.id.replace(/^claude-/, 'Claude ').replace(/-/g, ' '),
      created_at: spec.created_at ?? new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
    };
  });
  const strictModels = options.strictModels ?? true;
  const reply = options.reply ?? defaultReply;
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024;
  const maxInputTokens = options.maxInputTokens ?? 200_000;

  const requests: RecordedRequest[] = [];
  const preflights: RecordedRequest[] = [];
  let queue: Behaviour[] = [];
  let cachedPrefixes = new Set<string>();
  let counter = 0;
  const sockets = new Set<Socket>();

  function takeBehaviour(path: string): Behaviour | undefined {
    const index = queue.findIndex((b) => {
      if (b.kind === 'reply' || b.kind === 'stream-error') return path === '/v1/messages';
      return b.path === undefined || b.path === path;
    });
    if (index < 0) return undefined;
    return queue.splice(index, 1)[0];
  }

  function usageFor(body: MessagesBody, outputText: string, override?: Partial<UsageNumbers>): UsageNumbers {
    const blocks = promptBlocks(body);
    const total = blocks.reduce((n, b) => n + estimateTokens(b.text), 0);
    let lastMarked = -1;
    blocks.forEach((b, i) => {
      if (b.marked) lastMarked = i;
    });
    let creation = 0;
    let read = 0;
    if (lastMarked >= 0) {
      const prefix = blocks.slice(0, lastMarked + 1);
      const key = prefix.map((b) => b.json).join('\u0000');
      const tokens = prefix.reduce((n, b) => n + estimateTokens(b.text), 0);
      if (cachedPrefixes.has(key)) read = tokens;
      else {
        creation = tokens;
        cachedPrefixes.add(key);
      }
    }
    return {
      input_tokens: Math.max(1, total - creation - read),
      output_tokens: estimateTokens(outputText),
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: read,
      ...override,
    };
  }

  function fullUsage(u: UsageNumbers) {
    return {
      input_tokens: u.input_tokens,
      output_tokens: u.output_tokens,
      cache_creation_input_tokens: u.cache_creation_input_tokens,
      cache_read_input_tokens: u.cache_read_input_tokens,
      cache_creation: { ephemeral_5m_input_tokens: u.cache_creation_input_tokens, ephemeral_1h_input_tokens: 0 },
      server_tool_use: null,
      service_tier: 'standard',
      inference_geo: null,
      output_tokens_details: null,
      speed: null,
    };
  }

  function sendJson(res: ServerResponse, rec: RecordedRequest, status: number, payload: unknown, extra: Record<string, string> = {}) {
    rec.status = status;
    const text = JSON.stringify(payload);
    res.writeHead(status, {
      ...corsHeaders(),
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'request-id': rec.id,
      ...extra,
    });
    res.end(text, () => {
      rec.completed = true;
    });
  }

  function sendError(res: ServerResponse, rec: RecordedRequest, e: Omit<ErrorBehaviour, 'kind'>) {
    rec.answer = rec.answer || 'error';
    sendJson(
      res,
      rec,
      e.status,
      { type: 'error', error: { type: e.type, message: e.message }, request_id: rec.id },
      { ...(e.status === 529 || e.status === 429 || e.status >= 500 ? {} : { 'x-should-retry': 'false' }), ...e.headers },
    );
  }

  /** Split into deltas of `words` words each, keeping all whitespace (leading whitespace joins the first delta). */
  function chunks(text: string, words: number): string[] {
    const pieces = text.match(/\s*\S+\s*/g) ?? (text ? [text] : []);
    const out: string[] = [];
    for (let i = 0; i < pieces.length; i += Math.max(1, words)) out.push(pieces.slice(i, i + Math.max(1, words)).join(''));
    return out;
  }

  /** Split into pieces of `size` characters (tool input JSON streams in arbitrary cuts, not words). */
  function pieces(text: string, size: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < text.length; i += Math.max(1, size)) out.push(text.slice(i, i + Math.max(1, size)));
    return out;
  }

  async function answerMessages(
    req: IncomingMessage,
    res: ServerResponse,
    rec: RecordedRequest,
    behaviour: ReplyBehaviour | DropBehaviour | StreamErrorBehaviour | undefined,
    closed: () => boolean,
  ) {
    const body = rec.body!;
    const model = String(body.model);
    const maxTokens = Number(body.max_tokens);
    const forced = (body.tool_choice as { type?: unknown } | undefined)?.type === 'tool';
    const tool = (behaviour?.kind === 'reply' ? behaviour.tool : undefined) ?? (forced && !(behaviour && 'text' in behaviour && behaviour.text !== undefined) ? options.toolReply?.(body) : undefined);
    let text = tool
      ? tool.raw ?? JSON.stringify(tool.input)
      : behaviour && 'text' in behaviour && behaviour.text !== undefined ? behaviour.text : reply(body);
    let stopReason: StopReason = behaviour?.kind === 'reply' && behaviour.stopReason ? behaviour.stopReason : tool ? 'tool_use' : 'end_turn';
    const toolId = `toolu_${rec.id.slice(4)}`;
    if (Number.isFinite(maxTokens) && estimateTokens(text) > maxTokens) {
      text = text.slice(0, maxTokens * 4);
      stopReason = 'max_tokens';
    }
    const usage = usageFor(body, text, behaviour?.kind === 'reply' ? behaviour.usage : undefined);
    const messageId = `msg_${rec.id.slice(4)}`;
    const extraHeaders = behaviour?.kind === 'reply' ? behaviour.headers ?? {} : {};
    const firstByteDelay = behaviour?.kind === 'reply' ? behaviour.firstByteDelayMs ?? 0 : 0;
    const delay =
      (behaviour && 'delayMs' in behaviour && behaviour.kind !== 'drop' ? behaviour.delayMs : undefined) ??
      options.deltaDelayMs ??
      0;
    const words = (behaviour?.kind === 'reply' ? behaviour.wordsPerDelta : undefined) ?? options.wordsPerDelta ?? 1;
    const firstDeltaDelay = behaviour?.kind === 'reply' ? behaviour.firstDeltaDelayMs ?? 0 : 0;

    if (firstByteDelay) await sleep(firstByteDelay);
    if (closed()) return;

    if (body.stream !== true) {
      if (behaviour?.kind === 'drop') {
        rec.dropped = true;
        req.socket.destroy();
        return;
      }
      rec.textSent = text;
      sendJson(
        res,
        rec,
        200,
        {
          id: messageId,
          type: 'message',
          role: 'assistant',
          model,
          content: tool
            ? [{ type: 'tool_use', id: toolId, name: tool.name, input: stopReason === 'max_tokens' ? {} : tool.input, caller: { type: 'direct' } }]
            : [{ type: 'text', text, citations: null }],
          stop_reason: stopReason,
          stop_sequence: null,
          stop_details: null,
          container: null,
          diagnostics: null,
          usage: fullUsage(usage),
        },
        extraHeaders,
      );
      return;
    }

    rec.stream = true;
    rec.status = 200;
    res.writeHead(200, {
      ...corsHeaders(),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'request-id': rec.id,
      ...extraHeaders,
    });
    res.flushHeaders();
    const send = (event: string, data: unknown) => {
      if (!closed()) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    send('message_start', {
      type: 'message_start',
      message: {
        id: messageId,
        type: 'message',
        role: 'assistant',
        model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        stop_details: null,
        container: null,
        diagnostics: null,
        usage: { ...fullUsage(usage), output_tokens: 1 },
      },
    });
    send('content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: tool ? { type: 'tool_use', id: toolId, name: tool.name, input: {}, caller: { type: 'direct' } } : { type: 'text', text: '', citations: null },
    });
    send('ping', { type: 'ping' });

    const deltas = tool ? pieces(text, tool.jsonPerDelta ?? 40) : chunks(text, words);
    if (firstDeltaDelay && deltas.length && !closed()) {
      // Let the opening events reach the client before the pause.
      await new Promise<void>((ok) => res.write('', () => ok()));
      await sleep(firstDeltaDelay);
    }
    for (let i = 0; i < deltas.length; i++) {
      if (behaviour?.kind === 'drop' && i >= behaviour.afterDeltas) break;
      if (behaviour?.kind === 'stream-error' && i >= behaviour.afterDeltas) break;
      if (delay && i > 0) await sleep(delay);
      if (closed()) return;
      if (i === 0) rec.firstDeltaAt = performance.timeOrigin + performance.now();
      send('content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: tool ? { type: 'input_json_delta', partial_json: deltas[i] } : { type: 'text_delta', text: deltas[i] },
      });
      rec.deltasSent++;
      rec.textSent += deltas[i];
    }
    if (closed()) return;
    if (behaviour?.kind === 'drop') {
      // Let the written deltas reach the client, then cut the connection without ending the chunked body.
      if (delay) await sleep(delay);
      else await new Promise<void>((ok) => res.write('', () => ok()));
      rec.dropped = true;
      req.socket.destroy();
      return;
    }
    if (behaviour?.kind === 'stream-error') {
      send('error', {
        type: 'error',
        error: { type: behaviour.type ?? 'overloaded_error', message: behaviour.message ?? 'Overloaded' },
        request_id: rec.id,
      });
      res.end(() => {
        rec.completed = true;
      });
      return;
    }
    send('content_block_stop', { type: 'content_block_stop', index: 0 });
    send('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: stopReason, stop_sequence: null, stop_details: null, container: null },
      usage: {
        input_tokens: usage.input_tokens,
        output_tokens: usage.output_tokens,
        cache_creation_input_tokens: usage.cache_creation_input_tokens,
        cache_read_input_tokens: usage.cache_read_input_tokens,
        server_tool_use: null,
        output_tokens_details: null,
      },
    });
    send('message_stop', { type: 'message_stop' });
    res.end(() => {
      rec.completed = true;
    });
  }

  function modelInfo(m: Required<ModelSpec>) {
    return {
      type: 'model',
      id: m.id,
      display_name: m.display_name,
      created_at: m.created_at,
      capabilities: null,
      deprecated_at: null,
      lifecycle: 'active',
      line: null,
      max_input_tokens: maxInputTokens,
      max_tokens: 64_000,
      retires_at: null,
    };
  }

  function listModels(res: ServerResponse, rec: RecordedRequest) {
    rec.answer = 'models';
    const limit = Math.min(1000, Math.max(1, Number(rec.query.limit ?? 20) || 20));
    let start = 0;
    let end = models.length;
    if (rec.query.after_id) start = models.findIndex((m) => m.id === rec.query.after_id) + 1;
    if (rec.query.before_id) end = Math.max(0, models.findIndex((m) => m.id === rec.query.before_id));
    let page: typeof models;
    let hasMore: boolean;
    if (rec.query.before_id && !rec.query.after_id) {
      page = models.slice(Math.max(0, end - limit), end);
      hasMore = end - limit > 0;
    } else {
      page = models.slice(start, Math.min(end, start + limit));
      hasMore = start + limit < end;
    }
    sendJson(res, rec, 200, {
      data: page.map(modelInfo),
      has_more: hasMore,
      first_id: page[0]?.id ?? null,
      last_id: page[page.length - 1]?.id ?? null,
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const rec: RecordedRequest = {
      id: `req_${String(++counter).padStart(4, '0')}${Math.random().toString(36).slice(2, 10)}`,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      apiKey: headers['x-api-key'] ?? /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1],
      anthropicVersion: headers['anthropic-version'],
      body: null,
      rawBody: '',
      receivedAt: Date.now(),
      answer: '',
      stream: false,
      status: undefined,
      deltasSent: 0,
      firstDeltaAt: undefined,
      textSent: '',
      completed: false,
      aborted: false,
      dropped: false,
    };

    if (rec.method === 'OPTIONS') {
      preflights.push(rec);
      rec.answer = 'preflight';
      rec.status = 204;
      res.writeHead(204, {
        ...corsHeaders(),
        'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
        'access-control-allow-headers': headers['access-control-request-headers'] || CORS_ALLOW_HEADERS,
        'access-control-max-age': '600',
        ...(headers['access-control-request-private-network'] ? { 'access-control-allow-private-network': 'true' } : {}),
        'content-length': '0',
      });
      res.end(() => {
        rec.completed = true;
      });
      return;
    }

    requests.push(rec);
    res.on('close', () => {
      if (!rec.completed && !rec.dropped) rec.aborted = true;
    });
    const closed = () => rec.aborted || rec.dropped || res.destroyed;

    // Read the body (keeping at most maxBodyBytes).
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size <= maxBodyBytes) parts.push(buf);
    }
    rec.rawBody = Buffer.concat(parts).toString('utf8');
    if (rec.rawBody) {
      try {
        const parsed: unknown = JSON.parse(rec.rawBody);
        rec.body = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as MessagesBody) : null;
      } catch {
        rec.body = null;
      }
    }

    const behaviour = takeBehaviour(rec.path);
    if (behaviour) rec.answer = behaviour.kind;

    if (behaviour?.kind === 'hang') return; // never answered; `aborted` turns true when the client gives up
    if (behaviour?.kind === 'error') {
      if (behaviour.delayMs) await sleep(behaviour.delayMs);
      if (!closed()) sendError(res, rec, behaviour);
      return;
    }
    if (behaviour?.kind === 'drop' && (behaviour.afterDeltas <= 0 || rec.path !== '/v1/messages' || rec.body?.stream !== true)) {
      if (behaviour.delayMs) await sleep(behaviour.delayMs);
      rec.dropped = true;
      req.socket.destroy();
      return;
    }

    // Automatic answers.
    if (size > maxBodyBytes) return sendError(res, rec, API_ERRORS.request_too_large);
    const key = rec.apiKey;
    if (!key || (options.apiKey !== undefined && key !== options.apiKey)) {
      return sendError(res, rec, key ? API_ERRORS.authentication : { ...API_ERRORS.authentication, message: 'x-api-key header is required' });
    }

    if (rec.method === 'GET' && rec.path === '/v1/models') return listModels(res, rec);
    const one = rec.method === 'GET' ? /^\/v1\/models\/([^/]+)$/.exec(rec.path) : null;
    if (one) {
      const id = decodeURIComponent(one[1]!);
      const found = models.find((m) => m.id === id);
      if (found) {
        rec.answer = 'models';
        return sendJson(res, rec, 200, modelInfo(found));
      }
      return sendError(res, rec, { ...API_ERRORS.not_found, message: `model: ${id}` });
    }

    const isMessages = rec.path === '/v1/messages';
    const isCount = rec.path === '/v1/messages/count_tokens';
    if (rec.method !== 'POST' || (!isMessages && !isCount)) {
      rec.answer = 'not_found';
      return sendError(res, rec, { ...API_ERRORS.not_found, message: `Not found: ${rec.method} ${rec.path}` });
    }

    const body = rec.body;
    const invalid = (message: string) => sendError(res, rec, { ...API_ERRORS.invalid_request, message });
    if (!body) return invalid('There was an issue with your request body: it is not valid JSON.');
    if (typeof body.model !== 'string' || !body.model) return invalid('model: Field required');
    if (isMessages && typeof body.max_tokens !== 'number') return invalid('max_tokens: Field required');
    if (!Array.isArray(body.messages) || body.messages.length === 0) return invalid('messages: at least one message is required');
    if (strictModels && !models.some((m) => m.id === body.model)) {
      return sendError(res, rec, { ...API_ERRORS.not_found, message: `model: ${body.model}` });
    }
    const inputTokens = promptBlocks(body).reduce((n, b) => n + estimateTokens(b.text), 0);
    if (inputTokens > maxInputTokens) {
      return sendError(res, rec, { ...API_ERRORS.prompt_too_long, message: `prompt is too long: ${inputTokens} tokens > ${maxInputTokens} maximum` });
    }
    if (isCount) {
      rec.answer = 'count_tokens';
      return sendJson(res, rec, 200, { input_tokens: inputTokens });
    }

    rec.answer = behaviour?.kind ?? 'reply';
    await answerMessages(req, res, rec, behaviour as ReplyBehaviour | DropBehaviour | StreamErrorBehaviour | undefined, closed);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { ...corsHeaders(), 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: String(error) } }));
      } else res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);

  return {
    port,
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    preflights,
    script: (...next) => {
      queue.push(...next);
    },
    pending: () => queue.length,
    waitFor: async (predicate, timeoutMs = 2000) => {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(requests)) {
        if (Date.now() > deadline) throw new Error(`anthropic-server: condition not met within ${timeoutMs} ms`);
        await sleep(5);
      }
    },
    reset: () => {
      requests.length = 0;
      preflights.length = 0;
      queue = [];
      cachedPrefixes = new Set();
    },
    close: () =>
      new Promise<void>((ok, fail) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? 8787);
  const apiKey = process.argv[3];
  const server = await startAnthropicServer({ port, ...(apiKey ? { apiKey } : {}) });
  console.log(`Anthropic test server: ${server.baseURL}`);
  console.log(apiKey ? `Valid key: ${apiKey}` : 'Any non-empty x-api-key is accepted.');
  console.log(`Models: ${DEFAULT_MODELS.join(', ')}`);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
}
