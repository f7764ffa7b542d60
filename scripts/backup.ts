// npm run backup [-- --to DIR]                 the database and the stored files, with a manifest
// npm run restore -- --from DIR [--force]      into DATABASE_URL (empty, or --force with the server stopped)
import path from "node:path";
import { backupTo, restoreFrom } from "../lib/backup/backup";
import { resolveDatabaseUrl } from "../lib/database-url";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  const files = path.resolve(process.env.FILES_DIR ?? path.join("data", "files"));
  const started = Date.now();
  if (process.argv.includes("--restore")) {
    const from = arg("from");
    if (!from) throw new Error("Hãy chỉ bản sao lưu: npm run restore -- --from backups/<thư mục>");
    const m = await restoreFrom(path.resolve(from), url, files, { force: process.argv.includes("--force") });
    console.log(
      `✓ Đã khôi phục bản sao lưu ${m.createdAt}: ${Object.values(m.tables).reduce((a, b) => a + b, 0)} dòng trong ${Object.keys(m.tables).length} bảng, ${m.files} tệp (${Date.now() - started} ms); số dòng khớp bản sao lưu.`,
    );
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..+/, "").replace("T", "-");
  const dir = path.resolve(arg("to") ?? path.join("backups", stamp));
  const m = await backupTo(url, files, dir);
  console.log(
    `✓ Đã sao lưu vào ${dir}: ${Object.values(m.tables).reduce((a, b) => a + b, 0)} dòng trong ${Object.keys(m.tables).length} bảng, ${m.files} tệp (${Date.now() - started} ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
