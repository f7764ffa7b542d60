// npm run db:seed           reference data (always safe: additive and idempotent)
// npm run db:seed -- --demo reference data, then the demo data (never in production)
import { db } from "../lib/db";
import { seedReference } from "../prisma/seed/reference";

async function main() {
  const started = Date.now();
  const report = await seedReference(db);
  console.log(`Dữ liệu tham chiếu: ${report.created} bản ghi mới, ${report.updated} bản ghi cập nhật (${Date.now() - started} ms).`);
  if (process.argv.includes("--demo")) {
    const { seedDemo } = await import("../prisma/seed/demo");
    const demo = await seedDemo(db);
    console.log(`Dữ liệu demo: ${demo.created} bản ghi mới.`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
