/**
 * Runs one rewrite request as a stream with the real SDK, reporting text as it arrives and the usage the API
 * counts. Cancelling is the caller's `AbortSignal` (Hentikan): the SDK aborts the fetch at once, and the
 * server sees the connection close.
 *
 * Raw events (`messages.create({ stream: true })`) rather than the `MessageStream` helper: the panel needs
 * only text deltas and usage, and the raw iterator adds nothing between the network and the screen.
 */
import { APIUserAbortError, type default as Anthropic } from '@anthropic-ai/sdk';
import type { RewriteParams } from './prompt';

export interface Usage {
  /** Input tokens billed at the full rate (not read from or written to the cache). */
  input: number;
  output: number;
  /** Input tokens read from the prompt cache. */
  cacheRead: number;
  /** Input tokens written to the prompt cache. */
  cacheWrite: number;
}

export const NO_USAGE: Usage = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };

export function addUsage(a: Usage, b: Usage): Usage {
  return { input: a.input + b.input, output: a.output + b.output, cacheRead: a.cacheRead + b.cacheRead, cacheWrite: a.cacheWrite + b.cacheWrite };
}

export interface StreamHandlers {
  /** Each text delta, in order. */
  onText(delta: string): void;
  /** The usage so far (input at `message_start`, output as `message_delta` counts it). */
  onUsage?(usage: Usage): void;
}

export interface StreamResult {
  text: string;
  usage: Usage;
  stopReason: string | null;
}

interface ApiUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
}

function readUsage(u: ApiUsage, into: Usage): Usage {
  return {
    input: u.input_tokens ?? into.input,
    output: u.output_tokens ?? into.output,
    cacheRead: u.cache_read_input_tokens ?? into.cacheRead,
    cacheWrite: u.cache_creation_input_tokens ?? into.cacheWrite,
  };
}

/** Streams `params`; throws what the SDK throws (see errors.ts), and `APIUserAbortError` whenever aborted. */
export async function streamRewrite(
  client: Anthropic,
  params: RewriteParams,
  handlers: StreamHandlers,
  signal?: AbortSignal,
): Promise<StreamResult> {
  const stream = await client.messages.create({ ...params, stream: true }, { signal });
  let text = '';
  let usage = NO_USAGE;
  let stopReason: string | null = null;
  for await (const event of stream) {
    switch (event.type) {
      case 'message_start':
        usage = readUsage(event.message.usage, usage);
        handlers.onUsage?.(usage);
        break;
      case 'content_block_delta':
        if (event.delta.type === 'text_delta' && event.delta.text) {
          text += event.delta.text;
          handlers.onText(event.delta.text);
        }
        break;
      case 'message_delta':
        usage = readUsage(event.usage, usage);
        stopReason = event.delta.stop_reason ?? stopReason;
        handlers.onUsage?.(usage);
        break;
      default:
        break;
    }
  }
  // The SDK's stream iterator ends quietly when aborted mid-body: a stopped request must not look finished.
  if (signal?.aborted) throw new APIUserAbortError();
  return { text, usage, stopReason };
}

export interface ToolStreamResult {
  /** The tool input's JSON as streamed (possibly cut or malformed: the caller validates). */
  json: string;
  /** Whether a tool_use block came at all. */
  sawTool: boolean;
  /** Any text the model wrote instead. */
  text: string;
  usage: Usage;
  stopReason: string | null;
}

/**
 * Streams a request that forces a tool call and collects the tool input's JSON pieces (`input_json_delta`).
 * Raw events, so a malformed or cut input reaches the caller's validation instead of failing in a parser.
 */
export async function streamToolInput(
  client: Anthropic,
  params: Parameters<Anthropic['messages']['create']>[0] & { stream: true },
  handlers: { onJson(partial: string): void; onUsage?(usage: Usage): void },
  signal?: AbortSignal,
): Promise<ToolStreamResult> {
  const stream = await client.messages.create(params, { signal });
  let json = '';
  let text = '';
  let sawTool = false;
  let usage = NO_USAGE;
  let stopReason: string | null = null;
  for await (const event of stream) {
    if (event.type === 'message_start') {
      usage = readUsage(event.message.usage, usage);
      handlers.onUsage?.(usage);
    } else if (event.type === 'content_block_start' && event.content_block.type === 'tool_use') {
      sawTool = true;
    } else if (event.type === 'content_block_delta') {
      if (event.delta.type === 'input_json_delta') {
        json += event.delta.partial_json;
        handlers.onJson(json);
      } else if (event.delta.type === 'text_delta') text += event.delta.text;
    } else if (event.type === 'message_delta') {
      usage = readUsage(event.usage, usage);
      stopReason = event.delta.stop_reason ?? stopReason;
      handlers.onUsage?.(usage);
    }
  }
  if (signal?.aborted) throw new APIUserAbortError();
  return { json, sawTool, text, usage, stopReason };
}
