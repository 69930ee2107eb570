// The envelope of the site's JSON files (the drafts' export, ho-so.json): JSON text, perhaps with a
// byte-order mark, holding an object whose "format" names the file. Each file reads its version and
// fields itself and words its own refusals.

/** The file's object, or why it is none: not JSON at all, or JSON that is not this format. */
export type MarkedJson = { ok: true; json: Record<string, unknown> } | { ok: false; kind: 'not-json' | 'not-ours'; hasFormat: boolean };

/** Parses `text` (or UTF-8 bytes) and checks its "format" marker against `format`. */
export function readMarkedJson(text: string | Uint8Array, format: string): MarkedJson {
  let json: unknown;
  try {
    const decoded = typeof text === 'string' ? text : new TextDecoder('utf-8', { fatal: true }).decode(text);
    json = JSON.parse(decoded.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, kind: 'not-json', hasFormat: false };
  }
  return markedObject(json, format);
}

/** Already parsed JSON, checked as readMarkedJson checks it. */
export function markedObject(json: unknown, format: string): MarkedJson {
  const object = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (!object || object.format !== format) return { ok: false, kind: 'not-ours', hasFormat: object !== null && Object.hasOwn(object, 'format') };
  return { ok: true, json: object };
}
