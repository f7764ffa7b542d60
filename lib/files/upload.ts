// Reading an uploaded file from a request body while counting bytes: a file over the limit is refused as
// soon as the limit is passed, not after it has all arrived. Types are told from the content.

export class UploadTooLarge extends Error {}

/** The request body up to `limit` bytes, or UploadTooLarge as soon as it goes past. */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UploadTooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export type SheetKind = "xlsx" | "csv";

/** XLSX is a ZIP (PK\x03\x04); CSV must be UTF-8 text without NUL bytes. Anything else is refused. */
export function sheetKind(bytes: Uint8Array): SheetKind | null {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return "xlsx";
  if (bytes.includes(0)) return null;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "csv";
  } catch {
    return null;
  }
}
