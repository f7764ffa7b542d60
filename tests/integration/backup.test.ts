// A backup restored into a fresh database holds the same rows, table by table, and the same files; a
// restore refuses a database that already holds data unless forced.
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb, db } from "@/lib/db";
import { runAction } from "@/lib/actions/run-action";
import { saveMeeting } from "@/lib/meetings/definitions";
import { backupTo, restoreFrom, tableCounts } from "@/lib/backup/backup";
import { databaseKind } from "@/lib/database-url";
import { createScratchPostgres } from "../../scripts/db/scratch-postgres";
import { backend, postgresAdminUrl, TMP } from "../support/backend";
import { ctx, makeUser, operatingBloc } from "../support/factories";

async function rows(url: string, table: string): Promise<string[]> {
  const client = createDb(url);
  try {
    const all = await client.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    // Compared as text, sorted: the two databases need not return rows in the same order.
    return all.map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? Number(v) : v instanceof Date ? v.toISOString() : v))).sort();
  } finally {
    await client.$disconnect();
  }
}

/** How many records the full-text index of the database at `url` finds for these folded words. */
async function found(url: string, words: string): Promise<number> {
  const client = createDb(url);
  try {
    const [row] =
      databaseKind(url) === "postgresql"
        ? await client.$queryRawUnsafe<{ n: bigint | number }[]>(
            `SELECT count(*) AS n FROM "SearchFts" WHERE "tsv" @@ to_tsquery('simple', $1)`,
            words.replace(/ /g, " & "),
          )
        : await client.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM "SearchFts" WHERE "SearchFts" MATCH ?`, words);
    return Number(row.n);
  } finally {
    await client.$disconnect();
  }
}

describe("backup and restore", () => {
  it("round-trips every table and the stored files into a fresh database", async () => {
    const bloc = await operatingBloc("07093");
    const head = await makeUser("BLOC_HEAD", "07093");
    expect(
      (
        await runAction(
          db,
          saveMeeting,
          {
            unitId: bloc.unit.id,
            submissionId: randomUUID(),
            heldOn: "2018-08-06",
            [`att_${bloc.org("MTTQ").id}`]: "present",
            conclusions: "Kết luận có dấu: “trích dẫn”, 'nháy đơn', emoji 🏛️, ký tự\tđặc biệt",
          },
          head.actor,
          ctx(),
        )
      ).ok,
    ).toBe(true);
    const source = process.env.DATABASE_URL!;
    const work = path.join(TMP, `backup-${randomUUID()}`);
    const files = path.join(work, "files");
    mkdirSync(path.join(files, "ab"), { recursive: true });
    writeFileSync(path.join(files, "ab", "ab12"), "%PDF-1.4 bản quét");
    const manifest = await backupTo(source, files, path.join(work, "backup"));
    expect(manifest.files).toBe(1);
    expect(manifest.tables.Meeting).toBeGreaterThan(0);
    await expect(backupTo(source, files, path.join(work, "backup"))).rejects.toThrow(/đã có một bản sao lưu/);

    const scratch = backend === "postgres" ? await createScratchPostgres(postgresAdminUrl(), "restore") : null;
    const target = scratch?.url ?? `file:${path.join(work, "restored.db")}`;
    try {
      await restoreFrom(path.join(work, "backup"), target, path.join(work, "restored-files"));
      const [a, b] = [await tableCounts(source), await tableCounts(target)];
      expect(b).toEqual(a);
      // The search index's own tables (decision 0036) hold binary pages: they are compared by what they find.
      for (const table of Object.keys(a).filter((t) => t !== "_prisma_migrations" && !t.startsWith("SearchFts") && a[t] > 0)) {
        expect(await rows(target, table), table).toEqual(await rows(source, table));
      }
      expect(await found(target, "trich dan")).toBe(1);
      expect(await found(target, "trich dan")).toBe(await found(source, "trich dan"));
      expect(readFileSync(path.join(work, "restored-files", "ab", "ab12"), "utf8")).toBe("%PDF-1.4 bản quét");
      // The target now has data: a second restore needs --force.
      await expect(restoreFrom(path.join(work, "backup"), target, path.join(work, "restored-files"))).rejects.toThrow(/đã có dữ liệu/);
      await restoreFrom(path.join(work, "backup"), target, path.join(work, "restored-files"), { force: true });
      expect(await tableCounts(target)).toEqual(a);
    } finally {
      await scratch?.drop();
    }
  }, 120_000);
});
