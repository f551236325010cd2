import Anthropic, {
  APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError,
} from '@anthropic-ai/sdk';
import { explainError, type AiErrorCode } from '../../utils/ai/errors';

/** As the SDK builds an error from an HTTP response (`makeStatusError` → `APIError.generate`). */
function httpError(status: number, type: string, message: string, headers: Record<string, string> = {}) {
  return APIError.generate(status, { type: 'error', error: { type, message } }, undefined, new Headers(headers));
}

describe('explainError: SDK errors from HTTP responses', () => {
  const table: [string, APIError, AiErrorCode][] = [
    ['401 wrong key', httpError(401, 'authentication_error', 'invalid x-api-key'), 'auth'],
    ['403 permission', httpError(403, 'permission_error', 'Your API key does not have permission'), 'auth'],
    ['402 payment required', httpError(402, 'billing_error', 'Payment required'), 'billing'],
    ['400 credit balance', httpError(400, 'invalid_request_error', 'Your credit balance is too low to access the Anthropic API.'), 'billing'],
    ['400 billing_error type', httpError(400, 'billing_error', 'Billing issue'), 'billing'],
    ['429 rate limit', httpError(429, 'rate_limit_error', 'Number of requests has exceeded your rate limit'), 'rate_limit'],
    ['529 overloaded', httpError(529, 'overloaded_error', 'Overloaded'), 'overloaded'],
    ['503 unavailable', httpError(503, 'api_error', 'Service Unavailable'), 'overloaded'],
    ['500 internal', httpError(500, 'api_error', 'Internal server error'), 'overloaded'],
    ['504 gateway timeout', httpError(504, 'timeout_error', 'Gateway timeout'), 'timeout'],
    ['404 model', httpError(404, 'not_found_error', 'model: claude-gone'), 'not_found_model'],
    ['413 too large', httpError(413, 'request_too_large', 'Request exceeds the maximum allowed number of bytes.'), 'too_long'],
    ['400 prompt too long', httpError(400, 'invalid_request_error', 'prompt is too long: 250000 tokens > 200000 maximum'), 'too_long'],
    ['400 other', httpError(400, 'invalid_request_error', 'messages: field required'), 'unknown'],
  ];

  it('the SDK makes the classes we expect', () => {
    expect(httpError(401, 'authentication_error', 'x')).toBeInstanceOf(Anthropic.AuthenticationError);
    expect(httpError(402, 'billing_error', 'x')).toBeInstanceOf(Anthropic.PaymentRequiredError);
    expect(httpError(429, 'rate_limit_error', 'x')).toBeInstanceOf(Anthropic.RateLimitError);
    expect(httpError(529, 'overloaded_error', 'x')).toBeInstanceOf(Anthropic.OverloadedError);
    expect(httpError(503, 'api_error', 'x')).toBeInstanceOf(Anthropic.ServiceUnavailableError);
    expect(httpError(404, 'not_found_error', 'x')).toBeInstanceOf(Anthropic.NotFoundError);
    expect(httpError(413, 'request_too_large', 'x')).toBeInstanceOf(Anthropic.ContentTooLargeError);
  });

  it.each(table)('%s', (_name, err, code) => {
    const info = explainError(err);
    expect(info.code).toBe(code);
    expect(info.message_id.length).toBeGreaterThan(20);
    expect(info.message_en.length).toBeGreaterThan(20);
    expect(info.message_id).not.toBe(info.message_en);
  });

  it('rate limit carries the wait from retry-after (seconds, milliseconds or a date)', () => {
    const s = explainError(httpError(429, 'rate_limit_error', 'slow down', { 'retry-after': '17' }));
    expect(s).toMatchObject({ code: 'rate_limit', retryAfterSeconds: 17 });
    expect(s.message_id).toContain('17 detik');
    expect(s.message_en).toContain('17 seconds');
    const ms = explainError(httpError(429, 'rate_limit_error', 'slow down', { 'retry-after-ms': '2500', 'retry-after': '9' }));
    expect(ms.retryAfterSeconds).toBe(3);
    const date = new Date(Date.now() + 60_000).toUTCString();
    const d = explainError(httpError(429, 'rate_limit_error', 'slow down', { 'retry-after': date }));
    expect(d.retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(d.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(explainError(httpError(429, 'rate_limit_error', 'slow down')).retryAfterSeconds).toBeUndefined();
  });

  it('messages say what to do, in plain Indonesian', () => {
    expect(explainError(httpError(401, 'authentication_error', 'x')).message_id).toMatch(/Kunci API.*Pengaturan/);
    expect(explainError(httpError(402, 'billing_error', 'x')).message_id).toMatch(/kredit/i);
    expect(explainError(httpError(404, 'not_found_error', 'x')).message_id).toMatch(/model/i);
    expect(explainError(httpError(413, 'request_too_large', 'x')).message_id).toMatch(/terlalu panjang/i);
  });
});

describe('explainError: errors without a response', () => {
  it('a user abort (Hentikan)', () => {
    expect(explainError(new APIUserAbortError()).code).toBe('aborted');
    expect(explainError(new DOMException('The operation was aborted.', 'AbortError')).code).toBe('aborted');
  });

  it('a timeout (a subclass of the connection error) is a timeout', () => {
    expect(explainError(new APIConnectionTimeoutError()).code).toBe('timeout');
  });

  it('no connection', () => {
    expect(explainError(new APIConnectionError({ message: 'Connection error.', cause: new TypeError('fetch failed') })).code)
      .toBe('connection');
    // What the SDK makes when fetch itself fails (no status, no headers).
    expect(explainError(APIError.generate(undefined, new TypeError('fetch failed'), 'Connection error.', undefined)).code)
      .toBe('connection');
    expect(explainError(new TypeError('Failed to fetch')).code).toBe('connection');
  });

  it('an error event in the middle of a stream (no status, the body type only)', () => {
    const body = { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } };
    // As the SDK's stream reader throws it.
    const err = new APIError(undefined, body, undefined, new Headers(), 'overloaded_error');
    expect(explainError(err).code).toBe('overloaded');
    const rate = new APIError(undefined, { type: 'error', error: { type: 'rate_limit_error', message: 'x' } }, undefined, new Headers());
    expect(explainError(rate).code).toBe('rate_limit');
  });
});

describe('explainError: unknown shapes fall back to status and body', () => {
  it.each([
    [{ status: 401 }, 'auth'],
    [{ status: 529, message: 'x' }, 'overloaded'],
    [{ status: 429, headers: new Headers({ 'retry-after': '5' }) }, 'rate_limit'],
    [{ status: 400, message: 'Your credit balance is too low' }, 'billing'],
    [{ status: 400, error: { type: 'invalid_request_error', message: 'prompt is too long' } }, 'too_long'],
    [{ status: 400, message: 'bad field' }, 'unknown'],
    [{ error: { type: 'billing_error', message: 'x' } }, 'billing'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
  ] as [unknown, AiErrorCode][])('%o → %s', (err, code) => {
    expect(explainError(err).code).toBe(code);
  });

  it('reads retry-after from an unknown shape too', () => {
    expect(explainError({ status: 429, headers: new Headers({ 'retry-after': '5' }) }).retryAfterSeconds).toBe(5);
  });
});
