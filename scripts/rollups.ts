// npm run db:rollups:rebuild   recompute every rollup table from raw rows and replace it
// npm run db:rollups:check     compare the maintained rollups with a recomputation; exit 1 on a difference
//   -- --in-database             the comparison inside the database (national scale: the default streams
//                                every raw row through the ORM and takes many minutes there)
import { createDb } from "../lib/db";
import { env } from "../lib/env";
import { rebuildRollups, rollupDifferences, rollupDifferencesInDatabase } from "../lib/rollups/rebuild";

// A rebuild at national scale runs statements for minutes on PostgreSQL: no per-statement timeout.
const db = createDb(env.DATABASE_URL, { maintenance: true });

async function main() {
  const started = Date.now();
  if (process.argv.includes("--check")) {
    const differences = process.argv.includes("--in-database") ? await rollupDifferencesInDatabase(db) : await rollupDifferences(db);
    for (const d of differences.slice(0, 50)) console.log(`${d.table} ${d.key} ${d.field}: duy trì ${d.maintained}, tính lại ${d.recomputed}`);
    console.log(
      differences.length
        ? `✗ ${differences.length} chỗ khác nhau (${Date.now() - started} ms).`
        : `✓ Bảng tổng hợp khớp với số liệu gốc (${Date.now() - started} ms).`,
    );
    await db.$disconnect();
    process.exit(differences.length ? 1 : 0);
  }
  const counts = await rebuildRollups(db, undefined, (table, rows, ms) => console.log(`  ${table}: ${rows} dòng, ${(ms / 1000).toFixed(1)} s`));
  console.log(
    `✓ Đã tính lại bảng tổng hợp: ${Object.entries(counts)
      .map(([t, n]) => `${t} ${n} dòng`)
      .join(", ")} (${Date.now() - started} ms).`,
  );
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
