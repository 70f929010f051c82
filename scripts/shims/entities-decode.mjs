// Stands in for the `entities/decode` module inside the Apps Script bundle. The core runs
// htmlparser2 with `decodeEntities: false` and decodes references itself
// (src/core/ingest/html/entities.ts), so the tokenizer never decodes; it still constructs a
// decoder and imports these names. Without this stub the bundle would carry 38 KB of entity
// tables, unpacked at load time with `atob`, which Apps Script does not have.
export const DecodingMode = { Legacy: 0, Strict: 1, Attribute: 2 };
export const htmlDecodeTree = null;
export const xmlDecodeTree = null;
export const fromCodePoint = String.fromCodePoint;

export class EntityDecoder {
  startEntity() {
    throw new Error("entity decoding is off in this bundle: parse with decodeEntities: false");
  }
  write() {
    return this.startEntity();
  }
  end() {
    return this.startEntity();
  }
}
