// Files kept by the portal (scans of signed documents), under FILES_DIR (default data/files, beside the
// SQLite database, so one backup of data/ holds both), named by their SHA-256.
import "server-only";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

export const FILES_DIR = path.resolve(process.env.FILES_DIR ?? path.join("data", "files"));
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

export type ScanType = "application/pdf" | "image/png" | "image/jpeg" | "image/webp";

/** The type of a scan from its first bytes; null for anything else (an executable renamed .pdf included). */
export function scanType(bytes: Uint8Array): ScanType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "image/webp";
  return null;
}

export function filePath(sha256: string): string {
  return path.join(FILES_DIR, sha256.slice(0, 2), sha256);
}

/** Writes the bytes (once per content) and returns their hash. Write to a temporary name, then rename. */
export function storeBytes(bytes: Uint8Array): string {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const target = filePath(sha256);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  }
  return sha256;
}

export function readStored(sha256: string): Buffer {
  return readFileSync(filePath(sha256));
}
