// Once per integration run: a migrated, reference-seeded template database. Each test file then gets its
// own copy (tests/support/integration-database.ts), so files never see each other's writes.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createScratchPostgres } from "../../scripts/db/scratch-postgres";
import { backend, postgresAdminUrl, ROOT, TMP } from "./backend";

function prepare(databaseUrl: string) {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const env = { ...process.env, DATABASE_URL: databaseUrl, APP_TODAY: "" };
  execFileSync(tsx, ["scripts/db/cli.ts", "migrate"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync(tsx, ["scripts/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
}

export default async function setup(project: TestProject) {
  mkdirSync(TMP, { recursive: true });
  if (backend === "sqlite") {
    const file = path.join(TMP, `template-${process.pid}.db`);
    rmSync(file, { force: true });
    prepare(`file:${file}`);
    project.provide("templateDatabase", file);
    return () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    };
  }
  const template = await createScratchPostgres(postgresAdminUrl(), "template");
  prepare(template.url);
  project.provide("templateDatabase", template.name);
  return () => template.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
