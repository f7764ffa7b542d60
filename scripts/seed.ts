// npm run db:seed           reference data (always safe: additive and idempotent)
// npm run db:seed -- --demo reference data, then the demo data (in demo mode only: DEMO_MODE=1)
// npm run db:seed -- --demo-accounts reference data, then the demo accounts alone (for generated data; demo mode)
// The demo seed refuses a database whose accounts are all real unless --allow-real-users (lib/auth/demo.ts).
import { db } from "../lib/db";
import { env } from "../lib/env";
import { demoSeedRefusal } from "../lib/auth/demo";
import { seedReference } from "../prisma/seed/reference";

async function main() {
  if (process.argv.includes("--demo") || process.argv.includes("--demo-accounts")) {
    const refusal = await demoSeedRefusal(db, { demoMode: env.DEMO_MODE, allowRealUsers: process.argv.includes("--allow-real-users") });
    if (refusal) {
      console.error(`✗ ${refusal}`);
      await db.$disconnect();
      process.exit(2);
    }
  }
  const started = Date.now();
  const report = await seedReference(db);
  console.log(`Dữ liệu tham chiếu: ${report.created} bản ghi mới, ${report.updated} bản ghi cập nhật (${Date.now() - started} ms).`);
  if (process.argv.includes("--demo")) {
    const { seedDemo } = await import("../prisma/seed/demo");
    const demo = await seedDemo(db);
    console.log(`Dữ liệu demo: ${demo.created} bản ghi mới.`);
    // What search finds of the records the demo wrote past the actions (decision 0036).
    const { rebuildSearchIndex } = await import("../lib/search/index");
    const search = await rebuildSearchIndex(db);
    console.log(`Chỉ mục tìm kiếm: ${Object.values(search).reduce((a, b) => a + b, 0)} hồ sơ.`);
  } else if (process.argv.includes("--demo-accounts")) {
    const { seedDemoAccounts } = await import("../prisma/seed/demo");
    console.log(`Tài khoản demo: ${await seedDemoAccounts(db)} tài khoản, vai trò mới.`);
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
