/**
 * Turns whatever an AI call threw into a plain message, in Indonesian and English, that says what happened
 * and what to do. The SDK's own error classes are checked first (they are what `@anthropic-ai/sdk` throws);
 * an error of another shape falls back to its `status`, its `error.type` body, and its name.
 *
 * Errors that arrive mid-stream (an SSE `error` event) are `APIError`s with no status but with the body's
 * `type` (`overloaded_error`, …), so the type is checked as well as the status.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';

export type AiErrorCode =
  | 'auth' | 'billing' | 'rate_limit' | 'overloaded' | 'connection' | 'timeout' | 'too_long' | 'aborted'
  | 'not_found_model' | 'unknown';

export interface AiErrorInfo {
  code: AiErrorCode;
  message_id: string;
  message_en: string;
  /** From `retry-after` / `retry-after-ms`, when the server said how long to wait. */
  retryAfterSeconds?: number;
}

const MESSAGES: Record<AiErrorCode, { id: string; en: string }> = {
  auth: {
    id: 'Kunci API ditolak. Periksa kunci di Pengaturan: salin ulang dari konsol Anthropic (tanpa spasi), atau minta kunci baru kepada pengelola gateway organisasi Anda.',
    en: 'The API key was rejected. Check the key in Settings: copy it again from the Anthropic console (no spaces), or ask your organisation’s gateway admin for a new one.',
  },
  billing: {
    id: 'Saldo kredit akun API habis atau penagihan bermasalah. Isi ulang kredit di konsol Anthropic (bagian Billing), atau hubungi pengelola akun organisasi Anda.',
    en: 'The API account is out of credit or has a billing problem. Top up in the Anthropic console (Billing), or contact your organisation’s account admin.',
  },
  rate_limit: {
    id: 'Terlalu banyak permintaan dalam waktu singkat. Tunggu sebentar, lalu klik Ulangi.',
    en: 'Too many requests in a short time. Wait a moment, then click Retry.',
  },
  overloaded: {
    id: 'Layanan AI sedang sibuk atau terganggu. Coba lagi dalam beberapa menit; teks Anda tidak berubah.',
    en: 'The AI service is busy or having trouble. Try again in a few minutes; your text is unchanged.',
  },
  connection: {
    id: 'Tidak dapat terhubung ke layanan AI. Periksa koneksi internet Anda, dan alamat Base URL di Pengaturan jika organisasi Anda memakai gateway.',
    en: 'Could not reach the AI service. Check your internet connection, and the Base URL in Settings if your organisation uses a gateway.',
  },
  timeout: {
    id: 'Layanan AI terlalu lama menjawab. Coba lagi; jika terus terjadi, coba teks yang lebih pendek atau periksa koneksi Anda.',
    en: 'The AI service took too long to answer. Try again; if it keeps happening, try a shorter text or check your connection.',
  },
  too_long: {
    id: 'Teks terlalu panjang untuk dikirim sekaligus. Kirim tanpa konteks bagian lain, atau pendekkan teks terlebih dahulu.',
    en: 'The text is too long to send in one request. Send it without the other sections as context, or shorten it first.',
  },
  aborted: {
    id: 'Permintaan dihentikan. Teks di formulir tidak berubah.',
    en: 'The request was stopped. The text in the form is unchanged.',
  },
  not_found_model: {
    id: 'Model AI yang dipilih tidak tersedia (atau alamat Base URL salah). Pilih model lain di Pengaturan, atau periksa Base URL.',
    en: 'The chosen AI model is not available (or the Base URL is wrong). Choose another model in Settings, or check the Base URL.',
  },
  unknown: {
    id: 'Terjadi kesalahan yang tidak dikenal saat menghubungi layanan AI. Coba lagi; teks Anda tidak berubah.',
    en: 'An unexpected error occurred while contacting the AI service. Try again; your text is unchanged.',
  },
};

const TOO_LONG = /prompt is too long|too many (?:input )?tokens|context (?:window|length)|request too large|too large/i;
const CREDIT = /credit balance|billing|insufficient (?:credit|funds|balance)|payment/i;

