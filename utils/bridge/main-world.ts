/**
 * Runs in the page's main world. Keep it tiny and defensive: it shares the page's globals, so it reads the
 * editors' objects without trusting their shape, and it answers only requests carrying the nonce.
 */
import { editorOp } from './editors';
import { NONCE_ATTR, requestEvent, responseEvent, type BridgeRequest, type EditorConfig } from '../bridge-protocol';

interface Ck4Instance {
  element?: { $?: Element };
  config?: { wordcount?: { maxWordCount?: unknown; maxCharCount?: unknown } };
}

const positive = (v: unknown): number | undefined => (typeof v === 'number' && v > 0 ? v : undefined);

function ckeditor4Configs(): EditorConfig[] {
  const instances = (window as unknown as { CKEDITOR?: { instances?: Record<string, Ck4Instance> } }).CKEDITOR?.instances;
  if (!instances) return [];
  return Object.values(instances).flatMap((inst) => {
    const el = inst.element?.$;
    const wc = inst.config?.wordcount;
    const maxWords = positive(wc?.maxWordCount);
    const maxChars = positive(wc?.maxCharCount);
    if (!el || (!maxWords && !maxChars)) return [];
    return [{ name: el.getAttribute('name') ?? '', id: el.id, maxWords, maxChars }];
  });
}

function handle(req: BridgeRequest): unknown | Promise<unknown> {
  switch (req.type) {
    case 'configs':
      return ckeditor4Configs();
    case 'editor':
      return editorOp(req.editor);
  }
}

export function startBridge(): void {
  const root = document.documentElement;
  const nonce = root.getAttribute(NONCE_ATTR);
  if (!nonce) return;
  root.removeAttribute(NONCE_ATTR);
  const flag = `__jendelaBridge_${nonce}`;
  const w = window as unknown as Record<string, boolean>;
  if (w[flag]) return;
  w[flag] = true;
  document.addEventListener(requestEvent(nonce), async (e) => {
    let id = -1;
    try {
      const req = JSON.parse(String((e as CustomEvent).detail)) as BridgeRequest;
      id = req.id;
      const detail = JSON.stringify({ id, ok: true, result: await handle(req) });
      document.dispatchEvent(new CustomEvent(responseEvent(nonce), { detail }));
    } catch (err) {
      const detail = JSON.stringify({ id, ok: false, error: String(err) });
      document.dispatchEvent(new CustomEvent(responseEvent(nonce), { detail }));
    }
  });
}
