// npm run handover -- --date 2025-07-01 [--dry-run] [--as admin] [--unit CODE …]
// Hands the open work of the units that closed the day before --date over to their proposed successors
// (lib/handover/command.ts; the hand-over page confirms item by item and per successor). --dry-run prints
// what would move and writes nothing. The last line is `Tổng: N mục`.
import { db } from "../lib/db";
import { today } from "../lib/time/today";
import { parseIsoDate } from "../lib/time/business-date";
import { handOverCommand } from "../lib/handover/command";

function values(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg === `--${name}` && process.argv[i + 1] && !process.argv[i + 1].startsWith("--")) out.push(process.argv[i + 1]);
  });
  return out;
}

async function main() {
  const [dateText] = values("date");
  const date = parseIsoDate(dateText);
  if (!date) {
    console.error(`Cần --date YYYY-MM-DD: ngày các đơn vị mới bắt đầu hoạt động (ví dụ --date 2025-07-01)${dateText ? `, không phải “${dateText}”` : ""}.`);
    process.exit(2);
  }
  const result = await handOverCommand(db, {
    date,
    dryRun: process.argv.includes("--dry-run"),
    username: values("as")[0] ?? "admin",
    today: today(),
    units: values("unit"),
  });
  for (const line of result.lines) console.log(line);
  await db.$disconnect();
  process.exit(result.ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