function secondsFrom(headers: unknown): number | undefined {
  if (!headers || typeof (headers as Headers).get !== 'function') return undefined;
  const h = headers as Headers;
  const ms = Number(h.get('retry-after-ms'));
  if (h.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return Math.ceil(ms / 1000);
  const raw = h.get('retry-after');
  if (!raw) return undefined;
  const s = Number(raw);
  if (Number.isFinite(s) && s >= 0) return Math.ceil(s);
  const date = Date.parse(raw);
  if (Number.isFinite(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  return undefined;
}

function info(code: AiErrorCode, retryAfterSeconds?: number): AiErrorInfo {
  const { id, en } = MESSAGES[code];
  if (code === 'rate_limit' && retryAfterSeconds !== undefined) {
    return {
      code,
      message_id: `Terlalu banyak permintaan dalam waktu singkat. Tunggu ${retryAfterSeconds} detik, lalu klik Ulangi.`,
      message_en: `Too many requests in a short time. Wait ${retryAfterSeconds} seconds, then click Retry.`,
      retryAfterSeconds,
    };
  }
  return retryAfterSeconds !== undefined
    ? { code, message_id: id, message_en: en, retryAfterSeconds }
    : { code, message_id: id, message_en: en };
}

/** The code for an error body's `type` (`{ error: { type } }`), as the API sends it. */
function codeForType(type: string | null | undefined, message: string): AiErrorCode | null {
  switch (type) {
    case 'authentication_error':
    case 'permission_error':
      return 'auth';
    case 'billing_error':
      return 'billing';
    case 'rate_limit_error':
      return 'rate_limit';
    case 'overloaded_error':
    case 'api_error':
      return 'overloaded';
    case 'timeout_error':
      return 'timeout';
    case 'not_found_error':
      return 'not_found_model';
    case 'request_too_large':
      return 'too_long';
    case 'invalid_request_error':
      if (TOO_LONG.test(message)) return 'too_long';
      if (CREDIT.test(message)) return 'billing';
      return null;
    default:
      return null;
  }
}

function codeForStatus(status: number, message: string): AiErrorCode {
  switch (status) {
    case 401:
    case 403:
      return 'auth';
    case 402:
      return 'billing';
    case 404:
      return 'not_found_model';
    case 408:
    case 504:
      return 'timeout';
    case 413:
      return 'too_long';
    case 429:
      return 'rate_limit';
    case 400:
    case 422:
      if (CREDIT.test(message)) return 'billing';
      if (TOO_LONG.test(message)) return 'too_long';
      return 'unknown';
    default:
      return status >= 500 ? 'overloaded' : 'unknown';
  }
}

function bodyType(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const inner = (body as { error?: unknown }).error;
  if (inner && typeof inner === 'object') {
    const t = (inner as { type?: unknown }).type;
    if (typeof t === 'string') return t;
  }
  return null;
}

function errorText(err: unknown): string {
  if (err instanceof APIError) return `${err.apiMessage ?? ''} ${err.message}`;
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  if (err && typeof err === 'object') {
    const { message, error } = err as { message?: unknown; error?: { message?: unknown } };
    return [message, error?.message].filter((m) => typeof m === 'string').join(' ');
  }
  return '';
}

export function explainError(err: unknown): AiErrorInfo {
  // Order matters: the abort and timeout classes are APIErrors too, and the timeout is a connection error.
  if (err instanceof APIUserAbortError) return info('aborted');
  if (err instanceof APIConnectionTimeoutError) return info('timeout');
  if (err instanceof APIConnectionError) return info('connection');

  const message = errorText(err);
  if (err instanceof APIError) {
    const retry = secondsFrom(err.headers);
    // Billing has a type of its own; status 400 with a credit message is how the API has long reported it.
    const byType = codeForType(err.type, message);
    if (typeof err.status === 'number') {
      const byStatus = codeForStatus(err.status, message);
      return info(byStatus === 'unknown' && byType ? byType : byStatus, retry);
    }
    return info(byType ?? 'unknown', retry);
  }

  // Not the SDK's: a DOM abort, a fetch failure, or an object with a status.
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return info(err.name === 'AbortError' ? 'aborted' : 'timeout');
  }
  if (err && typeof err === 'object') {
    const { status, headers } = err as { status?: unknown; headers?: unknown };
    const retry = secondsFrom(headers);
    const byType = codeForType(bodyType(err) ?? bodyType((err as { error?: unknown }).error), message);
    if (typeof status === 'number') {
      const byStatus = codeForStatus(status, message);
      return info(byStatus === 'unknown' && byType ? byType : byStatus, retry);
    }
    if (byType) return info(byType, retry);
  }
  if (err instanceof TypeError && /fetch|network/i.test(err.message)) return info('connection');
  // A connection cut mid-stream: the SDK rethrows the body reader's failure as a bare error — "terminated"
  // (undici), "network error" (Chrome), "NetworkError…" (Firefox), "ECONNRESET"/"socket hang up" (Node).
  if (err instanceof Error && /^terminated$|network ?error|ECONNRESET|socket hang up|Failed to fetch|Load failed/i.test(message)) {
    return info('connection');
  }
  return info('unknown');
}
