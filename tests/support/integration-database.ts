// Before each integration test file loads: a fresh database copied from the template, in DATABASE_URL,
// so lib/env and lib/db (read once at import) connect to it.
import { copyFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { createScratchPostgres } from "../../scripts/db/scratch-postgres";
import { backend, postgresAdminUrl, TMP } from "./backend";

const template = inject("templateDatabase");
// Tests run on the demo's business date unless they pass dates explicitly.
process.env.APP_TODAY = "2018-08-13";

if (backend === "sqlite") {
  const file = path.join(TMP, `file-${process.pid}-${randomBytes(4).toString("hex")}.db`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    const { db } = await import("../../lib/db");
    await db.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  });
} else {
  const scratch = await createScratchPostgres(postgresAdminUrl(), "file", template);
  process.env.DATABASE_URL = scratch.url;
  afterAll(async () => {
    const { db } = await import("../../lib/db");
    await db.$disconnect();
    await scratch.drop();
  });
}
