// A real full disk for SQLite: the production server (the build in .next-test) with its database on a
// small file system of its own (a tmpfs mounted for this run), the rest of which is then filled with a
// file. Meetings posted over HTTP (as browsers without JavaScript post them) are acknowledged until the
// write-ahead log can grow no more; then the save must be refused with the "storage full" message (no 5xx,
// what was typed back on the form), nothing unacknowledged may be stored, the pages must still open, and
// once the filler is removed the same save must succeed.
// Mounting needs root (or CAP_SYS_ADMIN); where the machine refuses it, the run says so and relies on the
// page-count simulation in tests/integration/disk-full.test.ts, which `npm test` runs everywhere.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { closeSync, copyFileSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { prepareServer, root, unescapeHtml as unescape } from "./server.mjs";

const CODE = "06922";
const FULL = "hết chỗ lưu dữ liệu";

// Prepare the database on the ordinary disk (migration and seed), then mount the small file system over
// its directory and put the database back on it: the server's settings stay those prepareServer made.
const s = prepareServer({ name: "disk-full", port: process.env.DISK_FULL_PORT ?? "3973" });
const aside = path.join(root, "tmp", "disk-full-prepared.db");
renameSync(s.file, aside);
const size = statSync(aside).size;
// The database, its write-ahead log's first growth and a little room: the filler takes whatever is left.
const mib = Math.ceil(size / 2 ** 20) + 16;
const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${mib}m,mode=0700`, "tmpfs", s.dir], { encoding: "utf8" });
if (mounted.status !== 0) {
  rmSync(aside, { force: true });
  console.log(
    JSON.stringify({
      mode: "simulation",
      why: `mount refused: ${(mounted.stderr || mounted.error?.message || "").trim()}`,
      coveredBy: "tests/integration/disk-full.test.ts (page-count limit)",
    }),
  );
  process.exit(0);
}
const result = { mode: "real full disk (tmpfs)", fileSystemMiB: mib, databaseMiB: Number((size / 2 ** 20).toFixed(1)) };
let failure = null;
const filler = path.join(s.dir, "filler");
const stored = () => {
  const db = new Database(s.file, { readonly: true, fileMustExist: true });
  try {
    return new Set(
      db
        .prepare("SELECT id FROM Meeting")
        .all()
        .map((r) => r.id),
    );
  } finally {
    db.close();
  }
};
try {
  copyFileSync(aside, s.file);
  rmSync(aside, { force: true });
  const before = stored().size;
  await s.start();
  try {
    const cookie = await s.signIn("xa-06922");
    const html = await (await fetch(`${s.base}/communes/${CODE}/meetings/new`, { headers: { cookie } })).text();
    const start = html.indexOf('<form class="space-y-4"');
    const form = html.slice(start, html.indexOf("</form>", start));
    const fields = {};
    for (const m of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) fields[unescape(m[1])] = unescape(m[2] ?? "");
    for (const m of form.matchAll(/<input type="radio"[^>]*name="(att_[^"]+)"[^>]*value="present"/g)) fields[m[1]] = "present";
    if (!Object.keys(fields).some((k) => k.startsWith("$ACTION"))) throw new Error("the form's action fields were not found");
    const post = async () => {
      const submissionId = randomUUID();
      const body = new FormData();
      const values = {
        ...fields,
        submissionId,
        heldOn: "2018-08-06",
        kind: "EXTRAORDINARY",
        discussion: "Ý kiến của các đoàn thể về công tác dân vận. ".repeat(200),
        conclusions: `Thống nhất ${submissionId.slice(0, 8)}`,
      };
      for (const [k, v] of Object.entries(values)) body.append(k, v);
      const res = await fetch(`${s.base}/communes/${CODE}/meetings/new`, { method: "POST", body, headers: { cookie }, redirect: "manual" });
      const text = await res.text();
      return {
        status: res.status,
        id: res.status === 303 ? /\/meetings\/([A-Za-z0-9_-]+)/.exec(res.headers.get("location") ?? "")?.[1] : null,
        full: text.includes(FULL),
        kept: text.includes(values.conclusions),
      };
    };
    // Fill the file system.
    const fd = openSync(filler, "w");
    const chunk = Buffer.alloc(1 << 16, 0x61);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (error) {
      if (error.code !== "ENOSPC") throw error;
    } finally {
      closeSync(fd);
    }
    const acknowledged = [];
    let refused = null;
    for (let i = 0; i < 500 && !refused; i++) {
      const r = await post();
      if (r.status >= 500) throw new Error(`a save on the full disk answered ${r.status}`);
      if (r.id) acknowledged.push(r.id);
      else if (r.full) refused = r;
      else throw new Error(`a save on the full disk answered ${r.status} without the storage-full message`);
    }
    if (!refused) throw new Error("500 saves on the full disk were all acknowledged");
    result.acknowledgedWhileFilling = acknowledged.length;
    result.refusedWithMessage = refused.full;
    result.typedTextKept = refused.kept;
    const afterRefusal = stored();
    result.lost = acknowledged.filter((id) => !afterRefusal.has(id)).length;
    result.storedWithoutAcknowledgement = afterRefusal.size - before - acknowledged.length;
    const page = await fetch(`${s.base}/communes/${CODE}`, { headers: { cookie } });
    result.pageWhileFull = page.status;
    rmSync(filler);
    const again = await post();
    result.saveAfterRoomFreed = again.status;
    if (!result.typedTextKept || result.lost || result.storedWithoutAcknowledgement || page.status !== 200 || again.status !== 303) failure = "see the counts";
  } finally {
    await s.stop();
  }
} catch (error) {
  failure = String(error?.message ?? error);
} finally {
  rmSync(filler, { force: true });
  spawnSync("umount", [s.dir]);
}
console.log(JSON.stringify({ ...result, ...(failure ? { failure } : {}) }));
process.exit(failure ? 1 : 0);
