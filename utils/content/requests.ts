/**
 * Answers the panel's requests on one field: read its content, write into it, undo the last write. The field
 * is looked up by key at the moment of the request; a page that re-rendered it gets it found again, and a
 * field that is gone is reported as such with nothing else touched.
 */
import type { PanelRequest, PanelRequests, WriteResult } from '../messages';
import type { Candidate } from './candidates';
import { present, type FieldWriter } from './write';
import { writeFact } from './write/fact';

type Response = PanelRequests[keyof PanelRequests]['response'];

export interface FieldLookup {
  /** The live field for a key, rescanning once if the page replaced it; null when it is gone. */
  find(key: string): Candidate | null;
}

const gone = (key: string, writer: FieldWriter): WriteResult => ({ ok: false, key, error: 'field-gone', undoable: writer.canUndo(key) });

export async function answer(req: PanelRequest, fields: FieldLookup, writer: FieldWriter): Promise<Response> {
  const c = fields.find(req.key);
  switch (req.op) {
    case 'read':
      return c ? writer.read(req.key, c) : { error: 'field-gone' };
    case 'write': {
      if (!c) return gone(req.key, writer);
      const result = await writer.write(req.key, c, req.text, req.mode, req.force);
      // The page re-rendered the field under the write: find the new one and write once more.
      if (!result.ok && result.error === 'not-verified' && !present(c)) {
        const again = fields.find(req.key);
        if (again) return writer.write(req.key, again, req.text, req.mode, req.force);
      }
      return result;
    }
    case 'undo':
      return c ? writer.revert(req.key, c) : gone(req.key, writer);
    case 'setFact':
      return c ? writeFact(req.key, c, req.value) : { ok: false, key: req.key, error: 'field-gone' };
  }
}
