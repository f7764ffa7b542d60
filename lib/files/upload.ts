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

export type UploadProblem = "form" | "size" | "empty";

/**
 * The one file field of a multipart form post, read with a byte limit on the whole body (the multipart
 * envelope gets 64 KB on top of `limit`), or why there is none.
 */
export async function readUploadedFile(
  request: Request,
  field: string,
  limit: number,
): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; problem: UploadProblem }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) return { ok: false, problem: "form" };
  const bodyLimit = limit + 64 * 1024;
  if (Number(request.headers.get("content-length") ?? 0) > bodyLimit) return { ok: false, problem: "size" };
  let file: File | null;
  try {
    const body = await readLimited(request.body, bodyLimit);
    const value = (await new Response(body as BodyInit, { headers: { "content-type": type } }).formData()).get(field);
    file = value instanceof File ? value : null;
  } catch (error) {
    return { ok: false, problem: error instanceof UploadTooLarge ? "size" : "form" };
  }
  if (!file || file.size === 0) return { ok: false, problem: "empty" };
  if (file.size > limit) return { ok: false, problem: "size" };
  return { ok: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A file name safe to keep and show: letters, digits and . _ - and spaces; others become _. */
export function safeFileName(name: string, fallback: string): string {
  return name.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || fallback;
}
