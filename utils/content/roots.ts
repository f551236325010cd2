/**
 * The places fields can live: the document, its open shadow roots, and same-origin iframes (recursively).
 * Each root remembers the element in the top document that stands for it, so fields from every root can be
 * put in page order. Cross-origin frames cannot be read; they are counted so the panel can say so.
 */
import { frameDocument, isOwnUi, isRendered, openShadowRoots } from './dom';

export interface Root {
  node: Document | ShadowRoot;
  /** The element in the top document that contains this root (null for the top document). */
  host: Element | null;
}

/** Iframes that belong to a rich editor are that editor's, not a page of fields. */
const EDITOR_FRAME = 'iframe.cke_wysiwyg_frame, .tox-tinymce iframe, iframe.tox-edit-area__iframe';
const MIN_FRAME_AREA = 100 * 60;

export function collectRoots(doc: Document): { roots: Root[]; skippedFrames: number } {
  const roots: Root[] = [];
  let skippedFrames = 0;
  const visit = (node: Document | ShadowRoot, host: Element | null, depth: number): void => {
    roots.push({ node, host });
    for (const sr of openShadowRoots(node)) if (!isOwnUi(sr.host)) roots.push({ node: sr, host: host ?? sr.host });
    if (depth > 3) return;
    for (const frame of Array.from(node.querySelectorAll('iframe'))) {
      if (frame.matches(EDITOR_FRAME) || isOwnUi(frame) || !isRendered(frame)) continue;
      const inner = frameDocument(frame);
      if (inner) visit(inner, host ?? frame, depth + 1);
      else if (frame.offsetWidth * frame.offsetHeight >= MIN_FRAME_AREA || !frame.offsetWidth) skippedFrames++;
    }
  };
  visit(doc, null, 0);
  return { roots, skippedFrames };
}
